import ArgumentParser
import Central
import Foundation
import QuartermasterCore
import Spreadsheet

/// `quartermaster central report consumption|count-accuracy|visitors --format csv|xlsx --output FILE`:
/// the same tables as `GET /v1/admin/reports/…`, by the same code (`CentralReports`).
struct CentralReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Monthly consumption, count accuracy or visitors per day, as CSV or an Excel workbook.",
        discussion: """
            consumption --month YYYY-MM: units picked up, by the requisition's
            department and item. Columns:
              month,department,item_code,item_name,unit,quantity,pickups
            count-accuracy [--session ID] [--campaign ID]: per count campaign,
            session and location (campaign empty for a session no campaign
            covered); missing compares the centre's asset register with the
            tags scanned.
              campaign,campaign_name,session,station,location,location_name,
              found,moved,missing,surplus,disposed
            visitors --month YYYY-MM: visits per day, each in its last state.
              date,visits,arrived,on_site,left,not_signed_out,no_show,refused,expected

            Months are calendar months in the centre's time zone (TZ, else the
            machine's), or in --time-zone's. CSV is RFC 4180 in UTF-8 without a
            byte order mark (--bom adds one for Excel), to standard output or
            --output FILE; xlsx needs --output.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case consumption
        case countAccuracy = "count-accuracy"
        case visitors
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xlsx
    }

    @Argument(help: "consumption, count-accuracy or visitors.")
    var kind: Kind
    @Option(help: ArgumentHelp("The month (consumption, visitors).", valueName: "YYYY-MM"))
    var month: String?
    @Option(help: ArgumentHelp("The month's time zone, an IANA name such as Asia/Taipei (default: TZ, else the machine's).", valueName: "ZONE"))
    var timeZone: String?
    @Option(help: ArgumentHelp("Only this count session (count-accuracy).", valueName: "ID"))
    var session: String?
    @Option(help: ArgumentHelp("Only this count campaign's sessions (count-accuracy).", valueName: "ID"))
    var campaign: String?
    @Option(help: "csv or xlsx.")
    var format: Format = .csv
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (required for xlsx).", valueName: "FILE"))
    var output: String?
    @Flag(help: "Start the CSV with a UTF-8 byte order mark, so Excel reads Chinese text correctly.")
    var bom = false
    @OptionGroup var central: CentralDatabaseOptions

    func validate() throws {
        if format == .xlsx, output == nil {
            throw ValidationError("An xlsx workbook is a binary file and is not written to standard output: add --output FILE.xlsx.")
        }
        if kind != .countAccuracy, month == nil {
            throw ValidationError("The \(kind.rawValue) report needs --month YYYY-MM, e.g. --month 2026-11.")
        }
    }

    func run() async throws {
        let reports = CentralReports(store: try await central.open())
        let table: ExportTable
        switch kind {
        case .consumption: table = try await reports.consumption(month: try ReportMonth(month ?? "", timeZone: try ReportMonth.timeZone(named: timeZone)))
        case .countAccuracy: table = try await reports.countAccuracy(session: session, campaign: campaign)
        case .visitors: table = try await reports.visitorsPerDay(month: try ReportMonth(month ?? ""))
        }
        switch format {
        case .csv:
            var out = try ReportFileOutput(path: output)
            out.write(CSVWriter.document(table, byteOrderMark: bom))
            try out.finish()
        case .xlsx:
            do {
                try SpreadsheetWriter.write(table, to: output ?? "")
            } catch {
                throw CommandFailure("The report could not be written: \(error.description)")
            }
        }
    }
}
