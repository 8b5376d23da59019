internal import QuartermasterCore

/// Reference data rules both stores share.
enum ReferenceRules {
    /// Pages hold 1 … 1,000 changes: a station 90 days behind catches up in many small
    /// transactions rather than one that holds the whole register.
    static let maximumPage = 1000

    static func pageSize(_ limit: Int) -> Int { min(max(limit, 1), maximumPage) }

    static func check(_ update: ReferenceUpdate) throws {
        guard !update.key.isEmpty else {
            throw CentralStoreError(.invalidInput, "A \(update.kind.rawValue) needs a key (badge, code, number or tag).", advice: "Give the record's key and send it again.")
        }
    }

    /// Refuses a conditional write whose key no longer holds what the admin read.
    static func check(current: Int64?, expected: ReferenceExpectation, _ update: ReferenceUpdate) throws {
        switch (expected, current) {
        case (.absent, nil): return
        case (.at(let cursor), let current?) where current == cursor: return
        case (.absent, _?):
            throw CentralStoreError(.conflict, "A \(update.kind.rawValue) \(TerminalText.escaped(update.key)) exists already; nothing was stored.", advice: "Choose another number or code, or change the existing one.")
        default:
            throw CentralStoreError(
                .conflict, "The \(update.kind.rawValue) \(TerminalText.escaped(update.key)) changed while this request was made; nothing was stored.",
                advice: "Read it again and repeat the change.")
        }
    }

    /// Where a record put for `site` leaves a departure: the site it was for (nil: every site),
    /// when that is not `site`. A record put for every site leaves none: every station pulls it.
    static func departure(from previous: String?, to site: String) -> (from: String?, to: String)? {
        previous == site ? nil : (previous, site)
    }

    /// `fetched` holds up to `limit + 1` changes: one more than the page says another follows.
    static func page(_ fetched: [ReferenceChange], after cursor: Int64, limit: Int) -> ReferencePage {
        let changes = Array(fetched.prefix(limit))
        return ReferencePage(changes: changes, cursor: changes.last?.cursor ?? cursor, more: fetched.count > limit)
    }
}
