internal import QuartermasterCore

/// The refusals about stations, and about admins (who hold tokens the same way), both stores
/// give, worded once.
enum StationRules {
    static func checkName(_ name: String) throws {
        try checkName(name, of: "station", example: "一楼库房 or branch-2")
    }

    /// A name at the centre is one line of printable text: it is shown in lists and logs.
    static func checkName(_ name: String, of what: String, example: String) throws {
        guard !name.isEmpty, !name.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) else {
            throw CentralStoreError(.invalidInput, "A \(what) name must be one line of text, not \"\(TerminalText.escaped(name))\".", advice: "Give the \(what) a short name such as \(example).")
        }
    }

    static func checkAdminName(_ name: String) throws {
        try checkName(name, of: "admin", example: "李娜 or it-ops")
    }

    static func adminNameTaken(_ name: String) -> CentralStoreError {
        CentralStoreError(.conflict, "An admin named \(TerminalText.escaped(name)) exists already.", advice: "Choose another name, or revoke the old admin first.")
    }

    static func unknownAdmin(_ name: String) -> CentralStoreError {
        CentralStoreError(.notFound, "There is no admin named \(TerminalText.escaped(name)) (or it is revoked already).", advice: "Check the name; `central admin add NAME` creates one.")
    }

    static func checkStationID(_ station: String) throws {
        guard !station.isEmpty, station.utf8.count <= 200 else {
            throw CentralStoreError(.invalidInput, "The enrolling station sent no usable id.", advice: "Enrol from the station with `quartermaster sync enrol URL CODE --data DIR`.")
        }
    }

    static func nameTaken(_ name: String) -> CentralStoreError {
        CentralStoreError(.conflict, "A station named \(TerminalText.escaped(name)) exists already.", advice: "Choose another name, or revoke the old station first.")
    }

    static func unknownStation(_ name: String) -> CentralStoreError {
        CentralStoreError(.notFound, "There is no station named \(TerminalText.escaped(name)) (or it is revoked already).", advice: "List the stations and check the name.")
    }

    static let codeRefused = CentralStoreError(
        .enrolmentRefused, "The enrolment code is not valid: it is mistyped, was used already, or its station was revoked.",
        advice: "Ask the administrator for a new code (`quartermaster central station add NAME`).")

    static func stationIDTaken(_ station: String, by name: String) -> CentralStoreError {
        CentralStoreError(
            .conflict, "Station id \(TerminalText.escaped(station)) is enrolled already as \(TerminalText.escaped(name)).",
            advice: "Revoke \(TerminalText.escaped(name)) first if this is the same machine re-enrolling.")
    }
}
