/// A requisition read from several rows of a requisitions file, with the line of each of its
/// lines, so a reference problem found by the store (an unknown item code) points at its row.
public struct CSVRequisition: Sendable, Hashable {
    public var requisition: Requisition
    /// The file line of each of `requisition.lines`, in the same order.
    public var lineNumbers: [Int]

    public init(requisition: Requisition, lineNumbers: [Int]) {
        self.requisition = requisition
        self.lineNumbers = lineNumbers
    }
}
