/// What closing a count did: the reconciliation as it stands closed, and the register changes.
public struct CountClosure: Sendable, Hashable {
    public var reconciliation: Reconciliation
    /// The assets moved in the register, each from where it was registered to where it was found.
    public var moves: [Move]
    /// Assets whose last and next count dates were set.
    public var counted: Int

    public struct Move: Sendable, Hashable {
        public var tag: String
        public var from: String?
        public var to: String

        public init(tag: String, from: String?, to: String) {
            self.tag = tag
            self.from = from
            self.to = to
        }
    }

    public init(reconciliation: Reconciliation, moves: [Move], counted: Int) {
        self.reconciliation = reconciliation
        self.moves = moves
        self.counted = counted
    }
}
