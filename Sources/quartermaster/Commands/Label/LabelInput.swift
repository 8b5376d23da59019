import ArgumentParser
import Foundation
import QuartermasterCore

/// What `label render` and `label print` both read: `--set` fields, a CSV batch, and the
/// progress line a person watches while a long batch renders.
enum LabelInput {
    /// Batches this long show progress on standard error.
    static let progressThreshold = 50

    /// `--set` values as a dictionary; the first `=` splits name from value.
    static func fields(_ assignments: [String]) throws -> [String: String] {
        var fields: [String: String] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError("--set \(assignment): write it as FIELD=VALUE, e.g. --set tag=FA-000123.")
            }
            fields[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        return fields
    }

    /// A CSV batch, refused whole with a message when it cannot be read or has no rows.
    static func batch(_ path: String) throws -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("Cannot read the CSV file \(path). Check the path and permissions.")
        }
        let table = CSVTable(parsing: data, file: path)
        if let problem = table.problems.first {
            throw CommandFailure("\(path) cannot be read as CSV: \(problem). Fix the file and try again.")
        }
        guard !table.rows.isEmpty else { throw CommandFailure("\(path) has a header but no rows: there are no labels in it.") }
        return table
    }

    /// Progress on stderr for long batches, so a person sees a thousand labels moving.
    static func progress(total: Int) -> ((Int) -> Void)? {
        guard total >= progressThreshold else { return nil }
        let step = max(1, total / 20)
        return { done in
            guard done % step == 0 || done == total else { return }
            let line = "\rRendered \(done)/\(total) labels" + (done == total ? "\n" : "")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
