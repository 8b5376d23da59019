// MARK: - Finding the report template

extension LabelTemplateLibrary {
    /// Reads the count report's template, found like every label template (`./labels`, then
    /// `$QM_LABELS`, then `/usr/share/quartermaster/labels`), so an office can override it.
    public func countReportTemplate(named name: String = CountReportTemplate.standardName) throws(LabelError)
        -> CountReportTemplate {
        try CountReportTemplate(contentsOf: path(for: name))
    }
}
