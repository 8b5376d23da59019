// MARK: - CountReportMetrics

/// Every size the report layout uses besides those in the template, in one place, so the
/// layout code reads as structure rather than numbers.
struct CountReportMetrics: Sendable {
    var title = TextStyle(pointSize: 16, bold: true)
    var heading = TextStyle(pointSize: 11, bold: true)
    var body = TextStyle(pointSize: 9)
    /// Table cells: one line each, ellipsized, so no imported name can stretch a row.
    var table = TextStyle(pointSize: 8, maxLines: 1)
    /// Chart labels and counts.
    var chart = TextStyle(pointSize: 7.5, maxLines: 1)
    var small = TextStyle(pointSize: 7, alignment: .center)
    /// Space between sections.
    var sectionGap = 6.0
    /// Space under a heading.
    var headingGap = 2.0
    var fieldGap = 1.0
    var columnGap = 2.5
    var cellPadding = 1.0
    var rule = 0.25
    /// Gray behind table headings and total rows.
    var headingShade = 0.88
    /// Gray of the chart's gridlines.
    var gridGray = 0.9
    /// Side of a legend swatch.
    var swatch = 3.0
    /// Share of the content width the chart's location labels take.
    var chartLabelShare = 0.27
    /// Width of each count column right of the bars.
    var chartCountWidth = 10.0
    /// Length of an axis tick.
    var tick = 1.2
    /// Room above a signature line.
    var signatureSpace = 14.0
    /// Page-number strip at the foot of each sheet.
    var footer = 6.0
}
