// MARK: - ConfirmationFilter

/// Holds back a linear code (EAN, UPC, Code 128…) until it has been read in `frames`
/// consecutive frames. zbar can read a blurred EAN-13 as a *different* number whose check digit
/// happens to be valid (seen here with zbar 0.23.92); a misread rarely repeats in the next
/// frame, while a real code held up to the camera is read in many. QR codes carry their own
/// error correction and are reported from one frame.
///
/// Pure: it only counts frames, so tests need no camera and no clock.
public struct ConfirmationFilter: Sendable {
    public let frames: Int
    private var streak: [DecodedSymbol: Int] = [:]

    public init(frames: Int = 2) {
        self.frames = max(1, frames)
    }

    /// The symbols of one frame that are confirmed, in frame order.
    public mutating func admit(_ symbols: [DecodedSymbol]) -> [DecodedSymbol] {
        var next: [DecodedSymbol: Int] = [:]
        var confirmed: [DecodedSymbol] = []
        for symbol in symbols where next[symbol] == nil {
            let count = (streak[symbol] ?? 0) + 1
            next[symbol] = count
            if !Self.needsConfirmation(symbol) || count >= frames { confirmed.append(symbol) }
        }
        streak = next  // a code missing from a frame starts again
        return confirmed
    }

    static func needsConfirmation(_ symbol: DecodedSymbol) -> Bool {
        symbol.symbology != "QR-Code"
    }
}
