import ArgumentParser
import Foundation
import Scanning

/// How to read and decode a scanner recording: shared by `scan replay` and
/// `kiosk --scanner-replay`, so both decode a file exactly alike.
struct ScannerReplayOptions {
    var layout = "us"
    var variant: String?
    var raw = false
    var terminator = "enter"
    var timeoutMilliseconds: Int?

    /// The decoder settings these options stand for.
    func configuration() throws -> ScanDecoderConfiguration {
        let terminators: ScanTerminators
        switch terminator.lowercased() {
        case "enter": terminators = .enter
        case "tab": terminators = .tab
        case "enter,tab", "tab,enter", "both": terminators = [.enter, .tab]
        case "none": terminators = []
        default: throw ValidationError("Unknown terminator \"\(terminator)\": use enter, tab, both or none.")
        }
        if terminators.isEmpty && timeoutMilliseconds == nil {
            throw ValidationError("With --terminator none, give --timeout MS: otherwise no scan ever ends.")
        }
        return ScanDecoderConfiguration(
            terminators: terminators, interKeyTimeout: timeoutMilliseconds.map { .milliseconds($0) })
    }

    /// Every scan in the file, including the flagged ones, in order.
    func scans(in path: String) throws -> [DecodedScan] {
        let layout: KeyboardLayout
        do {
            layout = try KeyboardLayout(layout: self.layout, variant: variant)
        } catch {
            throw CommandFailure(error.description)
        }
        let events: [InputEvent]
        var device = path == "-" ? "stdin" : path
        do {
            if raw {
                let file = try InputEventFile(path: path)
                events = try file.readAll()
                if file.trailingByteCount > 0 {
                    FileHandle.standardError.write(Data(
                        "\(path): the last \(file.trailingByteCount) bytes are a cut-off event record (ignored).\n".utf8))
                }
            } else {
                let text: String
                if path == "-" {
                    text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                } else {
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw CommandFailure("Cannot read the recording \(path): no such file, or no permission.")
                    }
                    text = String(decoding: data, as: UTF8.self)
                }
                let recording = try EvemuRecording(parsing: text)
                if recording.events.isEmpty && !text.isEmpty {
                    throw CommandFailure(
                        "\(path) holds no events: an evemu-record file has lines \"E: seconds type code value\". "
                            + "For raw input_event bytes (as read from /dev/input/eventN), add --raw.")
                }
                if let name = recording.name { device = name }
                events = recording.events
            }
        } catch let error as EvdevError {
            throw CommandFailure(error.description)
        } catch let error as EvemuRecordingError {
            throw CommandFailure("\(path): \(error.description)")
        }
        var decoder: ScanDecoder
        do {
            decoder = try ScanDecoder(layout: layout, device: device, configuration: configuration())
        } catch let error as KeyboardLayoutError {
            throw CommandFailure(error.description)
        }
        var scans: [DecodedScan] = []
        for event in events {
            if let scan = decoder.handle(event) { scans.append(scan) }
        }
        if let scan = decoder.finish(at: events.last?.time ?? .zero) { scans.append(scan) }
        return scans
    }
}
