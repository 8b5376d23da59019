// MARK: - CountReportWords

/// Every fixed word the count report prints, from the template so an office can reword its
/// own report (and translate it) without a new build. All are required: a template missing
/// one is refused when it is read, not discovered half-way through printing.
public struct CountReportWords: Sendable, Hashable, Codable {
    /// The report's heading when the caller gives no title of its own.
    public var title: BilingualText
    public var session: BilingualText
    public var scope: BilingualText
    public var opened: BilingualText
    public var closed: BilingualText
    public var notClosed: BilingualText
    public var blind: BilingualText
    public var yes: BilingualText
    public var no: BilingualText
    public var chartTitle: BilingualText
    /// Added to the chart's heading on the pages it continues on.
    public var continued: BilingualText
    public var axis: BilingualText
    /// Stands for a row with no location code at all.
    public var noLocation: BilingualText
    public var found: BilingualText
    public var moved: BilingualText
    public var missing: BilingualText
    public var surplus: BilingualText
    public var disposed: BilingualText
    public var expected: BilingualText
    public var total: BilingualText
    public var totalsTitle: BilingualText
    public var byLocationTitle: BilingualText
    public var byCategoryTitle: BilingualText
    public var movedTitle: BilingualText
    public var missingTitle: BilingualText
    public var surplusTitle: BilingualText
    public var disposedTitle: BilingualText
    public var outcome: BilingualText
    public var count: BilingualText
    public var value: BilingualText
    public var location: BilingualText
    public var category: BilingualText
    public var uncategorised: BilingualText
    public var tag: BilingualText
    public var name: BilingualText
    public var registeredAt: BilingualText
    public var foundAt: BilingualText
    public var countedBy: BilingualText
    public var time: BilingualText
    public var accepted: BilingualText
    public var missingValue: BilingualText
    public var surplusValue: BilingualText
    /// Printed under an exception list that has no rows, so an empty list reads as checked.
    public var none: BilingualText
    public var auditorSignature: BilingualText
    public var custodianSignature: BilingualText
    public var date: BilingualText
    /// With `{n}` and `{m}`: the page's number and the document's page count.
    public var page: BilingualText
}
