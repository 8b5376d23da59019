import Scanning
import Testing

// MARK: - ImageDecodingEscapingTests

/// What `scan image` prints for a symbol: text as is, anything that could disturb a terminal
/// as `\xHH` or `\u{H…}`.
@Suite struct ImageDecodingEscapingTests {
    @Test("payloads print escaped", arguments: [
        (Array("FA-000123".utf8), "FA-000123"),
        (Array("张三".utf8), "张三"),
        (Array("01095011010209171719050810ABCD1234".utf8), "01095011010209171719050810ABCD1234"),
        ([0x30, 0x31, 0x1D, 0x31, 0x30], "01\\x1d10"),
        ([0x1B, 0x5B, 0x32, 0x4A], "\\x1b[2J"),
        (Array("C:\\bin".utf8), "C:\\bin"),
        ([0x41, 0xFF, 0x42], "A\\xffB"),
        ([0xE5, 0xBC], "\\xe5\\xbc"),
        ([0xC2, 0x9B], "\\u{9b}"),
        ([0xE2, 0x80, 0xAE, 0x41], "\\u{202e}A"),
        ([0x7F, 0x0A, 0x0D, 0x09], "\\x7f\\x0a\\x0d\\x09"),
        ([], ""),
    ])
    func escaped(data: [UInt8], printed: String) {
        #expect(DecodedSymbol(symbology: "QR-Code", data: data).escapedText == printed)
    }

    @Test("the zbarimg line is SYMBOLOGY:text")
    func line() {
        #expect(DecodedSymbol(symbology: "EAN-13", data: Array("4006381333931".utf8)).zbarimgLine == "EAN-13:4006381333931")
        #expect(DecodedSymbol(symbology: "CODE-128", data: [0x41, 0x1D, 0x42]).zbarimgLine == "CODE-128:A\\x1dB")
    }
}
