/// What the count report reads of the stations' count events, decoded leniently as
/// `LedgerPayloads` are: fields it does not need, and fields a newer station adds, are ignored.
enum CountReportFacts {
    /// One session as its events tell it.
    struct Session {
        var station: String
        /// The locations its `count.opened` covered, and any a scan named.
        var locations: Set<String> = []
        var scanned: Set<String> = []
        /// Outcome counts per location where the tag was scanned.
        var tally: [String: [String: Int]] = [:]
    }

    /// `count.opened`: the session's id and every location its scope covers.
    struct Opened: Decodable {
        struct Session: Decodable { var id: String }
        var session: Session
        var locations: [String]
    }

    /// `count.scanned` (the core's `CountScan`): where the tag was and what it meant.
    struct Scan: Decodable {
        var session: String
        var tag: String
        var locationCode: String
        var outcome: String
    }
}
