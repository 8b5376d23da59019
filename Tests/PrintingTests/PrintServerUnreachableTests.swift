import Foundation
import Printing
import Testing

/// What a person sees when the scheduler is not there.
@Suite struct PrintServerUnreachableTests {
    @Test func socketWithNobodyListeningGivesAdvice() throws {
        let path = "/tmp/qm-no-cupsd-\(UUID().uuidString.prefix(8))/cups.sock"
        let server = PrintServer(socketPath: path)
        let error = #expect(throws: PrintingError.self) { try server.queues() }
        #expect(error == .serverUnreachable(path))
        let description = try #require(error?.description)
        #expect(description.contains(path))
        #expect(description.contains("there is no socket file"))
        #expect(description.contains("Is CUPS running?"))
        #expect(description.contains("systemctl start cups"))
    }

    @Test func stoppedPrivateCupsdIsUnreachable() async throws {
        let cupsd = try PrivateCupsd()
        let server = cupsd.server
        cupsd.stop()
        #expect(throws: PrintingError.serverUnreachable(cupsd.socketPath)) { try server.queues() }
    }

    @Test func closedTCPPortIsUnreachable() {
        // Port 1 (tcpmux) is closed on these machines: the connect is refused at once.
        let server = PrintServer(host: "127.0.0.1", port: 1)
        let error = #expect(throws: PrintingError.serverUnreachable("127.0.0.1:1")) { try server.queues() }
        #expect(error?.description.contains("nothing answered on port 1 of 127.0.0.1") == true)
    }
}
