/// What scanning an asset at the loans counter found: it was out and is now returned, or it was
/// not out (so the scan starts a loan).
public enum LoanCheckIn: Sendable, Hashable {
    /// It was out; the loan is now closed.
    case returned(LoanListing)
    /// Nobody has it; the asset as the register holds it now.
    case notOut(Asset)
}
