import Foundation

// MARK: - Scans

extension LoanJob {
    mutating func scanned(_ scan: ResolvedScan, context: JobContext) -> Reply? {
        switch scan {
        case .asset(let asset):
            return checkIn(asset, context: context)
        case .otherKind(.assetTag, let tag), .notFound(.assetTag, let tag):
            return .refuse(.unknownTag(tag))
        case .quantity(let days):
            guard let asset = pendingAsset else { return .refuse(.scanAssetFirst) }
            if let refusal = LoanRules.refusal(days: days) { return .refuse(.refused(refusal)) }
            pendingDays = days
            return .say(.scanBorrower(asset: asset.name, tag: asset.tag, days: days, due: board?.today.adding(days: days)))
        case .badge(let person):
            guard let asset = pendingAsset else {
                // Nothing waits for a borrower: a keeper's badge is the router's (taking over
                // the station), as in the pickup; anyone else came before their asset.
                let routers = person.badge == context.person.badge || !person.active || person.has(Self.card.requiredRole)
                return routers ? nil : .refuse(.scanAssetFirst)
            }
            guard person.active else { return .refuse(.borrowerInactive(name: person.name)) }
            return .perform(.lend(
                tag: asset.tag, borrowerBadge: person.badge, days: pendingDays ?? LoanRules.defaultDays,
                lentBy: context.person.badge, station: context.station, time: context.time))
        case .requisition, .item, .location, .mode, .notFound, .invalid, .unavailable, .otherKind:
            return nil
        }
    }

    /// The store decides whether the asset is out (only it knows the open loans): out, it comes
    /// back at once; in, it waits for its borrower.
    private mutating func checkIn(_ asset: Asset, context: JobContext) -> Reply {
        if let pending = pendingAsset {
            if pending.tag == asset.tag { return .say(.alreadyWaiting(asset: pending.name, tag: pending.tag)) }
            return .refuse(.finishFirst(asset: pending.name, tag: pending.tag))
        }
        return .perform(.checkIn(LoanReturn(tag: asset.tag, returnedBy: context.person.badge, station: context.station, time: context.time)))
    }
}

// MARK: - Keys

extension LoanJob {
    mutating func pressed(_ key: JobKey, context: JobContext) -> Reply? {
        switch key {
        case .undo:
            if pendingDays != nil, let asset = pendingAsset {
                pendingDays = nil
                return .say(.scanBorrower(asset: asset.name, tag: asset.tag, days: LoanRules.defaultDays,
                                          due: board?.today.adding(days: LoanRules.defaultDays)))
            }
            return letGo()
        case .cancel:
            return letGo()
        case .accept:
            guard pendingAsset == nil else { return nil }
            return .perform(.showOverdue(at: context.time))
        }
    }

    /// Lets the waiting asset go: nothing was recorded for it.
    private mutating func letGo() -> Reply? {
        guard let asset = pendingAsset else { return nil }
        interrupt()
        return .say(.notLent(asset: asset.name, tag: asset.tag))
    }
}

// MARK: - Answers

extension LoanJob {
    mutating func answered(_ answer: LoanAnswer) -> Reply {
        switch answer {
        case .checkedIn(.returned(let listing), let board):
            if let board { self.board = board }
            let today = self.board?.today ?? listing.loan.due
            let late = max(0, today.days(since: listing.loan.due))
            return .say(.returned(asset: listing.assetName, tag: listing.loan.tag, borrower: listing.borrowerName, overdueDays: late))
        case .checkedIn(.notOut(let asset), let board):
            if let board { self.board = board }
            if let refusal = LoanRules.refusal(for: asset) { return .refuse(.refused(refusal)) }
            pendingAsset = asset
            pendingDays = nil
            return .say(.scanBorrower(asset: asset.name, tag: asset.tag, days: LoanRules.defaultDays,
                                      due: self.board?.today.adding(days: LoanRules.defaultDays)))
        case .lent(let listing, let board):
            if let board { self.board = board }
            interrupt()
            return .say(.lent(asset: listing.assetName, tag: listing.loan.tag, borrower: listing.borrowerName, due: listing.loan.due))
        case .board(let board):
            self.board = board
            return .say(.overdueShown(count: board.overdue.count, today: board.today))
        case .refused(let problem):
            return .refuse(.notRecorded(problem))
        case .boardUnavailable(let problem):
            return .refuse(.overdueUnavailable(problem))
        }
    }
}
