// MARK: - SlipMetrics

/// Every size the slip layout uses, in one place and derived from the paper, so the layout
/// code reads as structure rather than numbers. Narrow roll paper gets smaller type and puts
/// the specification under the item name instead of in its own column.
struct SlipMetrics: Sendable {
    var title: TextStyle
    var body: TextStyle
    var table: TextStyle
    var small: TextStyle
    /// Space between field rows.
    var fieldGap: Double
    /// Space between the title, header, table and signature.
    var sectionGap: Double
    /// Space between a field's label and its value, and between the fields and the QR code.
    var columnGap: Double
    /// Space inside each table cell.
    var cellPadding: Double
    /// Stroke width of table rules and the signature line.
    var rule: Double
    /// The side the QR code (quiet zone included) aims for.
    var qrTargetSide: Double
    /// Smallest module printers and scanners handle reliably.
    var qrMinimumModule: Double
    /// Light modules around the symbol, as ISO/IEC 18004 asks.
    var qrQuietZone: Int
    /// Room above the signature line for a hand-written signature.
    var signatureSpace: Double
    /// Page-number strip at the foot of each sheet.
    var footer: Double
    /// On a sheet the QR code sits beside the fields; on narrow paper it gets its own row.
    var qrBesideFields: Bool
    /// On narrow paper the table has no separate specification column.
    var specUnderName: Bool
    /// Label column never takes more than this share of a field row.
    var maximumLabelShare: Double
    /// Unit, approved, picked and owed columns together take at most this share of the table
    /// (their headings wrap beyond it); item name and specification get the rest.
    var numberColumnsShare: Double
    /// A unit column wider than this share is wrapped (units are short words: 包, pcs, box).
    var unitColumnShare: Double
    /// The item name's share of the text columns; the specification gets the rest.
    var nameShare: Double
    /// Gray behind the table heading.
    var headingShade: Double
    /// Length of the line for the date, as a share of the content width.
    var dateLineShare: Double
    /// Below this share the signature line is too short to sign on, and the date moves to
    /// a row of its own.
    var signatureLineShare: Double

    init(paper: SlipPaper) {
        let narrow = paper.widthMM - 2 * paper.marginMM < 100
        title = TextStyle(pointSize: narrow ? 13 : 16, bold: true, alignment: .center)
        body = TextStyle(pointSize: narrow ? 8 : 9.5)
        table = TextStyle(pointSize: narrow ? 7.5 : 9)
        small = TextStyle(pointSize: 7, alignment: .center)
        fieldGap = narrow ? 0.8 : 1.2
        sectionGap = narrow ? 3 : 4
        columnGap = narrow ? 1.5 : 2.5
        cellPadding = narrow ? 0.8 : 1.2
        rule = 0.25
        qrTargetSide = narrow ? 28 : 30
        qrMinimumModule = 0.5
        qrQuietZone = 4
        signatureSpace = narrow ? 8 : 10
        footer = paper.heightMM == nil ? 0 : 5
        qrBesideFields = !narrow
        specUnderName = narrow
        maximumLabelShare = 0.4
        numberColumnsShare = 0.7
        unitColumnShare = 0.12
        nameShare = 0.6
        headingShade = 0.88
        dateLineShare = 0.25
        signatureLineShare = 0.3
    }
}
