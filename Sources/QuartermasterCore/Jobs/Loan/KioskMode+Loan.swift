extension KioskMode {
    /// Lend equipment and take it back: `QM-MODE-LOAN`, `@loan`.
    public static let loan = KioskMode(rawValue: "LOAN")
}
