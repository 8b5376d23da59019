extension PickupSlip {
    /// The slip for a pickup as it was recorded: the requisition's fields after it, the units
    /// this pickup handed out per line, and who was at the counter. A line neither picked now
    /// nor still owed is left off; a person not in the people list is shown by badge.
    ///
    /// - Parameters:
    ///   - requisition: the requisition after the pickup (its status and remaining units).
    ///   - items: the lines' items, for names, specs and units.
    public init(
        recording commit: PickupCommit, requisition: Requisition, items: [String: Item],
        applicant: Person?, keeper: Person?, recipient: Person?
    ) {
        let handedOut = Dictionary(commit.picks.map { ($0.itemCode, $0.quantity) }, uniquingKeysWith: +)
        let lines: [Line] = requisition.lines.compactMap { line in
            let now = handedOut[line.itemCode] ?? 0
            guard now > 0 || line.remaining > 0 else { return nil }
            let item = items[line.itemCode]
            return Line(
                itemCode: line.itemCode, name: item?.name ?? line.itemCode, spec: item?.spec ?? "",
                unit: item?.unit ?? "", approved: line.approved, picked: now, remaining: line.remaining)
        }
        self.init(
            requisitionNumber: requisition.number, applicantName: applicant?.name ?? requisition.applicantBadge,
            applicantBadge: requisition.applicantBadge, department: requisition.department, date: requisition.date,
            purpose: requisition.purpose, approver: requisition.approver, status: requisition.status, lines: lines,
            pickupTime: commit.time, keeperName: keeper?.name ?? commit.keeperBadge, keeperBadge: commit.keeperBadge,
            recipientName: recipient?.name ?? commit.recipientBadge, recipientBadge: commit.recipientBadge,
            station: commit.station)
    }
}
