/// The rules a worksheet's name must follow (Excel's; libxlsxwriter checks only some of them and
/// reads past the start of an empty name), checked before any file is created.
enum SheetName {
    static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws unless `name` can name a sheet in a workbook whose other sheets are `taken`
    /// (lowercased: Excel compares sheet names ignoring case).
    static func check(_ name: String, taken: Set<String>) throws(SpreadsheetError) {
        let reason: String? =
            if name.isEmpty { "it is empty" }
            else if name.unicodeScalars.count > SpreadsheetLimits.sheetNameLength {
                "it is longer than \(SpreadsheetLimits.sheetNameLength) characters"
            } else if let bad = name.unicodeScalars.first(where: forbidden.contains) {
                "it contains \"\(bad)\", and sheet names may not contain [ ] : * ? / \\"
            } else if name.hasPrefix("'") || name.hasSuffix("'") { "it starts or ends with an apostrophe" }
            else if name.unicodeScalars.contains(where: { $0.value < 0x20 || SpreadsheetText.isForbiddenInXML($0) }) {
                "it contains a control character"
            } else if name.lowercased() == "history" { "Excel reserves \"History\" for its own use" }
            else if taken.contains(name.lowercased()) {
                "another sheet in the workbook already has it (sheet names are compared ignoring case)"
            } else { nil }
        if let reason { throw .invalidSheetName(name, reason: reason) }
    }
}
