/// Approved requisitions from the central office, one row per requisition line:
/// `number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved`,
/// optionally `rejection_reason`. Rows with the same number make one requisition, and their
/// requisition-level values must agree. The station's export adds `qty_picked`, which import
/// accepts and ignores, so an exported file can be imported back.
public enum RequisitionsCSV {
    public static let columns = [
        "number", "applicant_badge", "department", "date", "purpose", "approver", "status",
        "item_code", "qty_requested", "qty_approved",
    ]
    public static let optionalColumns = ["rejection_reason", "qty_picked"]
    /// Columns every row of one requisition repeats.
    static let requisitionColumns = ["applicant_badge", "department", "date", "purpose", "approver", "status", "rejection_reason"]

    /// Maps a parsed table to requisitions in order of first appearance, collecting every problem.
    public static func read(_ table: CSVTable) -> CSVImportResult<CSVRequisition> {
        var errors = table.problems
        guard let columns = CSVColumns(table, required: Self.columns, optional: optionalColumns, errors: &errors) else {
            return CSVImportResult(file: table.file, rows: [], errors: errors)
        }
        var order: [String] = []
        var entries: [String: CSVRow<CSVRequisition>] = [:]
        /// The first row's requisition-level values, to compare later rows with.
        var firstValues: [String: (line: Int, values: [String: String])] = [:]
        var broken: Set<String> = []

        for row in table.rows {
            let line = row.line
            let errorCount = errors.count
            let number = columns.value("number", in: row)
            guard !number.isEmpty else {
                errors.append(columns.error("number", line: line, "empty; every row needs its requisition number"))
                continue
            }
            if let problem = ScannableCode.problem(number) {
                errors.append(columns.error("number", line: line, problem))
                continue
            }
            var values: [String: String] = [:]
            for name in requisitionColumns { values[name] = columns.value(name, in: row) }
            values["status"] = values["status"]?.lowercased()

            if let first = firstValues[number] {
                for name in requisitionColumns where values[name] != first.values[name] {
                    errors.append(columns.error(name, line: line,
                        "\"\(values[name] ?? "")\" differs from \"\(first.values[name] ?? "")\" on line \(first.line); every row of requisition \(number) must give the same value"))
                }
            } else {
                firstValues[number] = (line, values)
                order.append(number)
                checkRequisitionValues(values, columns: columns, line: line, errors: &errors)
            }

            let itemCode = columns.value("item_code", in: row)
            if itemCode.isEmpty {
                errors.append(columns.error("item_code", line: line, "empty; every row is one item of the requisition"))
            } else if let entry = entries[number], let index = entry.record.requisition.lines.firstIndex(where: { $0.itemCode == itemCode }) {
                errors.append(columns.error("item_code", line: line,
                    "item \(itemCode) is already in requisition \(number) on line \(entry.record.lineNumbers[index]); put its whole quantity on one row"))
            }
            var requested = 0
            var approved = 0
            switch CSVValue.count(columns.value("qty_requested", in: row)) {
            case .success(let value): requested = value
            case .failure(let message): errors.append(columns.error("qty_requested", line: line, message.text))
            }
            switch CSVValue.count(columns.value("qty_approved", in: row)) {
            case .success(let value):
                approved = value
                if approved > requested, errors.count == errorCount {
                    errors.append(columns.error("qty_approved", line: line, "\(approved) approved is more than the \(requested) requested"))
                }
            case .failure(let message): errors.append(columns.error("qty_approved", line: line, message.text))
            }

            guard errors.count == errorCount, !broken.contains(number) else {
                broken.insert(number)
                continue
            }
            let requisitionLine = RequisitionLine(itemCode: itemCode, requested: requested, approved: approved)
            if var entry = entries[number] {
                entry.record.requisition.lines.append(requisitionLine)
                entry.record.lineNumbers.append(line)
                entries[number] = entry
            } else if let date = CalendarDate(values["date"] ?? ""), let status = RequisitionStatus(rawValue: values["status"] ?? "") {
                let reason = values["rejection_reason"] ?? ""
                let requisition = Requisition(
                    number: number, applicantBadge: values["applicant_badge"] ?? "", department: values["department"] ?? "",
                    date: date, purpose: values["purpose"] ?? "", approver: values["approver"] ?? "", status: status,
                    rejectionReason: reason.isEmpty ? nil : reason, lines: [requisitionLine])
                entries[number] = CSVRow(line: line, record: CSVRequisition(requisition: requisition, lineNumbers: [line]))
            }
        }
        let rows = order.filter { !broken.contains($0) }.compactMap { entries[$0] }
        return CSVImportResult(file: table.file, rows: rows, errors: errors)
    }

    /// Reads and maps CSV text in one step.
    public static func read(_ text: String, file: String) -> CSVImportResult<CSVRequisition> {
        read(CSVTable(parsing: text, file: file))
    }

    /// Checks the values a requisition's first row gives for the whole requisition.
    private static func checkRequisitionValues(
        _ values: [String: String], columns: CSVColumns, line: Int, errors: inout [CSVImportError]
    ) {
        if values["applicant_badge", default: ""].isEmpty {
            errors.append(columns.error("applicant_badge", line: line, "empty; give the applicant's badge number"))
        }
        let date = values["date", default: ""]
        if CalendarDate(date) == nil {
            errors.append(columns.error("date", line: line, "\"\(date)\" is not a date written as YYYY-MM-DD (2024-03-01)"))
        }
        let status = values["status", default: ""]
        if RequisitionStatus(rawValue: status) == nil {
            errors.append(columns.error("status", line: line,
                "unknown status \"\(status)\" (expected one of \(RequisitionStatus.allCases.map(\.rawValue).joined(separator: ", ")))"))
        }
    }
}
