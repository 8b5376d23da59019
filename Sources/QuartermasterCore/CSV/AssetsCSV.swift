/// The asset register as a spreadsheet, in two dialects told apart by the header
/// (`AssetsCSVDialect`):
///
/// - ours: `tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost`,
///   optionally `next_maintenance`; the columns our export adds (`location_name`, `last_counted`,
///   `next_count`, `tag_printed`) are accepted and ignored, so an export imports back.
/// - Snipe-IT's asset list export: "Asset Tag", "Name" (or "Asset Name"), "Serial", "Model",
///   "Category", "Location", "Status", "Purchase Date", "Purchase Cost", "Checked Out To",
///   "Employee Number", "Last Audit", "Next Audit Date"; every other column it exports
///   (Company, Manufacturer, Notes, custom fields…) is ignored. An asset without a name takes
///   its model's, as Snipe-IT shows it. "Location" is a location's name (or code) and "Checked
///   Out To" a person's name (or badge): the store resolves both.
///
/// Costs are read to the cent (`CSVValue.cents`), statuses as offices and Snipe-IT write them
/// (`AssetStatus(office:)`, also Snipe-IT's "Ready to Deploy (deployable)" form).
public enum AssetsCSV {
    public static let columns = ["tag", "name", "model", "serial", "category", "location", "status", "custodian_badge", "purchase_date", "cost"]
    public static let optionalColumns = ["next_maintenance"]
    /// Written by the export for people, ignored by the import.
    public static let exportOnlyColumns = ["location_name", "last_counted", "next_count", "tag_printed"]

    /// Maps a parsed table to assets, collecting every problem.
    public static func read(_ table: CSVTable) -> CSVImportResult<CSVAsset> {
        switch AssetsCSVDialect.detect(header: table.header) {
        case .quartermaster: readOurs(table)
        case .snipeIT: readSnipeIT(table)
        }
    }

    /// Reads and maps CSV text in one step.
    public static func read(_ text: String, file: String) -> CSVImportResult<CSVAsset> {
        read(CSVTable(parsing: text, file: file))
    }

    // MARK: Our columns

    private static func readOurs(_ table: CSVTable) -> CSVImportResult<CSVAsset> {
        var errors = table.problems
        guard let columns = CSVColumns(table, required: Self.columns, optional: optionalColumns + exportOnlyColumns, errors: &errors) else {
            return CSVImportResult(file: table.file, rows: [], errors: errors)
        }
        var rows: [CSVRow<CSVAsset>] = []
        var lineOfTag: [String: Int] = [:]
        for row in table.rows {
            let line = row.line
            let errorCount = errors.count
            let cell = { (name: String) in columns.value(name, in: row) }
            let fail = { (name: String, message: String) in errors.append(columns.error(name, line: line, message)) }
            let asset = readAsset(
                tag: cell("tag"), name: cell("name"), fallbackName: "", model: cell("model"), serial: cell("serial"),
                category: cell("category"), status: cell("status"), purchaseDate: cell("purchase_date"), cost: cell("cost"),
                nextMaintenance: cell("next_maintenance"), lastCounted: "", nextCount: "",
                names: Names(tag: "tag", name: "name", status: "status", purchaseDate: "purchase_date", cost: "cost",
                             nextMaintenance: "next_maintenance", lastCounted: "", nextCount: ""),
                lineOfTag: &lineOfTag, line: line, fail: fail)
            guard errors.count == errorCount, let asset else { continue }
            rows.append(CSVRow(line: line, record: CSVAsset(
                asset: asset, location: cell("location"), custodian: cell("custodian_badge"), custodianMayBeName: false,
                columns: .quartermaster)))
        }
        return CSVImportResult(file: table.file, rows: rows, errors: errors)
    }

    // MARK: Snipe-IT's columns

    /// Snipe-IT's column titles for each value the register takes, as its asset list export
    /// (and its importer's aliases) spell them; matched without regard to case.
    static let snipeITAliases: [(field: String, titles: [String])] = [
        ("tag", ["asset tag"]),
        ("name", ["name", "asset name", "item name"]),
        ("serial", ["serial", "serial number"]),
        ("model", ["model", "model name"]),
        ("model_number", ["model no.", "model number"]),
        ("category", ["category"]),
        ("location", ["location"]),
        ("status", ["status", "status label"]),
        ("purchase_date", ["purchase date", "purchased"]),
        ("cost", ["purchase cost", "cost"]),
        ("checked_out_to", ["checked out to", "checked out", "assigned to"]),
        ("employee_number", ["employee number", "employee no."]),
        ("last_audit", ["last audit"]),
        ("next_audit", ["next audit date", "next audit"]),
    ]

    private static func readSnipeIT(_ table: CSVTable) -> CSVImportResult<CSVAsset> {
        var errors = table.problems
        let file = table.file
        var position: [String: Int] = [:]
        var spelling: [String: String] = [:]
        for (index, raw) in table.header.enumerated() {
            let title = CSVTable.trimmed(raw).lowercased()
            guard let field = snipeITAliases.first(where: { $0.titles.contains(title) })?.field else { continue }
            if let earlier = spelling[field] {
                errors.append(CSVImportError(file: file, line: table.headerLine, column: raw, columnIndex: index + 1,
                    message: "gives the same value as column \"\(earlier)\"; remove one of them"))
            } else {
                position[field] = index
                spelling[field] = raw
            }
        }
        if position["name"] == nil && position["model"] == nil {
            errors.append(CSVImportError(file: file, line: table.headerLine,
                message: "a Snipe-IT asset export needs a \"Name\" or a \"Model\" column, to name each asset"))
        }
        guard errors.allSatisfy({ $0.line != table.headerLine }) else {
            return CSVImportResult(file: file, rows: [], errors: errors)
        }
        let title = { (field: String) in spelling[field] ?? field }
        var rows: [CSVRow<CSVAsset>] = []
        var lineOfTag: [String: Int] = [:]
        for row in table.rows {
            let line = row.line
            let errorCount = errors.count
            let cell = { (field: String) in position[field].map { CSVTable.trimmed(row.fields[$0]) } ?? "" }
            let fail = { (field: String, message: String) in
                errors.append(CSVImportError(file: file, line: line, column: title(field), columnIndex: position[field].map { $0 + 1 }, message: message))
            }
            let model = cell("model").isEmpty ? cell("model_number") : cell("model")
            let asset = readAsset(
                tag: cell("tag"), name: cell("name"), fallbackName: model, model: model, serial: cell("serial"),
                category: cell("category"), status: cell("status"), purchaseDate: cell("purchase_date"), cost: cell("cost"),
                nextMaintenance: "", lastCounted: cell("last_audit"), nextCount: cell("next_audit"),
                names: Names(tag: "tag", name: position["name"] == nil ? "model" : "name", status: "status", purchaseDate: "purchase_date",
                             cost: "cost", nextMaintenance: "", lastCounted: "last_audit", nextCount: "next_audit"),
                lineOfTag: &lineOfTag, line: line, fail: fail)
            guard errors.count == errorCount, let asset else { continue }
            let employeeNumber = cell("employee_number")
            let custodianField = employeeNumber.isEmpty ? "checked_out_to" : "employee_number"
            rows.append(CSVRow(line: line, record: CSVAsset(
                asset: asset, location: cell("location"), custodian: employeeNumber.isEmpty ? cell("checked_out_to") : employeeNumber,
                custodianMayBeName: employeeNumber.isEmpty,
                columns: CSVAsset.Columns(tag: title("tag"), location: title("location"), custodian: title(custodianField), status: title("status")))))
        }
        return CSVImportResult(file: file, rows: rows, errors: errors)
    }

    // MARK: One row

    /// The column each value came from, for messages.
    private struct Names {
        var tag, name, status, purchaseDate, cost, nextMaintenance, lastCounted, nextCount: String
    }

    /// The values both dialects share, checked; nil when any is wrong (each reported by `fail`).
    private static func readAsset(
        tag: String, name: String, fallbackName: String, model: String, serial: String, category: String, status statusText: String,
        purchaseDate: String, cost: String, nextMaintenance: String, lastCounted: String, nextCount: String,
        names: Names, lineOfTag: inout [String: Int], line: Int, fail: (String, String) -> Void
    ) -> Asset? {
        var ok = true
        if tag.isEmpty {
            fail(names.tag, "empty; every asset needs the number on its tag (for example FA-000123)")
            ok = false
        } else if let earlier = lineOfTag[tag] {
            fail(names.tag, "tag \(tag) is already on line \(earlier); one tag names one thing (一物一卡)")
            ok = false
        } else {
            lineOfTag[tag] = line
        }
        let assetName = name.isEmpty ? fallbackName : name
        if assetName.isEmpty {
            fail(names.name, "empty; every asset needs a name (for example 笔记本电脑)")
            ok = false
        }
        let status = Self.status(statusText)
        if status == nil {
            fail(names.status, statusText.isEmpty
                ? "empty; give the asset's status (\(statusList))"
                : "unknown status \"\(statusText)\" (expected one of \(statusList), or 在用, 在库, 维修, 闲置, 报废)")
            ok = false
        }
        func date(_ text: String, _ column: String) -> CalendarDate? {
            switch CSVValue.date(text) {
            case .success(let date): return date
            case .failure(let message): fail(column, message.text); ok = false; return nil
            }
        }
        let purchased = date(purchaseDate, names.purchaseDate)
        let maintenance = date(nextMaintenance, names.nextMaintenance)
        let counted = date(lastCounted, names.lastCounted)
        let countDue = date(nextCount, names.nextCount)
        var costCents: Int?
        switch CSVValue.cents(cost) {
        case .success(let value): costCents = value
        case .failure(let message): fail(names.cost, message.text); ok = false
        }
        guard ok, let status else { return nil }
        return Asset(
            tag: tag, name: assetName, model: model, serial: serial, category: category, status: status,
            purchaseDate: purchased, costCents: costCents, nextMaintenance: maintenance, lastCounted: counted, nextCount: countDue)
    }

    /// A status as written, also Snipe-IT's "Ready to Deploy (deployable)" (label, then its kind).
    static func status(_ text: String) -> AssetStatus? {
        if let status = AssetStatus(office: text) { return status }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        return AssetStatus(office: String(text[..<open]))
    }

    static var statusList: String { AssetStatus.allCases.map(\.rawValue).joined(separator: ", ") }
}
