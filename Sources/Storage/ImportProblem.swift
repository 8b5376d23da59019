public import QuartermasterCore

/// Why an import recorded nothing: either the file has mistakes (every one listed with line
/// and column, so it can be fixed in one go), or the station could not do it (busy, disk
/// full). The two need different people and actions, so they stay apart.
public enum ImportProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's contents: bad values, or references to people or items the station lacks.
    case file(CSVImportFailure)
    /// The station itself.
    case station(StationProblem)

    public var description: String {
        switch self {
        case .file(let failure): "\(failure)\nNothing was imported: correct the file and import it again."
        case .station(let problem): problem.description
        }
    }
}
