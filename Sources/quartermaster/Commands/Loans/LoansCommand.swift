import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster loans list|lend|return`: the loans the kiosk records, from the command line —
/// the overdue list for the office, and loans written up from paper when the kiosk was down.
struct LoansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loans",
        abstract: "Lendable equipment: list loans (overdue ones too), lend an asset, take one back.",
        discussion: """
            Lendable are assets in store or idle; in use, under repair and disposed ones are refused.
            Days are the station's (its time zone): a loan is overdue when its due date is before
            today and it has not come back.
            """,
        subcommands: [List.self, Lend.self, Return.self])

    /// Who does it, for the journal: `--actor`, or `--by` as `stock adjust` and `slip reprint` say.
    struct Actor: ParsableArguments {
        @Option(name: [.customLong("actor"), .customLong("by")],
                help: ArgumentHelp("Who hands the asset over or takes it back, for the journal (default: the login name).", valueName: "BADGE"))
        var badge: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List loans in the order lent: all, --out (not yet back) or --overdue (due before today, not back).",
            discussion: """
                Text for the terminal (names escaped), or --format csv with the columns
                tag,name,borrower_badge,borrower,lent_at,due,returned_at,overdue_days
                (times ISO-8601 UTC; overdue_days: days past due today while out, at the return once back, 0 if not late).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, csv
        }

        @Flag(help: "Only loans due before today and not returned, the longest overdue first.")
        var overdue = false

        @Flag(help: "Only loans not returned yet.")
        var out = false

        @Option(help: "Output format (text or csv).")
        var format: Format = .text

        @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        @Flag(help: "With --format csv: start with a UTF-8 byte order mark, so Excel reads Chinese text correctly.")
        var bom = false

        @OptionGroup var options: StationOptions

        func run() throws {
            let database = try options.openDatabase()
            let zone = database.stationTimeZone
            let today = CalendarDate(Date(), in: zone)
            let loans: [LoanListing]
            do {
                loans = try database.loans(outOnly: out, overdueOn: overdue ? today : nil)
            } catch {
                throw CommandFailure("The loans could not be read: \(error)")
            }
            let text = switch format {
            case .csv: LoansCSV.text(loans, today: today, timeZone: zone, byteOrderMark: bom)
            case .text: Self.lines(loans, today: today, timeZone: zone)
            }
            if let output {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure("Cannot write \(output): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }

        /// One line per loan, every name and code escaped: what a terminal may show.
        static func lines(_ loans: [LoanListing], today: CalendarDate, timeZone: TimeZone) -> String {
            guard !loans.isEmpty else { return "No loans.\n" }
            return loans.map { listing in
                let loan = listing.loan
                let late = loan.overdueDays(today: today, timeZone: timeZone)
                let state: String
                if let back = loan.returnedAt {
                    state = "returned \(CalendarDate(back, in: timeZone))" + (late > 0 ? ", \(Self.days(late)) late" : "")
                } else {
                    state = late > 0 ? "OUT, \(Self.days(late)) overdue" : "out"
                }
                let fields = [loan.tag, listing.assetName, "\(listing.borrowerName) (\(loan.borrowerBadge))",
                              "lent \(CalendarDate(loan.lentAt, in: timeZone))", "due \(loan.due)", state]
                return fields.map(TerminalText.escaped).joined(separator: "  ") + "\n"
            }.joined()
        }

        static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
    }

    struct Lend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lend an asset to a person until a date (a past date records a paper loan, overdue at once).")

        @Argument(help: "The asset's tag.")
        var tag: String

        @Argument(help: "The borrower's badge.")
        var badge: String

        @Option(help: ArgumentHelp("The expected return date, at most 365 days from today.", valueName: "YYYY-MM-DD"))
        var due: String

        @OptionGroup var actor: Actor
        @OptionGroup var options: StationOptions

        func validate() throws {
            guard CalendarDate(due) != nil else { throw ValidationError("--due \(due) is not a date: write it as YYYY-MM-DD (2024-03-15).") }
        }

        func run() throws {
            guard let dueDate = CalendarDate(due) else { return }
            let database = try options.openDatabase()
            let now = Date()
            let today = CalendarDate(now, in: database.stationTimeZone)
            if let refusal = LoanRules.refusal(due: dueDate, today: today) {
                throw CommandFailure("Not lent: " + refusal.text(.english))
            }
            let listing: LoanListing
            do {
                listing = try database.lend(LoanRequest(
                    tag: tag, borrowerBadge: badge, due: dueDate, lentBy: actor.badge, station: database.stationID, time: now))
            } catch {
                throw CommandFailure("Not lent: \(error)")
            }
            var line = "Lent \(listing.loan.tag) (\(listing.assetName)) to \(listing.borrowerName) (\(listing.loan.borrowerBadge)), due \(listing.loan.due)."
            if dueDate < today { line += " The due date is past: the loan is overdue already." }
            print(TerminalText.escaped(line))
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a lent asset back, as a scan at the kiosk would.")

        @Argument(help: "The asset's tag.")
        var tag: String

        @OptionGroup var actor: Actor
        @OptionGroup var options: StationOptions

        func run() throws {
            let database = try options.openDatabase()
            let now = Date()
            let listing: LoanListing
            do {
                listing = try database.returnLoan(LoanReturn(tag: tag, returnedBy: actor.badge, station: database.stationID, time: now))
            } catch {
                throw CommandFailure("Not returned: \(error)")
            }
            let late = listing.loan.overdueDays(today: CalendarDate(now, in: database.stationTimeZone), timeZone: database.stationTimeZone)
            let line = "Returned \(listing.loan.tag) (\(listing.assetName)) from \(listing.borrowerName) (\(listing.loan.borrowerBadge))"
                + (late > 0 ? ", \(List.days(late)) late." : ", on time.")
            print(TerminalText.escaped(line))
        }
    }
}
