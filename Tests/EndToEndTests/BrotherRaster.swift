import Foundation

/// What a Brother QL printer receives from its CUPS driver (printer-driver-ptouch's
/// rastertoptch), read back: the invalidate run, the commands, and the raster rows, so a test
/// can check that a label went through a real label-printer driver and decode what it drew.
///
/// Only the commands rastertoptch sends for the QL series are known: `ESC @`, `ESC i X …`,
/// `M n`, `g 0 n` rows, `Z` (an empty row), FF and SUB (print).
struct BrotherRaster {
    /// Leading NUL bytes (the "invalidate" run that resets the printer's command parser).
    var invalidate: Int
    /// `ESC i X` commands by letter, with their argument bytes.
    var commands: [(letter: Character, arguments: [UInt8])]
    /// The raster rows, each `bytesPerRow` bytes (1 bit per dot, 720 dots across on a QL).
    var rows: [[UInt8]]
    /// Whether the data ends with SUB (print, last page).
    var endsWithPrint: Bool

    struct Malformed: Error, CustomStringConvertible { var description: String }

    init(_ data: [UInt8]) throws {
        invalidate = data.prefix { $0 == 0 }.count
        guard data.dropFirst(invalidate).starts(with: [0x1B, 0x40]) else {
            throw Malformed(description: "no ESC @ after \(invalidate) NUL bytes")
        }
        let arguments: [Character: Int] = ["a": 1, "!": 1, "M": 1, "K": 1, "A": 1, "d": 2, "z": 10, "S": 0, "U": 15]
        commands = []
        rows = []
        endsWithPrint = false
        var index = invalidate + 2
        while index < data.count {
            switch data[index] {
            case 0x1B:
                guard index + 2 < data.count, data[index + 1] == UInt8(ascii: "i"),
                    case let letter = Character(UnicodeScalar(data[index + 2])), let count = arguments[letter],
                    index + 3 + count <= data.count
                else { throw Malformed(description: "unknown command at byte \(index)") }
                commands.append((letter, Array(data[(index + 3)..<(index + 3 + count)])))
                index += 3 + count
            case UInt8(ascii: "g"):
                guard index + 2 < data.count else { throw Malformed(description: "cut-off row at byte \(index)") }
                let count = Int(data[index + 2])
                guard index + 3 + count <= data.count else { throw Malformed(description: "cut-off row at byte \(index)") }
                rows.append(Array(data[(index + 3)..<(index + 3 + count)]))
                index += 3 + count
            case UInt8(ascii: "Z"):
                rows.append([UInt8](repeating: 0, count: rows.last?.count ?? 90))
                index += 1
            case UInt8(ascii: "M"):
                index += 2
            case 0x0C:
                index += 1
            case 0x1A:
                endsWithPrint = index == data.count - 1
                index += 1
            default:
                throw Malformed(description: "unknown byte \(data[index]) at \(index)")
            }
        }
    }

    /// The arguments of the first `ESC i letter`.
    func command(_ letter: Character) -> [UInt8]? {
        commands.first { $0.letter == letter }?.arguments
    }

    /// The print information (`ESC i z`): media width in mm and the raster row count it announces.
    var announced: (widthMM: Int, rows: Int)? {
        guard let z = command("z"), z.count == 10 else { return nil }
        return (Int(z[2]), Int(z[4]) | Int(z[5]) << 8 | Int(z[6]) << 16 | Int(z[7]) << 24)
    }

    /// The rows as a PBM image (1 = black), for zbarimg.
    func pbm() -> Data {
        let width = (rows.first?.count ?? 0) * 8
        var image = Data("P4\n\(width) \(rows.count)\n".utf8)
        for row in rows { image.append(contentsOf: row) }
        return image
    }
}
