/// The register's own kinds of cell: money and dates as spreadsheets (ours and Snipe-IT's) write them.
extension CSVValue {
    /// The most a single asset may cost, in cents: 10^12 cents is ten billion in the office's
    /// currency. A larger figure is a pasted serial number or a misplaced column, not a price.
    static let maximumCostCents = 1_000_000_000_000

    /// Currency signs a price may start with (Snipe-IT's reports put the currency first).
    static let currencySigns: Set<Character> = ["¥", "￥", "$", "€", "£"]

    /// A price in cents: `1234.56`, `1,234.56` (thousands grouped by commas, as Snipe-IT's export
    /// writes them), `1234`, optionally after a currency sign. Nil for an empty cell. Refused: a
    /// negative price, more than two decimals (a fraction of a cent), misplaced commas (`1,23`
    /// may be a European decimal comma) and anything above `maximumCostCents`.
    static func cents(_ text: String) -> Result<Int?, Message> {
        var rest = Substring(text.filter { $0 != " " })
        guard !rest.isEmpty else { return .success(nil) }
        if let first = rest.first, currencySigns.contains(first) { rest = rest.dropFirst() }
        if rest.first == "-" {
            return .failure(Message("\"\(text)\" is negative; a purchase cost is 0 or more"))
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else {
            return .failure(Message("\"\(text)\" is not a price (expected for example 1234.56 or 1,234.56)"))
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        let isDigits: (Substring) -> Bool = { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let grouped = groups.count == 1
            || (groups.allSatisfy(isDigits) && groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
        guard groups.allSatisfy(isDigits), grouped, fraction.isEmpty || isDigits(fraction) else {
            return .failure(Message("\"\(text)\" is not a price (expected for example 1234.56 or 1,234.56, with a point before the cents)"))
        }
        guard fraction.count <= 2 else {
            return .failure(Message("\"\(text)\" has more than two decimals; give the price to the cent"))
        }
        let digits = groups.joined() + fraction + String(repeating: "0", count: 2 - fraction.count)
        let trimmed = digits.drop { $0 == "0" }
        guard trimmed.count <= 13, let cents = Int(digits), cents <= maximumCostCents else {
            return .failure(Message("\"\(text)\" is more than the station accepts for one asset (at most \(maximumCostCents / 100)); check the figure and the column"))
        }
        return .success(cents)
    }

    /// A date: `YYYY-MM-DD`, as our files and Snipe-IT (its default date format) write it, also
    /// with a time after it (`2024-03-01 09:30:00`, Snipe-IT's timestamps; the time is dropped),
    /// or `YYYY/M/D` as a spreadsheet re-saves it. Nil for an empty cell. Day-first and
    /// month-first forms (`01/03/2024`) are refused: which is which cannot be told.
    static func date(_ text: String) -> Result<CalendarDate?, Message> {
        guard !text.isEmpty else { return .success(nil) }
        var day = Substring(text)
        if let space = day.firstIndex(of: " ") ?? day.firstIndex(of: "T"), day.distance(from: day.startIndex, to: space) == 10 {
            let time = day[day.index(after: space)...]
            guard time.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == ":" }), !time.isEmpty else {
                return .failure(Message(dateAdvice(text)))
            }
            day = day[..<space]
        }
        if let date = CalendarDate(String(day)) { return .success(date) }
        let parts = day.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
           parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
           let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
           let date = CalendarDate(year: year, month: month, day: dayOfMonth) {
            return .success(date)
        }
        return .failure(Message(dateAdvice(text)))
    }

    private static func dateAdvice(_ text: String) -> String {
        "\"\(text)\" is not a date the station can read without guessing; write it as YYYY-MM-DD (for example 2024-03-01)"
            + " — in Snipe-IT, set the date display format to Y-m-d before exporting"
    }
}
