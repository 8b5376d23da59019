/// What the count report reads of the stations' count events, decoded leniently as
/// `LedgerPayloads` are: fields it does not need, and fields a newer station adds, are ignored.
enum CountReportFacts {
    /// One session as its events tell it.
    struct Session {
        var station: String
        /// The campaign its `count.opened` names.
        var campaign: Opened.Campaign?
        /// The locations its `count.opened` covered, and any a scan named.
        var locations: Set<String> = []
        var scanned: Set<String> = []
        /// Outcome counts per location where the tag was scanned.
        var tally: [String: [String: Int]] = [:]
    }

    /// `count.opened`: the session's id and campaign, and every location its scope covers.
    struct Opened: Decodable {
        struct Campaign: Decodable {
            var id: String
            var name: String?
        }
        struct Session: Decodable {
            var id: String
            var campaign: Campaign?
        }
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
