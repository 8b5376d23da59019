/// The seam between `label print` and the label engine: "this template, these records, for a
/// queue of this kind" in, one print-ready document out. `label print` only queues and
/// follows the bytes; what they look like is the renderer's business.
protocol LabelPrintRendering {
    /// Renders every record as one document (one job), in the format `target` takes.
    /// `lines` are the CSV lines the records came from, for error messages; `progress` is
    /// told how many labels are done, for long batches.
    func render(
        template: String, records: [[String: String]], lines: [Int]?, for target: LabelPrintTarget,
        progress: ((Int) -> Void)?
    ) throws -> LabelPrintDocument
}
