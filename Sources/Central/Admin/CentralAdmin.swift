public import Foundation
public import QuartermasterCore

/// What an administrator does at the centre, worded once for the admin API and the `central`
/// CLI (both call these methods, so a rule holds the same over HTTP and in a terminal). Every
/// record an admin puts goes through `CentralStore.putReference`, so the stations pull it.
/// Refusals are `CentralStoreError`s saying what happened and what to do.
public struct CentralAdmin: Sendable {
    public let store: any CentralStore
    /// Who is acting: stored with what they resolve, and the default approver's name.
    public let admin: String
    let now: @Sendable () -> Date

    public init(store: any CentralStore, admin: String, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.admin = admin
        self.now = now
    }

    // MARK: Requisitions

    /// Files a draft requisition; refuses a number taken (409), an unknown requester or item,
    /// a quantity outside 1 … `QuantityLimit.maximum`, an item on two lines (422).
    public func createRequisition(_ draft: RequisitionDraft) async throws -> Requisition {
        let number = try AdminRules.key(draft.number, "requisition number", example: "YPQ-2026-001")
        let department = try AdminRules.text(draft.department, "department", example: "行政部")
        let date = try draft.date.map { try AdminRules.date($0, "date") } ?? AdminRules.today(now())
        let requester = try await requirePerson(draft.requesterBadge, as: "requester")
        guard !draft.lines.isEmpty else {
            throw CentralStoreError(.unprocessable, "Requisition \(TerminalText.escaped(number)) has no lines.", advice: "Give at least one line of item code and quantity.")
        }
        var lines: [RequisitionLine] = []
        for line in draft.lines {
            try AdminRules.quantity(line.quantity, item: line.itemCode)
            guard !lines.contains(where: { $0.itemCode == line.itemCode }) else {
                throw CentralStoreError(
                    .unprocessable, "Item \(TerminalText.escaped(line.itemCode)) is on two lines of requisition \(TerminalText.escaped(number)).",
                    advice: "Put each item on one line with the whole quantity.")
            }
            _ = try await requireItem(line.itemCode)
            lines.append(RequisitionLine(itemCode: line.itemCode, requested: line.quantity, approved: 0))
        }
        let requisition = Requisition(
            number: number, applicantBadge: requester.badge, department: department, date: date, purpose: draft.purpose ?? "",
            approver: "", status: .draft, lines: lines)
        _ = try await store.putReference(
            ReferenceUpdate(kind: .requisition, key: number, site: draft.site, body: try ReferenceBody.json(requisition)), expecting: .absent)
        return requisition
    }

    /// Approves a draft: every line approved as requested; refuses one already decided (409).
    public func approve(_ number: String, _ approval: RequisitionApproval = .init()) async throws -> Requisition {
        try await decide(number) { requisition in
            guard requisition.status == .draft else { throw AdminRules.decided(requisition) }
            requisition.status = .approved
            requisition.approver = approval.approver.flatMap { $0.isEmpty ? nil : $0 } ?? admin
            requisition.rejectionReason = nil
            for index in requisition.lines.indices { requisition.lines[index].approved = requisition.lines[index].requested }
        }
    }

    /// Rejects a draft, or an approved requisition no station has reported a pickup against,
    /// with the reason the station shows when it is scanned. (A station that picked before its
    /// pickup reached the centre keeps its copy: its picks are facts.)
    public func reject(_ number: String, _ rejection: RequisitionRejection) async throws -> Requisition {
        let reason = try AdminRules.text(rejection.reason, "rejection reason", example: "超出季度预算")
        let picked = try await store.pickedUp(requisition: number)
        return try await decide(number) { requisition in
            guard requisition.status == .draft || (requisition.status == .approved && !picked) else {
                throw AdminRules.decided(requisition)
            }
            requisition.status = .rejected
            requisition.approver = rejection.approver.flatMap { $0.isEmpty ? nil : $0 } ?? admin
            requisition.rejectionReason = reason
            for index in requisition.lines.indices { requisition.lines[index].approved = 0 }
        }
    }

    public func requisitions() async throws -> [Requisition] {
        try await store.referenceRecords(.requisition).compactMap { record in
            try record.body.map { try ReferenceBody.decode(Requisition.self, from: $0) }
        }
    }

    /// Reads, changes and writes back one requisition, refused if another change came between.
    private func decide(_ number: String, _ change: (inout Requisition) throws -> Void) async throws -> Requisition {
        guard let record = try await store.referenceRecord(.requisition, key: number), let body = record.body else {
            throw CentralStoreError(.notFound, "There is no requisition \(TerminalText.escaped(number)) at the centre.", advice: "List them with `quartermaster central requisition list`.")
        }
        var requisition = try ReferenceBody.decode(Requisition.self, from: body)
        try change(&requisition)
        _ = try await store.putReference(
            ReferenceUpdate(kind: .requisition, key: number, site: record.site, body: try ReferenceBody.json(requisition)), expecting: .at(record.cursor))
        return requisition
    }

    // MARK: People, items, locations, assets, invites, campaigns

    /// Adds or changes a person and their roles; `active: false` disables a leaver's badge.
    @discardableResult
    public func put(person: Person, site: String? = nil) async throws -> Person {
        // Any shape the stations take (an employee number such as 100231 is the usual one,
        // E1001 the demo's): stations recognise a badge by what their database says it is.
        _ = try AdminRules.key(person.badge, "badge", example: "100231")
        _ = try AdminRules.text(person.name, "name", example: "张伟")
        _ = try AdminRules.text(person.department, "department", example: "行政部")
        try await store.put(person: person, site: site)
        return person
    }

    /// Adds or changes an item and its threshold (the reorder point).
    @discardableResult
    public func put(item: Item, site: String? = nil) async throws -> Item {
        _ = try AdminRules.key(item.code, "item code", example: "A4-70G")
        _ = try AdminRules.text(item.name, "item name", example: "A4复印纸")
        guard (0...QuantityLimit.maximum).contains(item.threshold), (0...QuantityLimit.maximum).contains(item.stock) else {
            throw CentralStoreError(
                .unprocessable, "Item \(TerminalText.escaped(item.code)) has threshold \(item.threshold) and stock \(item.stock); each must be 0 to \(QuantityLimit.maximum).",
                advice: "Give the reorder point in the item's unit.")
        }
        try await store.put(item: item, site: site)
        return item
    }

    @discardableResult
    public func put(location: Location, site: String? = nil) async throws -> Location {
        _ = try AdminRules.key(location.code, "location code", example: "LOC-HQ-3F-301")
        _ = try AdminRules.text(location.name, "location name", example: "总部 3楼 301 会议室")
        if let parent = location.parentCode { try await requireLocation(parent) }
        try await store.put(location: location, site: site)
        return location
    }

    @discardableResult
    public func put(asset: Asset, site: String? = nil) async throws -> Asset {
        _ = try AdminRules.key(asset.tag, "asset tag", example: "FA-000123")
        _ = try AdminRules.text(asset.name, "asset name", example: "联想笔记本电脑")
        if let location = asset.locationCode { try await requireLocation(location) }
        if let cost = asset.costCents, cost < 0 {
            throw CentralStoreError(.unprocessable, "Asset \(TerminalText.escaped(asset.tag)) has a negative cost.", advice: "Give the purchase cost in fen (cents), 0 or more.")
        }
        try await store.put(asset: asset, site: site)
        return asset
    }

    @discardableResult
    public func put(invite: CentralInvite) async throws -> CentralInvite {
        _ = try AdminRules.key(invite.code, "invite code", example: "INV-7K2M9Q")
        _ = try AdminRules.text(invite.visitorName, "visitor name", example: "王芳")
        _ = try await requirePerson(invite.hostBadge, as: "host")
        try await store.put(.invite, key: invite.code, site: invite.site, value: invite)
        return invite
    }

    @discardableResult
    public func put(campaign: CountCampaign) async throws -> CountCampaign {
        _ = try AdminRules.key(campaign.id, "campaign id", example: "2026-Q4-总部")
        _ = try AdminRules.text(campaign.name, "campaign name", example: "2026年第四季度盘点")
        guard !campaign.locations.isEmpty else {
            throw CentralStoreError(.unprocessable, "Campaign \(TerminalText.escaped(campaign.id)) names no locations.", advice: "Give the location codes to count.")
        }
        guard campaign.starts <= campaign.ends else {
            throw CentralStoreError(.unprocessable, "Campaign \(TerminalText.escaped(campaign.id)) ends (\(campaign.ends)) before it starts (\(campaign.starts)).", advice: "Give the first and the last day of the count.")
        }
        for location in campaign.locations { try await requireLocation(location) }
        try await store.put(.campaign, key: campaign.id, site: campaign.site, value: campaign)
        return campaign
    }

    /// Withdraws a person (their badge is disabled at the stations), an item, a location, an
    /// asset, an invite (unused, it opens nothing any more) or a campaign: the stations of the
    /// site it was for mark it withdrawn and never delete it. A location still holding assets
    /// or rooms is refused until they are moved; a requisition is rejected, not withdrawn.
    public func withdraw(_ kind: ReferenceKind, key: String) async throws {
        guard kind != .requisition else {
            throw CentralStoreError(.unprocessable, "A requisition is not withdrawn.", advice: "Reject it with a reason instead (`quartermaster central requisition reject`).")
        }
        guard let record = try await store.referenceRecord(kind, key: key), record.body != nil else {
            throw CentralStoreError(
                .notFound, "There is no \(kind.rawValue) \(TerminalText.escaped(key)) at the centre to withdraw.",
                advice: "Check the key; one already withdrawn stays withdrawn.")
        }
        if kind == .location {
            let held = try await store.referenceRecords(.asset).compactMap { record -> String? in
                guard let body = record.body, let asset = try? ReferenceBody.decode(Asset.self, from: body), asset.locationCode == key else { return nil }
                return asset.tag
            } + store.referenceRecords(.location).compactMap { record -> String? in
                guard let body = record.body, let location = try? ReferenceBody.decode(Location.self, from: body), location.parentCode == key else { return nil }
                return location.code
            }
            guard held.isEmpty else {
                let named = held.sorted().prefix(5).joined(separator: ", ") + (held.count > 5 ? " and \(held.count - 5) more" : "")
                throw CentralStoreError(
                    .conflict, "Location \(TerminalText.escaped(key)) still holds \(TerminalText.escaped(named)); nothing was withdrawn.",
                    advice: "Move them to another location first (`quartermaster central put`), then withdraw it.")
            }
        }
        _ = try await store.putReference(ReferenceUpdate(kind: kind, key: key, site: record.site, body: nil), expecting: .at(record.cursor))
    }

    public func campaigns() async throws -> [CountCampaign] {
        try await store.referenceRecords(.campaign).compactMap { record in
            try record.body.map { try ReferenceBody.decode(CountCampaign.self, from: $0) }
        }
    }

    /// Every invite the centre issued, by code: open, used at a reception (which one, and how
    /// its visit stands), or withdrawn by an admin.
    public func invites() async throws -> [InviteStanding] {
        var used: [String: CentralVisit] = [:]
        for visit in try await store.visits() where visit.usedItsInvite {
            guard let code = visit.invite else { continue }
            // One visitor, one use; were there two, the first reception by name is shown.
            if let shown = used[code], shown.station <= visit.station { continue }
            used[code] = visit
        }
        return try await store.referenceRecords(.invite).map { record in
            if let visit = used[record.key] {
                return InviteStanding(code: record.key, site: record.site, state: .used, station: visit.station, visitStatus: visit.status)
            }
            guard let body = record.body else { return InviteStanding(code: record.key, site: record.site, state: .withdrawn) }
            return InviteStanding(code: record.key, site: record.site, state: .open, invite: try ReferenceBody.decode(CentralInvite.self, from: body))
        }
    }

    // MARK: Anomalies

    public func anomalies(openOnly: Bool = false) async throws -> [CentralAnomaly] {
        try await store.anomalies().filter { !openOnly || $0.isOpen }
    }

    public func resolveAnomaly(_ id: Int64, note: String) async throws -> CentralAnomaly {
        try await store.resolveAnomaly(id: id, by: admin, note: note)
    }

    // MARK: Lookups the rules need

    private func requirePerson(_ badge: String, as role: String) async throws -> Person {
        guard let body = try await store.referenceRecord(.person, key: badge)?.body else {
            throw CentralStoreError(
                .unprocessable, "The \(role) \(TerminalText.escaped(badge)) is not a person the centre knows.",
                advice: "Add them first (`quartermaster central put person`), or check the badge number.")
        }
        return try ReferenceBody.decode(Person.self, from: body)
    }

    private func requireItem(_ code: String) async throws -> Item {
        guard let body = try await store.referenceRecord(.item, key: code)?.body else {
            throw CentralStoreError(
                .unprocessable, "Item \(TerminalText.escaped(code)) is not an item the centre knows.",
                advice: "Check the item code, or add the item first (`quartermaster central put item`).")
        }
        return try ReferenceBody.decode(Item.self, from: body)
    }

    private func requireLocation(_ code: String) async throws {
        guard try await store.referenceRecord(.location, key: code)?.body != nil else {
            throw CentralStoreError(
                .unprocessable, "Location \(TerminalText.escaped(code)) is not a location the centre knows.",
                advice: "Add the location first (`quartermaster central put location`), or check its code.")
        }
    }
}
