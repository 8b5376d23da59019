internal import Foundation

/// The refusals about resolving anomalies both stores give, worded once.
enum AnomalyRules {
    static func checkNote(_ note: String) throws -> String {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            throw CentralStoreError(.unprocessable, "A resolution needs a note saying what was found.", advice: "Give one, e.g. --note \"两站同时领用，已补录\".")
        }
        return note
    }

    static func unknown(_ id: Int64) -> CentralStoreError {
        CentralStoreError(.notFound, "There is no anomaly \(id).", advice: "List them with `quartermaster central anomalies`.")
    }

    static func resolvedAlready(_ id: Int64, by: String) -> CentralStoreError {
        CentralStoreError(.conflict, "Anomaly \(id) was resolved already by \(by); nothing was changed.", advice: "List them with `quartermaster central anomalies` to read its resolution.")
    }
}
