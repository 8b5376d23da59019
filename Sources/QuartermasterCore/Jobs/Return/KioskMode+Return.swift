extension KioskMode {
    /// Take returned goods back into stock: `QM-MODE-RETURN`, `@return`.
    public static let `return` = KioskMode(rawValue: "RETURN")
}
