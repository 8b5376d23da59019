/// A loan with the names a person reads it by: the asset's and the borrower's. What the kiosk's
/// overdue list, the CLI and the export show.
public struct LoanListing: Sendable, Hashable, Codable {
    public var loan: Loan
    /// The asset's name in the register (投影仪).
    public var assetName: String
    /// The borrower's name (张三), as imported.
    public var borrowerName: String

    public init(loan: Loan, assetName: String, borrowerName: String) {
        self.loan = loan
        self.assetName = assetName
        self.borrowerName = borrowerName
    }
}
