/// What a count found for one asset, as the reconciliation and its CSV say it (the `outcome`
/// column is a contract: these raw values never change).
public enum CountOutcome: String, CaseIterable, Sendable, Codable, Hashable {
    /// Found where the register says it is.
    case found
    /// Found, but the register has it elsewhere (异位).
    case moved
    /// In the register in scope, not found (盘亏, deficit).
    case missing
    /// Found, but not in the register (盘盈, surplus).
    case surplus
    /// Found, though the register says it was disposed of (报废).
    case disposed
}
