// MARK: - SpreadsheetError

/// Why a workbook could not be written. A struct around a private enum (as Hummingbird and
/// ServiceLifecycle do) so new cases do not break callers; callers match on `code` and show
/// `description` to people: each message says what happened and what to do.
public struct SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, stable for matching in code and tests.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable, Hashable {
            case cannotWrite, invalidSheetName, textTooLong, numberTooLarge, tooManyCells, writeFailed
        }

        fileprivate let base: Base

        /// The file (or its temporary neighbour) could not be created, synced or renamed into place.
        public static let cannotWrite = Code(base: .cannotWrite)
        /// A sheet name a workbook cannot hold (empty, too long, `/`, a duplicate…).
        public static let invalidSheetName = Code(base: .invalidSheetName)
        /// A cell's text is longer than a spreadsheet cell holds.
        public static let textTooLong = Code(base: .textTooLong)
        /// A number a spreadsheet cannot hold exactly.
        public static let numberTooLarge = Code(base: .numberTooLarge)
        /// More rows or columns than a worksheet has.
        public static let tooManyCells = Code(base: .tooManyCells)
        /// libxlsxwriter refused an operation for a reason the checks before it did not foresee.
        public static let writeFailed = Code(base: .writeFailed)

        public var description: String { base.rawValue }
    }

    private enum Detail: Sendable, Hashable {
        case cannotWrite(path: String, reason: String)
        case invalidSheetName(name: String, reason: String)
        case textTooLong(place: CellPlace, length: Int)
        case numberTooLarge(place: CellPlace, value: String)
        case tooManyRows(sheet: String, count: Int)
        case tooManyColumns(sheet: String, count: Int)
        case writeFailed(path: String, operation: String, reason: String)
    }

    /// Where a bad cell is, as a person finds it in the sheet: row 1 is the header.
    struct CellPlace: Sendable, Hashable, CustomStringConvertible {
        var sheet: String
        var row: Int
        var column: String

        var description: String { "Sheet \"\(sheet)\", row \(row), column \"\(column)\"" }
    }

    private let detail: Detail

    private init(_ detail: Detail) { self.detail = detail }

    // MARK: Constructors (internal: only this module raises them)

    static func cannotWrite(_ path: String, reason: String) -> Self { Self(.cannotWrite(path: path, reason: reason)) }
    static func invalidSheetName(_ name: String, reason: String) -> Self { Self(.invalidSheetName(name: name, reason: reason)) }
    static func textTooLong(_ place: CellPlace, length: Int) -> Self { Self(.textTooLong(place: place, length: length)) }
    static func numberTooLarge(_ place: CellPlace, value: String) -> Self { Self(.numberTooLarge(place: place, value: value)) }
    static func tooManyRows(sheet: String, count: Int) -> Self { Self(.tooManyRows(sheet: sheet, count: count)) }
    static func tooManyColumns(sheet: String, count: Int) -> Self { Self(.tooManyColumns(sheet: sheet, count: count)) }
    static func writeFailed(_ path: String, operation: String, reason: String) -> Self {
        Self(.writeFailed(path: path, operation: operation, reason: reason))
    }

    // MARK: Reading

    public var code: Code {
        switch detail {
        case .cannotWrite: .cannotWrite
        case .invalidSheetName: .invalidSheetName
        case .textTooLong: .textTooLong
        case .numberTooLarge: .numberTooLarge
        case .tooManyRows, .tooManyColumns: .tooManyCells
        case .writeFailed: .writeFailed
        }
    }

    /// What happened and what to do about it.
    public var description: String {
        switch detail {
        case let .cannotWrite(path, reason):
            "Cannot write \(path): \(reason); check the folder exists and is writable."
        case let .invalidSheetName(name, reason):
            "The sheet name \"\(name)\" cannot be used in a workbook: \(reason). Choose another name."
        case let .textTooLong(place, length):
            "\(place) holds \(length) characters, but a spreadsheet cell holds at most "
                + "\(SpreadsheetLimits.textLength). Export as CSV instead, which has no such limit."
        case let .numberTooLarge(place, value):
            "\(place) holds \(value), which a spreadsheet cannot store exactly (its numbers are exact only up to "
                + "\(SpreadsheetLimits.exactInteger) in size). Export as CSV instead."
        case let .tooManyRows(sheet, count):
            "Sheet \"\(sheet)\" has \(count) rows, but a worksheet holds at most \(SpreadsheetLimits.rows - 1) "
                + "below its header. Export as CSV instead."
        case let .tooManyColumns(sheet, count):
            "Sheet \"\(sheet)\" has \(count) columns, but a worksheet holds at most \(SpreadsheetLimits.columns). "
                + "Export as CSV instead."
        case let .writeFailed(path, operation, reason):
            "The workbook \(path) could not be written: libxlsxwriter reported \"\(reason)\" while \(operation). "
                + "Try again; if it persists, export as CSV and tell the administrator."
        }
    }
}
