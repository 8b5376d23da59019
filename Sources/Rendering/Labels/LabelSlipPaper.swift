// MARK: - LabelSlipPaper

/// Marks a template as a pickup slip: the paper (the template's `size`) and margin that
/// `SlipRenderer` lays the requisition's fields and item table out on. The table depends on a
/// pickup's lines, not on named fields, so it is not described element by element.
public struct LabelSlipPaper: Sendable, Hashable, Codable {
    /// White border on every side, in millimetres.
    public var margin: Double
    /// Roll paper: the slip is as long as its content and `size.height` is ignored.
    public var roll: Bool

    public init(margin: Double, roll: Bool) {
        self.margin = margin
        self.roll = roll
    }
}
