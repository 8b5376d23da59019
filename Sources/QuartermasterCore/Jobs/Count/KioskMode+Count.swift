extension KioskMode {
    /// Count the assets location by location (盘点): `QM-MODE-COUNT`, `@count`.
    public static let count = KioskMode(rawValue: "COUNT")
}
