import QuartermasterCore

// MARK: - DecodedSymbol + Escaping

extension DecodedSymbol {
    /// The payload ready for a terminal, escaped by `TerminalText` (a GS separator prints
    /// `\x1d`, invalid UTF-8 `\xHH`). A label is data from outside, and an ESC sequence in a QR
    /// code must not repaint the kiosk.
    public var escapedText: String { TerminalText.escaped(bytes: data) }

    /// `SYMBOLOGY:text`, the line `zbarimg` prints, escaped as `escapedText`.
    public var zbarimgLine: String { symbology + ":" + escapedText }
}
