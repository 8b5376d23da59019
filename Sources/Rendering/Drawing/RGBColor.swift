// MARK: - RGBColor

/// A colour for charts, each channel 0–1. Written in templates as `#RRGGBB` so an office can
/// match its own house colours; everything else we print stays black on white.
struct RGBColor: Sendable, Hashable {
    var red: Double
    var green: Double
    var blue: Double

    /// Reads `#RRGGBB` (the `#` optional, either case); nil for anything else.
    init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = Int(digits, radix: 16) else { return nil }
        red = Double((value >> 16) & 0xFF) / 255
        green = Double((value >> 8) & 0xFF) / 255
        blue = Double(value & 0xFF) / 255
    }

    init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// How light it prints on a monochrome printer (ITU-R BT.601 weights, what poppler and most
    /// drivers use to turn colour into gray), 0 black to 1 white. Chart colours must differ in
    /// this too, or a black-and-white copy cannot tell the segments apart.
    var luma: Double { 0.299 * red + 0.587 * green + 0.114 * blue }
}
