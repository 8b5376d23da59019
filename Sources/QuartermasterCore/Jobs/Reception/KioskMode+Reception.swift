extension KioskMode {
    /// Visitors sign in and out: `QM-MODE-RECEPTION`, `@reception`.
    public static let reception = KioskMode(rawValue: "RECEPTION")
}
