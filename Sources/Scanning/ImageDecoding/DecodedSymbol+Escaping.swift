// MARK: - DecodedSymbol + Escaping

extension DecodedSymbol {
    /// The payload ready for a terminal: UTF-8 text as is, control characters, invalid UTF-8
    /// and backslashes as `\xHH` (a GS separator prints `\x1D`). A label is data from outside,
    /// and an ESC sequence in a QR code must not repaint the kiosk.
    public var escapedText: String { ByteEscaping.escaped(data) }

    /// `SYMBOLOGY:text`, the line `zbarimg` prints, escaped as `escapedText`.
    public var zbarimgLine: String { symbology + ":" + escapedText }
}
