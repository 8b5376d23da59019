extension KioskMode {
    /// Take delivered goods into stock (入庫): `QM-MODE-RECEIVE`, `@receive`.
    public static let receive = KioskMode(rawValue: "RECEIVE")
}
