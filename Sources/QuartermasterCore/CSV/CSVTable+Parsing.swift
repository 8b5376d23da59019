/// RFC 4180 reading, with the forgiveness real spreadsheet files need: a UTF-8 byte order mark
/// (Excel's "CSV UTF-8" writes one), CRLF or LF or CR line ends, a final line end or none, and
/// blank lines, which are skipped. What cannot be read unambiguously is reported with its line
/// and column instead of guessed at.
extension CSVTable {
    // MARK: Reading

    /// Reads CSV text. Never throws: problems are collected in `problems` so they can be
    /// reported together with the mappers' own.
    public init(parsing text: String, file: String) {
        var reader = Reader(file: file)
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        reader.read(scalars)
        self = reader.table()
    }

    /// Reads CSV bytes, which must be UTF-8. A file saved in a legacy encoding (GBK, Big5,
    /// Windows-1252) is reported at the first line that is not UTF-8, with what to do about it,
    /// instead of importing garbled names.
    public init(parsing bytes: some Sequence<UInt8>, file: String) {
        var decoded = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var line = 1
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                decoded.append(scalar)
            case .emptyInput:
                break decoding
            case .error:
                self.init(file: file, header: [], rows: [], problems: [CSVImportError(
                    file: file, line: line,
                    message: "the file is not UTF-8 text; save it from the spreadsheet program as \"CSV UTF-8\" and import it again")])
                return
            }
        }
        self.init(parsing: String(decoded), file: file)
    }

    // MARK: The reader's state machine

    /// Where the reader is inside a field.
    private enum FieldState {
        /// Nothing of the field read yet: a quote here opens a quoted field.
        case start
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: either the closing quote or half of `""`.
        case quoteInQuoted
    }

    /// One pass over the text, scalar by scalar, counting physical lines as it goes.
    private struct Reader {
        let file: String
        var records: [Row] = []
        var problems: [CSVImportError] = []
        var line = 1
        var recordLine = 1
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = FieldState.start
        /// Set when the current record had a problem: it is dropped, not half-imported.
        var recordBroken = false

        init(file: String) { self.file = file }

        mutating func read(_ scalars: Substring.UnicodeScalarView) {
            var index = scalars.startIndex
            var quoteLine = 1
            while index < scalars.endIndex {
                var scalar = scalars[index]
                index = scalars.index(after: index)
                if scalar == "\r" {
                    // CRLF is one line end; a lone CR (old Mac files) is one too.
                    if index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
                    scalar = "\n"
                }
                switch state {
                case .start where scalar == "\"":
                    state = .quoted
                    quoteLine = line
                case .start, .unquoted:
                    if scalar == "," {
                        endField()
                    } else if scalar == "\n" {
                        endRecord()
                    } else {
                        field.append(scalar)
                        state = .unquoted
                    }
                case .quoted:
                    if scalar == "\"" {
                        state = .quoteInQuoted
                    } else {
                        if scalar == "\n" { line += 1 }
                        field.append(scalar)
                    }
                case .quoteInQuoted:
                    if scalar == "\"" {
                        field.append("\"")
                        state = .quoted
                    } else if scalar == "," {
                        endField()
                    } else if scalar == "\n" {
                        endRecord()
                    } else {
                        if !recordBroken {
                            problems.append(CSVImportError(
                                file: file, line: line, columnIndex: fields.count + 1,
                                message: "text after a closing quote; a quote inside a quoted value is written as two quotes (\"\")"))
                        }
                        recordBroken = true
                        field.append(scalar)
                        state = .unquoted
                    }
                }
            }
            if state == .quoted {
                problems.append(CSVImportError(
                    file: file, line: quoteLine, columnIndex: fields.count + 1,
                    message: "a quote opened here is never closed; the rest of the file was read as part of this value"))
                return
            }
            // A last record without a line end; a file ending in a line end has nothing pending.
            if !(fields.isEmpty && field.isEmpty && state == .start) { endRecord() }
        }

        mutating func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            state = .start
        }

        mutating func endRecord() {
            endField()
            // Blank lines, and rows of nothing but separators that spreadsheets leave below
            // the data, are not records.
            if !recordBroken, !fields.allSatisfy(\.isEmpty) {
                records.append(Row(line: recordLine, fields: fields))
            }
            fields = []
            recordBroken = false
            line += 1
            recordLine = line
        }

        /// Splits the records into header and rows, and checks each row's field count.
        func table() -> CSVTable {
            var problems = self.problems
            guard let headerRecord = records.first else {
                if problems.isEmpty {
                    problems.append(CSVImportError(file: file, line: 1, message: "the file is empty; expected a header row naming the columns"))
                }
                return CSVTable(file: file, header: [], rows: [], problems: problems)
            }
            let header = headerRecord.fields.map(CSVTable.trimmed)
            // Problems found before the header was known get the column names now.
            for i in problems.indices where problems[i].line > headerRecord.line {
                if let index = problems[i].columnIndex, index <= header.count { problems[i].column = header[index - 1] }
            }
            var rows: [Row] = []
            for record in records.dropFirst() {
                if record.fields.count == header.count {
                    rows.append(record)
                } else {
                    problems.append(CSVImportError(
                        file: file, line: record.line,
                        message: "\(record.fields.count) values but the header has \(header.count) columns "
                            + "(\(header.joined(separator: ", "))); a value containing a comma must be in double quotes"))
                }
            }
            return CSVTable(file: file, header: header, headerLine: headerRecord.line, rows: rows, problems: problems)
        }
    }

    // MARK: Helpers

    /// Removes the spaces and tabs people type around values; they are never meaningful in a
    /// badge, a code or a quantity.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }
}
