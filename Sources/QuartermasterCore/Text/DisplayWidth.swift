/// How many terminal columns text occupies, and the text operations built on that count.
///
/// The kiosk lays out Chinese names, item descriptions and numbers in fixed columns on a text
/// terminal. `String.count` counts grapheme clusters, but a CJK ideograph takes two cells and a
/// combining accent none, so column layout must count cells instead. The rules follow what the
/// Linux console, xterm and the common emulators do (Unicode East Asian Width, wide = 2),
/// simplified to a compact table: the station only needs the scripts it prints to be right.
public enum DisplayWidth {
    // MARK: Measuring

    /// The number of columns `text` takes on a terminal, summed over its grapheme clusters.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The number of columns one grapheme cluster takes: 0, 1 or 2.
    ///
    /// The cluster's base (first) scalar decides, since terminals draw combining marks and
    /// joiners into the base's cells. Two exceptions make emoji behave as emulators draw them:
    /// a base followed by the emoji presentation selector (U+FE0F) and a flag (a pair of
    /// regional indicators) take two columns.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        let baseWidth = width(of: base)
        guard baseWidth == 1, scalars.count > 1 else { return baseWidth }
        if isRegionalIndicator(base) { return 2 }
        if scalars.contains("\u{FE0F}"), base.properties.isEmoji { return 2 }
        return baseWidth
    }

    /// The number of columns one scalar takes when it stands alone (or is a cluster's base).
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Printable ASCII is by far the most common case: answer it before any lookup.
        if value >= 0x20 && value < 0x7F { return 1 }
        if isControl(scalar) { return 0 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) ? 2 : 1
    }

    // MARK: Fitting

    /// `text` cut to at most `width` columns, ending with `…` when something was cut.
    ///
    /// A wide character is never split: when it would cross the limit it is dropped, so the
    /// result can be one column narrower than `width`. Widths below 1 give the empty string.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - ellipsisWidth
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// `text` left-aligned in exactly `width` columns: padded with spaces, or truncated with `…`
    /// when it is too wide, so a table cell never pushes the next one out of place.
    public static func pad(_ text: String, to width: Int) -> String {
        let fitted = truncate(text, to: width)
        return fitted + spaces(max(0, width - of(fitted)))
    }

    /// `text` right-aligned in exactly `width` columns, for numbers and quantities that must line
    /// up on their last digit. Too wide text is truncated with `…` like `pad(_:to:)`.
    public static func padLeading(_ text: String, to width: Int) -> String {
        let fitted = truncate(text, to: width)
        return spaces(max(0, width - of(fitted))) + fitted
    }

    /// Whether `scalar` is a C0 control, DEL or a C1 control: the scalars a terminal may act on
    /// instead of drawing.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    // MARK: Helpers

    /// The mark that shows text was cut. One column on the terminals the station targets (the
    /// Linux console and emulators in a UTF-8, non-CJK-ambiguous setting).
    static let ellipsis = "…"
    static let ellipsisWidth = 1

    private static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: count)
    }
}
