import QuartermasterCore
import Testing

/// The RFC 4180 reader: every row must come back with its true physical line, because that is
/// what a clerk looks for in the file when an import complains.
@Suite("CSV parser")
struct CSVParserTests {
    // MARK: Well-formed files

    @Test func readsHeaderAndRowsWithTheirLines() throws {
        let table = try CSVTable.parse("badge,name\n1001,Zhang San\n1002,Li Si\n", file: "people.csv")
        #expect(table.header == ["badge", "name"])
        #expect(table.rows == [
            CSVTable.Row(line: 2, fields: ["1001", "Zhang San"]),
            CSVTable.Row(line: 3, fields: ["1002", "Li Si"]),
        ])
    }

    @Test func quotedFieldsKeepCommasAndDoubledQuotes() throws {
        let table = try CSVTable.parse(#"code,spec"# + "\n" + #"A4,"70 g, ""premium"" white""# + "\n", file: "items.csv")
        #expect(table.rows.first?.fields == ["A4", #"70 g, "premium" white"#])
    }

    @Test func emptyQuotedFieldIsEmpty() throws {
        let table = try CSVTable.parse("a,b,c\n\"\",x,\"\"\n", file: "f.csv")
        #expect(table.rows.first?.fields == ["", "x", ""])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func embeddedNewlinesKeepLaterLineNumbersTrue(lineEnd: String) throws {
        let text = ["code,note", "A,\"first" + lineEnd + "second" + lineEnd + "third\"", "B,plain", "C,\"x\""].joined(separator: lineEnd) + lineEnd
        let table = try CSVTable.parse(text, file: "items.csv")
        #expect(table.rows.map(\.line) == [2, 5, 6])
        #expect(table.rows.first?.fields[1] == "first\nsecond\nthird")
    }

    @Test func byteOrderMarkIsStripped() throws {
        let table = try CSVTable.parse("\u{FEFF}badge,name\r\n1001,Zhang San\r\n", file: "people.csv")
        #expect(table.header == ["badge", "name"])
        #expect(table.rows.first?.fields == ["1001", "Zhang San"])
    }

    @Test func byteOrderMarkIsStrippedFromBytes() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("badge,name\n1001,张三\n".utf8)
        let table = CSVTable(parsing: bytes, file: "people.csv")
        #expect(table.problems.isEmpty)
        #expect(table.header == ["badge", "name"])
        #expect(table.rows.first?.fields == ["1001", "张三"])
    }

    @Test(arguments: ["a,b\n1,2", "a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r"])
    func finalLineEndIsOptional(text: String) throws {
        let table = try CSVTable.parse(text, file: "f.csv")
        #expect(table.rows == [CSVTable.Row(line: 2, fields: ["1", "2"])])
    }

    @Test func blankLinesAndSeparatorOnlyRowsAreSkippedButCounted() throws {
        let table = try CSVTable.parse("a,b\n\n1,2\n,\n3,4\n\n", file: "f.csv")
        #expect(table.rows.map(\.line) == [3, 5])
    }

    @Test func headerNamesAreTrimmed() throws {
        let table = try CSVTable.parse(" badge , name\n1,x\n", file: "f.csv")
        #expect(table.header == ["badge", "name"])
    }

    // MARK: Malformed files

    @Test func unterminatedQuoteIsReportedWhereItOpens() {
        let table = CSVTable(parsing: "badge,name\n1001,Zhang\n1002,\"Li\n1003,Wang\n", file: "people.csv")
        #expect(table.problems.count == 1)
        let problem = table.problems.first
        #expect(problem?.line == 3)
        #expect(problem?.columnIndex == 2)
        #expect(problem?.column == "name")
        #expect(problem?.description.hasPrefix("people.csv:3: column \"name\": a quote opened here is never closed") == true)
        #expect(table.rows.map(\.line) == [2])
    }

    @Test func wrongNumberOfFieldsIsReportedPerRowAndOtherRowsKept() {
        let table = CSVTable(parsing: "badge,name,department\n1001,Zhang,GA\n1002,Li\n1003,Wang,GA,extra\n1004,Zhao,IT\n", file: "people.csv")
        #expect(table.problems.map(\.line) == [3, 4])
        #expect(table.problems.first?.message.contains("2 values but the header has 3 columns") == true)
        #expect(table.rows.map(\.line) == [2, 5])
    }

    @Test func textAfterClosingQuoteIsReported() {
        let table = CSVTable(parsing: "a,b\n\"x\"y,2\n3,4\n", file: "f.csv")
        #expect(table.problems.map(\.line) == [2])
        #expect(table.problems.first?.column == "a")
        #expect(table.rows.map(\.line) == [3])
    }

    @Test func emptyFileIsReported() {
        let table = CSVTable(parsing: "", file: "people.csv")
        #expect(table.problems.map(\.description) == ["people.csv:1: the file is empty; expected a header row naming the columns"])
    }

    @Test func notUTF8IsReportedWithItsLine() {
        // "張" in Big5 is 0xB1 0x69: not UTF-8.
        let bytes: [UInt8] = Array("badge,name\n1001,Zhang\n1002,".utf8) + [0xB1, 0x69] + Array("\n".utf8)
        let table = CSVTable(parsing: bytes, file: "people.csv")
        #expect(table.problems.map(\.line) == [3])
        #expect(table.problems.first?.message.contains("CSV UTF-8") == true)
    }

    @Test func parseThrowsEveryProblem() {
        #expect(throws: CSVImportFailure.self) {
            _ = try CSVTable.parse("a,b\n1\n2\n", file: "f.csv")
        }
        do {
            _ = try CSVTable.parse("a,b\n1\n2\n", file: "f.csv")
        } catch {
            #expect(error.errors.map(\.line) == [2, 3])
        }
    }
}
