import ArgumentParser
import Foundation
import QuartermasterCore
import Rendering
import Storage

/// `quartermaster visitors invite|onsite|signout|close|purge`: reception from the command line —
/// a host's invite ahead of the visit, the roll call, a sign-out by staff, the closing-time
/// sweep and the retention purge.
struct VisitorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visitors",
        abstract: "Visitors: invite, list who is on site, sign out, close open visits, anonymise old ones.",
        discussion: """
            At the kiosk (F11, QM-MODE-RECEPTION, @reception) visitors sign in by scanning their invite
            or by typing their details, and sign out by scanning their badge.
            """,
        subcommands: [Invite.self, Onsite.self, Signout.self, Close.self, Purge.self, Deny.self])

    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a visit ahead; prints the invite code alone on its last line.",
            discussion: "The code is valid on --date only, and once. --qr writes it as a QR code (PNG or PDF, by the file's extension) to send to the visitor.")

        @Option(help: "The visitor's name.") var name: String
        @Option(help: "The visitor's company.") var company: String
        @Option(help: ArgumentHelp("The host's badge.", valueName: "BADGE")) var host: String
        @Option(help: ArgumentHelp("The day of the visit.", valueName: "YYYY-MM-DD")) var date: String
        @Option(help: "What the visit is for.") var purpose: String = ""
        @Option(help: ArgumentHelp("Also write the invite as a QR code to this .png or .pdf file.", valueName: "FILE")) var qr: String?
        @OptionGroup var options: StationOptions

        func run() throws {
            guard let day = CalendarDate(date) else { throw CommandFailure("--date \(date) is not a date: give it as YYYY-MM-DD.") }
            let format: LabelFormat? = try qr.map { path in
                switch URL(fileURLWithPath: path).pathExtension.lowercased() {
                case "png": return .png
                case "pdf": return .pdf
                default: throw CommandFailure("--qr \(path): write the QR code to a .png or .pdf file.")
                }
            }
            let database = try options.openDatabase()
            let visit = try database.invite(name: name, company: company, purpose: purpose, hostBadge: host, date: day, time: Date())
            let code = visit.inviteCode ?? ""
            if let qr, let format {
                do {
                    let template = try LabelTemplate(yaml: Self.qrTemplate, source: "invite QR")
                    try LabelRenderer.write(try LabelRenderer(template: template).render(["code": code, "date": day.description], as: format), to: qr)
                } catch {
                    throw CommandFailure("The invite \(code) is registered, but its QR code could not be written to \(qr): \(error)")
                }
                print(TerminalText.escaped("QR code written to \(qr)."))
            }
            print(TerminalText.escaped("Invited \(visit.name) for \(day)."))
            print(code)
        }

        /// A 40 × 46 mm card: the invite's QR and its code below it.
        static let qrTemplate = """
            name: invite-qr
            size: { width: 40, height: 46 }
            dpi: 300
            elements:
              - type: qr
                data: "{code}"
                level: quartile
                box: { x: 3, y: 2, width: 34, height: 34 }
              - type: text
                text: "{code}"
                box: { x: 1, y: 37, width: 38, height: 4 }
                size: 8
                align: center
              - type: text
                text: "{date}"
                box: { x: 1, y: 41.5, width: 38, height: 4 }
                size: 7
                align: center
            """
    }

    struct Onsite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The roll call: visitors on site now, the earliest arrival first.",
            discussion: "Text for the terminal (escaped), or --format csv with name,company,host,host_badge,purpose,arrived,badge_code (arrived ISO-8601 UTC).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

        @Option(help: "Output format (text or csv).") var format: Format = .text
        @OptionGroup var options: StationOptions

        func run() throws {
            let list = try options.openDatabase().onSite()
            let iso = ISO8601DateFormatter()
            switch format {
            case .csv:
                let rows = list.map { l in
                    [l.visit.name, l.visit.company, l.hostName, l.visit.hostBadge, l.visit.purpose,
                     l.visit.arrival.map { iso.string(from: $0) } ?? "", l.visit.badgeCode ?? ""]
                }
                FileHandle.standardOutput.write(Data(CSVWriter.document(
                    header: ["name", "company", "host", "host_badge", "purpose", "arrived", "badge_code"], rows: rows).utf8))
            case .text:
                print(TerminalText.escaped("On site: \(list.count)"))
                for l in list {
                    print(TerminalText.escaped("\(l.visit.name)  \(l.visit.company)  host \(l.hostName)  since \(l.visit.arrival.map { iso.string(from: $0) } ?? "?")  \(l.visit.badgeCode ?? "")"))
                }
            }
        }
    }

    struct Deny: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put a person on the deny list: their sign-in becomes \"please see reception\" and staff are told.",
            discussion: "Names match whatever their case, width (全角) or spacing; give every alias the person goes by.")

        @Argument(help: ArgumentHelp("The person's name.", valueName: "NAME")) var name: String
        @Option(name: .customLong("alias"), parsing: .singleValue, help: ArgumentHelp("Another name they go by, repeatable.", valueName: "NAME"))
        var aliases: [String] = []
        @Option(help: ArgumentHelp("Why, for staff (never shown to the visitor).", valueName: "TEXT")) var note: String = ""
        @OptionGroup var options: StationOptions

        func run() throws {
            do {
                try options.openDatabase().denyVisitor(names: [name] + aliases, note: note)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("The deny-list entry was not added: \(error)")
            }
            print(TerminalText.escaped("On the deny list: \(([name] + aliases).joined(separator: ", "))."))
        }
    }

    struct Signout: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sign a visit out by its badge code (reception staff, for a visitor who left without scanning).")

        @Argument(help: ArgumentHelp("The badge's code (VB-…).", valueName: "CODE")) var code: String
        @Option(name: [.customLong("actor"), .customLong("by")], help: ArgumentHelp("Who signs the visit out, for the journal.", valueName: "BADGE"))
        var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"
        @OptionGroup var options: StationOptions

        func run() throws {
            let name = try options.openDatabase().signOutVisit(badgeCode: code, by: actor, time: Date())
            print(TerminalText.escaped("Signed out: \(name)."))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close every visit still open as not signed out, and list them for staff; invites whose day has passed become no-shows.",
            discussion: "The kiosk does this itself at reception.close_at in station.yaml; this is for doing it now, by hand or from a timer.")

        @OptionGroup var options: StationOptions

        func run() throws {
            let closed = try options.openDatabase().closeOpenVisits(at: Date(), actor: "station")
            print(TerminalText.escaped("Closed as not signed out: \(closed.count)"))
            for l in closed { print(TerminalText.escaped("\(l.visit.name)  \(l.visit.company)  host \(l.hostName)  \(l.visit.badgeCode ?? "")")) }
        }
    }

    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Anonymise closed visits older than the retention period: name, company and phone removed; times, host and purpose kept.")

        @Option(help: ArgumentHelp("Retention in days (default: reception.retention_days in station.yaml, else 90).", valueName: "DAYS")) var olderThan: Int?
        @OptionGroup var options: StationOptions

        func run() throws {
            let olderThan = olderThan ?? options.config.reception?.retentionDays ?? ReceptionSchedule.defaultRetentionDays
            guard olderThan >= 0 else { throw CommandFailure("--older-than must be 0 or more days.") }
            let database = try options.openDatabase()
            let now = Date()
            let count = try database.anonymiseVisits(olderThan: olderThan, today: CalendarDate(now, in: database.stationTimeZone), time: now, actor: "station")
            print("Anonymised \(count) visit\(count == 1 ? "" : "s") older than \(olderThan) days.")
        }
    }
}
