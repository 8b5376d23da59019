import QuartermasterCore
import Testing

/// The people file: every mistake reported at once, each with line and column.
@Suite("CSV people import")
struct CSVPeopleImportTests {
    @Test func readsPeopleWithRolesAsActive() throws {
        let rows = try PeopleCSV.read("badge,name,department,roles\n1001,Zhang San,General Affairs,employee\nK01,Li Si,Logistics,employee; Keeper;\n", file: "people.csv").records()
        #expect(rows == [
            CSVRow(line: 2, record: Person(badge: "1001", name: "Zhang San", department: "General Affairs", roles: [.employee], active: true)),
            CSVRow(line: 3, record: Person(badge: "K01", name: "Li Si", department: "Logistics", roles: [.employee, .keeper], active: true)),
        ])
    }

    @Test func leaversAreMarkedInactiveNotLeftOut() throws {
        let text = "badge,name,department,roles,active\n1001,Zhang,GA,employee,yes\n1002,Li,GA,keeper,no\n1003,Wang,GA,employee,\n1004,Zhao,GA,employee,gone\n"
        let result = PeopleCSV.read(text, file: "people.csv")
        #expect(result.rows.map(\.record.active) == [true, false, true])
        #expect(result.errors.map(\.description) == ["people.csv:5: column \"active\": \"gone\" is neither yes nor no"])
    }

    @Test func columnOrderIsFree() throws {
        let rows = try PeopleCSV.read("roles,NAME,badge,department\nadmin,Wang,A1,IT\n", file: "people.csv").records()
        #expect(rows.first?.record == Person(badge: "A1", name: "Wang", department: "IT", roles: [.admin]))
    }

    @Test func unknownRoleNamesTheRoleAndTheChoices() {
        let result = PeopleCSV.read("badge,name,department,roles\n1001,Zhang,GA,employee\n1002,Li,GA,keepr\n", file: "people.csv")
        #expect(result.errors.map(\.description) == [
            "people.csv:3: column \"roles\": unknown role \"keepr\" (expected one of employee, approver, clerk, keeper, auditor, reception, admin)",
        ])
        #expect(result.rows.map(\.line) == [2])
    }

    @Test func collectsEveryProblemInTheFile() {
        let text = """
            badge,name,department,roles
            ,Zhang,GA,employee
            1002,,GA,employee
            1003,Wang,GA,
            1004,Zhao,GA,"employee;boss"
            1003,Qian,GA,employee
            """
        let result = PeopleCSV.read(text, file: "people.csv")
        #expect(result.errors.map { "\($0.line) \($0.column ?? "-")" } == ["2 badge", "3 name", "4 roles", "5 roles", "6 badge"])
        #expect(result.errors.last?.message == "badge 1003 is already on line 4")
        #expect(throws: CSVImportFailure.self) { try result.records() }
    }

    @Test func missingAndExtraColumnsAreReportedOnTheHeaderLine() {
        let result = PeopleCSV.read("badge,name,rolse\n1001,Zhang,employee\n", file: "people.csv")
        #expect(result.errors.map(\.line) == [1, 1, 1])
        #expect(result.errors.map(\.column) == ["rolse", "department", "roles"])
        #expect(result.errors.first?.message.hasPrefix("unexpected column") == true)
        #expect(result.errors.dropFirst().allSatisfy { $0.message.hasPrefix("missing column") })
        #expect(result.rows.isEmpty)
    }

    @Test func structuralProblemsComeWithMappingProblems() {
        let result = PeopleCSV.read("badge,name,department,roles\n1001,Zhang,GA\n1002,Li,GA,clerc\n", file: "people.csv")
        #expect(result.errors.map(\.line) == [2, 3])
    }

    @Test func failureListsAtMostFiftyProblems() {
        let rows = (1...70).map { "\($0),Name,GA,nobody" }.joined(separator: "\n")
        let failure = CSVImportFailure(file: "people.csv", errors: PeopleCSV.read("badge,name,department,roles\n" + rows, file: "people.csv").errors)
        #expect(failure.totalCount == 70)
        #expect(failure.errors.count == CSVImportFailure.listLimit)
        #expect(failure.errors.first?.line == 2)
        #expect(failure.description.hasSuffix("people.csv: … and 20 more problems (only the first 50 are listed)"))
    }
}
