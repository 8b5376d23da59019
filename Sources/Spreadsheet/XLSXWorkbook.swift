internal import CXLSXWriter

// MARK: - XLSXWorkbook

/// Owns one libxlsxwriter workbook: `close()` writes the file and hands the pointer back to the
/// library (which frees it whether or not the write succeeded); a workbook dropped without
/// `close()` is freed in `deinit` and writes nothing.
final class XLSXWorkbook {
    private var pointer: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [XLSXCellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The path people know, for messages (the workbook itself goes to a temporary file).
    let reportedPath: String

    /// A new, empty workbook that `close()` will write to `path`.
    init(writingTo path: String, reportingAs reportedPath: String) throws(SpreadsheetError) {
        self.reportedPath = reportedPath
        guard let pointer = workbook_new(path) else {
            throw .writeFailed(reportedPath, operation: "creating the workbook", reason: "out of memory")
        }
        self.pointer = pointer
    }

    deinit {
        if let pointer { lxw_workbook_free(pointer) }
    }

    /// A new worksheet, after the ones already added. `name` has passed `SheetName.check`;
    /// the library's own check runs too, so it cannot reject the name later with only a warning.
    func addWorksheet(named name: String) throws(SpreadsheetError) -> XLSXWorksheet {
        let workbook = try open("adding a worksheet")
        let verdict = workbook_validate_sheet_name(workbook, name)
        guard verdict == LXW_NO_ERROR else { throw .invalidSheetName(name, reason: Self.reason(verdict)) }
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw .writeFailed(reportedPath, operation: "adding the worksheet \"\(name)\"", reason: "out of memory")
        }
        return XLSXWorksheet(pointer: sheet, workbook: self)
    }

    /// The format for `style`, made on first use; the workbook owns and frees it.
    func format(_ style: XLSXCellStyle) throws(SpreadsheetError) -> UnsafeMutablePointer<lxw_format> {
        if let made = formats[style] { return made }
        let workbook = try open("adding a cell format")
        guard let format = workbook_add_format(workbook) else {
            throw .writeFailed(reportedPath, operation: "adding a cell format", reason: "out of memory")
        }
        switch style {
        case .header: format_set_bold(format)
        case .wrappedText: format_set_text_wrap(format)
        case .integer, .decimal, .date, .timestamp: break
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        formats[style] = format
        return format
    }

    /// Writes the file. Afterwards the workbook is spent: the library has freed it.
    func close() throws(SpreadsheetError) {
        let workbook = try open("writing the file")
        pointer = nil
        formats = [:]
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw .writeFailed(reportedPath, operation: "writing the file", reason: Self.reason(result))
        }
    }

    /// The library's text for one of its error codes.
    static func reason(_ error: lxw_error) -> String {
        guard let text = lxw_strerror(error) else { return "error \(error.rawValue)" }
        return String(cString: text)
    }

    private func open(_ operation: String) throws(SpreadsheetError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let pointer else {
            throw .writeFailed(reportedPath, operation: operation, reason: "the workbook was already written")
        }
        return pointer
    }
}
