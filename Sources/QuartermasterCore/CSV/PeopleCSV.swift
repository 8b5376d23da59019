/// The people file the office keeps in a spreadsheet: `badge,name,department,roles`, roles
/// separated by `;` (`employee;approver`), and optionally `active` (`yes`/`no`; empty is yes).
/// A leaver stays in the file with `active` = `no`: their badge stops working at the station
/// while their name stays on every record they made. Leaving someone out of a file changes
/// nothing about them.
public enum PeopleCSV {
    public static let columns = ["badge", "name", "department", "roles"]
    public static let optionalColumns = ["active"]

    /// Maps a parsed table to people, collecting every problem.
    public static func read(_ table: CSVTable) -> CSVImportResult<Person> {
        var errors = table.problems
        guard let columns = CSVColumns(table, required: Self.columns, optional: Self.optionalColumns, errors: &errors) else {
            return CSVImportResult(file: table.file, rows: [], errors: errors)
        }
        var rows: [CSVRow<Person>] = []
        var lineOfBadge: [String: Int] = [:]
        for row in table.rows {
            let line = row.line
            let errorCount = errors.count
            let badge = columns.value("badge", in: row)
            let name = columns.value("name", in: row)
            if badge.isEmpty {
                errors.append(columns.error("badge", line: line, "empty; every person needs their badge number"))
            } else if let problem = ScannableCode.problem(badge) {
                errors.append(columns.error("badge", line: line, problem))
            } else if let earlier = lineOfBadge[badge] {
                errors.append(columns.error("badge", line: line, "badge \(badge) is already on line \(earlier)"))
            } else {
                lineOfBadge[badge] = line
            }
            if name.isEmpty {
                errors.append(columns.error("name", line: line, "empty; every person needs a name"))
            }
            var roles: Set<Role> = []
            let roleNames = CSVValue.list(columns.value("roles", in: row))
            if roleNames.isEmpty {
                errors.append(columns.error("roles", line: line, "empty; give at least one role (\(Self.roleList))"))
            }
            for roleName in roleNames {
                if let role = Role(rawValue: roleName.lowercased()) {
                    roles.insert(role)
                } else {
                    errors.append(columns.error("roles", line: line, "unknown role \"\(roleName)\" (expected one of \(Self.roleList))"))
                }
            }
            let active: Bool
            switch columns.value("active", in: row).lowercased() {
            case "", "yes", "y", "true", "1", "是": active = true
            case "no", "n", "false", "0", "否": active = false
            case let other:
                active = true
                errors.append(columns.error("active", line: line, "\"\(other)\" is neither yes nor no"))
            }
            guard errors.count == errorCount else { continue }
            rows.append(CSVRow(line: line, record: Person(
                badge: badge, name: name, department: columns.value("department", in: row), roles: roles, active: active)))
        }
        return CSVImportResult(file: table.file, rows: rows, errors: errors)
    }

    /// Reads and maps CSV text in one step.
    public static func read(_ text: String, file: String) -> CSVImportResult<Person> {
        read(CSVTable(parsing: text, file: file))
    }

    private static var roleList: String { Role.allCases.map(\.rawValue).joined(separator: ", ") }
}
