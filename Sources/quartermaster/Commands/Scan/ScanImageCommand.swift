import ArgumentParser
import Foundation
import QuartermasterCore
import Scanning

// MARK: - ScanImageCommand

/// `quartermaster scan image FILE...`: the station's own `zbarimg`, so an admin can check a
/// printed label or a camera snapshot with exactly the decoder settings the station uses
/// (QR in binary mode: UTF-8 names come out intact).
struct ScanImageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Decode the barcodes in PNG, JPEG or PGM/PPM images, printing SYMBOLOGY:text lines as zbarimg does.",
        discussion: """
            Formats are recognised by content, not by file name. Control characters and invalid UTF-8 \
            in the data print as \\xHH (a GS separator prints \\x1d), bidi overrides and other invisible \
            characters as \\u{HHHH}.

            Exit status, as zbarimg: 0 when every image held a barcode; 4 when one or more held none; \
            1 when an image could not be read (the remaining images are still scanned).
            """)

    @Argument(help: ArgumentHelp("The image files.", valueName: "FILE"))
    var files: [String]

    @Flag(help: "Print only the data, without the symbology (zbarimg's --raw).")
    var raw = false

    /// zbarimg's exit statuses, which scripts written for it already test for.
    private static let unreadableStatus: Int32 = 1
    private static let nothingFoundStatus: Int32 = 4

    func run() throws {
        let decoder = try BarcodeImageDecoder()
        var unreadable = 0
        var withoutCodes = 0
        for file in files {
            let image: GrayImage
            do {
                image = try GrayImage.load(path: file)
            } catch {
                Self.warn("\(file): \(error)")
                unreadable += 1
                continue
            }
            let symbols = decoder.decode(image)
            if symbols.isEmpty {
                Self.warn("\(file): no barcode found. Check that the code is large, sharp and well lit in the image.")
                withoutCodes += 1
            }
            for symbol in symbols {
                print(raw ? symbol.escapedText : symbol.zbarimgLine)
            }
        }
        if unreadable > 0 { throw ExitCode(Self.unreadableStatus) }
        if withoutCodes > 0 { throw ExitCode(Self.nothingFoundStatus) }
    }

    private static func warn(_ message: String) {
        FileHandle.standardError.write(Data((TerminalText.escaped("scan image: \(message)") + "\n").utf8))
    }
}
