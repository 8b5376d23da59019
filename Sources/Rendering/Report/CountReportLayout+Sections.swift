import QuartermasterCore

// MARK: - The figures and the exception lists

extension CountReportLayout {
    /// Totals, by location, by category, then moved, missing, surplus and disposed-seen.
    func placeTables(in flow: inout PageFlow) {
        place(totalsTable, title: word(\.totalsTitle), in: &flow)
        place(tallyTable(header: word(\.location), keys: chartLocations, tallies: reconciliation.byLocation) { code in
            let label = locationLabel(code)
            return label.name.isEmpty ? label.code : "\(label.code) \(label.name)"
        }, title: word(\.byLocationTitle), in: &flow)
        let categories = reconciliation.byCategory.keys.sorted { lhs, rhs in
            lhs.isEmpty != rhs.isEmpty ? !lhs.isEmpty : lhs < rhs
        }
        place(tallyTable(header: word(\.category), keys: categories, tallies: reconciliation.byCategory) { category in
            category.isEmpty ? word(\.uncategorised) : ReportText.printable(category)
        }, title: word(\.byCategoryTitle), in: &flow)
        place(movedTable, title: word(\.movedTitle), in: &flow)
        place(missingTable, title: word(\.missingTitle), in: &flow)
        place(seenTable(.surplus), title: word(\.surplusTitle), in: &flow)
        place(seenTable(.disposed), title: word(\.disposedTitle), in: &flow)
    }

    // MARK: Figures

    private var totalsTable: ReportTable {
        let total = reconciliation.total
        let outcomes: [(KeyPath<CountReportWords, BilingualText>, CountOutcome)] = [
            (\.found, .found), (\.moved, .moved), (\.missing, .missing), (\.surplus, .surplus), (\.disposed, .disposed),
        ]
        var rows = [ReportTable.Row(cells: [word(\.expected), ReportText.count(total.expected), ""])]
        rows += outcomes.map { key, outcome in
            ReportTable.Row(cells: [word(key), ReportText.count(total[outcome]), ReportText.money(cents: total.value(outcome))])
        }
        let value = CountOutcome.allCases.reduce(0) { $0 + total.value($1) }
        rows.append(ReportTable.Row(cells: [word(\.total), ReportText.count(total.total), ReportText.money(cents: value)], isTotal: true))
        let numbers = rows.map { $0.cells[1] }, money = rows.map { $0.cells[2] }
        return ReportTable(
            columns: [
                ReportColumn(word(\.outcome), .share(1)),
                ReportColumn(word(\.count), .fit(numbers, cap: 30), .trailing),
                ReportColumn(word(\.value), .fit(money, cap: 45), .trailing),
            ],
            rows: rows)
    }

    /// Counts by outcome, and what the deficit and surplus are worth, per location or category.
    private func tallyTable(
        header: String, keys: [String], tallies: [String: CountTally], name: (String) -> String
    ) -> ReportTable {
        func cells(_ first: String, _ tally: CountTally) -> [String] {
            [first, ReportText.count(tally.expected)]
                + [CountOutcome.found, .moved, .missing, .surplus, .disposed].map { ReportText.count(tally[$0]) }
                + [ReportText.money(cents: tally.value(.missing)), ReportText.money(cents: tally.value(.surplus))]
        }
        var rows = keys.map { ReportTable.Row(cells: cells(name($0), tallies[$0] ?? CountTally())) }
        rows.append(ReportTable.Row(cells: cells(word(\.total), reconciliation.total), isTotal: true))
        let headers = [word(\.expected), word(\.found), word(\.moved), word(\.missing), word(\.surplus), word(\.disposed)]
        var columns = [ReportColumn(header, .share(1))]
        for (index, heading) in headers.enumerated() {
            columns.append(ReportColumn(heading, .fit(rows.map { $0.cells[index + 1] }, cap: 16), .trailing))
        }
        columns.append(ReportColumn(word(\.missingValue), .fit(rows.map { $0.cells[7] }, cap: 26), .trailing))
        columns.append(ReportColumn(word(\.surplusValue), .fit(rows.map { $0.cells[8] }, cap: 26), .trailing))
        return ReportTable(columns: columns, rows: rows)
    }

    // MARK: Exceptions

    private func code(_ location: String?) -> String { ReportText.printable(location ?? "") }

    private func when(_ row: ReconciliationRow) -> String { row.time.map(timestamp.string(from:)) ?? "" }

    /// Moved: tag, name, registered at → found at, who, when, and whether the move was accepted.
    private var movedTable: ReportTable {
        let rows = reconciliation.rows(.moved).map { row in
            ReportTable.Row(cells: [
                ReportText.printable(row.tag), ReportText.printable(row.name),
                "\(code(row.expectedLocation)) → \(code(row.foundLocation))",
                ReportText.printable(row.countedBy ?? ""), when(row), row.moveAccepted ? word(\.yes) : "",
            ])
        }
        return ReportTable(
            columns: [
                ReportColumn(word(\.tag), .fit(rows.map { $0.cells[0] }, cap: 40)),
                ReportColumn(word(\.name), .share(1)),
                ReportColumn(word(\.registeredAt) + " → " + word(\.foundAt), .share(1.1)),
                ReportColumn(word(\.countedBy), .fit(rows.map { $0.cells[3] }, cap: 26)),
                ReportColumn(word(\.time), .fit(rows.prefix(1).map { $0.cells[4] }, cap: 30)),
                ReportColumn(word(\.accepted), .fit([word(\.yes)], cap: 16), .center),
            ],
            rows: rows)
    }

    /// Missing: tag, name, category, where it should have been, what it cost.
    private var missingTable: ReportTable {
        let rows = reconciliation.rows(.missing).map { row in
            ReportTable.Row(cells: [
                ReportText.printable(row.tag), ReportText.printable(row.name), ReportText.printable(row.category),
                code(row.expectedLocation), row.costCents.map { ReportText.money(cents: $0) } ?? "",
            ])
        }
        return ReportTable(
            columns: [
                ReportColumn(word(\.tag), .fit(rows.map { $0.cells[0] }, cap: 40)),
                ReportColumn(word(\.name), .share(1.4)),
                ReportColumn(word(\.category), .share(0.6)),
                ReportColumn(word(\.registeredAt), .share(0.8)),
                ReportColumn(word(\.value), .fit(rows.map { $0.cells[4] }, cap: 30), .trailing),
            ],
            rows: rows)
    }

    /// Surplus or disposed-seen: tag, name, where it was found, who, when.
    private func seenTable(_ outcome: CountOutcome) -> ReportTable {
        let rows = reconciliation.rows(outcome).map { row in
            ReportTable.Row(cells: [
                ReportText.printable(row.tag), ReportText.printable(row.name), code(row.foundLocation),
                ReportText.printable(row.countedBy ?? ""), when(row),
            ])
        }
        return ReportTable(
            columns: [
                ReportColumn(word(\.tag), .fit(rows.map { $0.cells[0] }, cap: 40)),
                ReportColumn(word(\.name), .share(1.4)),
                ReportColumn(word(\.foundAt), .share(0.8)),
                ReportColumn(word(\.countedBy), .fit(rows.map { $0.cells[3] }, cap: 26)),
                ReportColumn(word(\.time), .fit(rows.prefix(1).map { $0.cells[4] }, cap: 30)),
            ],
            rows: rows)
    }

    // MARK: Signatures

    /// The auditor's and the custodian's signature side by side, each with a date line, as on
    /// the cover sheet: the report becomes the record once both have signed.
    func placeSignatures(in flow: inout PageFlow) {
        let style = metrics.body.with(bold: true)
        let line = lineHeight(style)
        let rowHeight = metrics.signatureSpace + line
        flow.ensureRoom(for: 2 * rowHeight + metrics.rule)
        let half = (flow.contentWidth - 2 * metrics.columnGap) / 2
        let lefts = [flow.left, flow.left + half + 2 * metrics.columnGap]
        for (row, labels) in [[word(\.auditorSignature), word(\.custodianSignature)], [word(\.date), word(\.date)]].enumerated() {
            let y = flow.y + Double(row) * rowHeight + metrics.signatureSpace
            for (left, label) in zip(lefts, labels) {
                let width = min(naturalWidth(label, style) + 0.5, half * 0.6)
                var labelStyle = style
                labelStyle.maxLines = 1
                flow.add(.text(label, frame: Rect(x: left, y: y, width: width, height: line), style: labelStyle))
                flow.add(.line(
                    from: Point(x: left + width + metrics.columnGap, y: y + line), to: Point(x: left + half, y: y + line),
                    width: metrics.rule))
            }
        }
        flow.advance(by: 2 * rowHeight + metrics.rule)
    }
}
