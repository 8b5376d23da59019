extension KioskMode {
    /// Hand out goods against an approved requisition: `QM-MODE-PICKUP`, `@pickup`.
    public static let pickup = KioskMode(rawValue: "PICKUP")
}
