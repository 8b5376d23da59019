import ArgumentParser
import Central
import CentralServer
import Foundation
import Logging
import QuartermasterCore

/// `quartermaster central serve --database … --listen HOST:PORT` (a contract): the centre's API,
/// one log line per request, a clean stop on SIGTERM or SIGINT.
struct CentralServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the centre's API (openapi.yaml) that stations sync to.",
        discussion: """
            Plain HTTP: put it behind a reverse proxy with TLS (README, "Central store and sync", has an
            nginx example) and listen on 127.0.0.1. Logs one line per request on standard error.
            """)

    @OptionGroup var central: CentralDatabaseOptions

    @Option(help: ArgumentHelp("Where to listen: HOST:PORT (127.0.0.1:8080 behind a proxy).", valueName: "HOST:PORT"))
    var listen: String = "127.0.0.1:8080"

    func validate() throws {
        _ = try Self.address(listen)
    }

    static func address(_ text: String) throws -> (host: String, port: Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else {
            throw ValidationError("--listen \(TerminalText.escaped(text)) is not HOST:PORT; give e.g. 127.0.0.1:8080.")
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "0.0.0.0" : host, port)
    }

    func run() async throws {
        let (host, port) = try Self.address(listen)
        let store: any CentralStore
        do {
            store = try await central.open()
        } catch {
            throw CommandFailure("The central store cannot be opened: \(error)")
        }
        let logger: Logger = {
            var logger = Logger(label: "quartermaster-central") { StreamLogHandler.standardError(label: $0) }
            logger.logLevel = .info
            return logger
        }()
        let app = CentralServer(store: store).application(host: host, port: port, logger: logger) { bound in
            logger.info("Listening on \(host):\(bound)")
        }
        try await app.runService()
    }
}
