import ArgumentParser
import Central
import Foundation
import QuartermasterCore

/// `quartermaster central requisition create|approve|reject|list`: the same rules as the admin
/// API (`CentralAdmin`); stations pull the result.
struct CentralRequisitionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requisition",
        abstract: "File, approve, reject and list requisitions at the centre; stations pull them.",
        subcommands: [Create.self, Approve.self, Reject.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "File a draft requisition (stations refuse it at the counter until it is approved).",
            discussion: "Example: create YPQ-2026-001 --department 行政部 --requester 100231 --line A4-70G=10 --line PEN-GEL=2")

        @Argument(help: "The requisition number (申领单号), unique at the centre.")
        var number: String
        @Option(help: "The applicant's department (所属部门).")
        var department: String
        @Option(help: ArgumentHelp("The applicant's badge (工号), a person the centre knows.", valueName: "BADGE"))
        var requester: String
        @Option(name: .customLong("line"), help: ArgumentHelp("One line: ITEM_CODE=QUANTITY (repeat for each line).", valueName: "CODE=QTY"))
        var lines: [String] = []
        @Option(help: ArgumentHelp("The form's date (default today, UTC).", valueName: "YYYY-MM-DD"))
        var date: String?
        @Option(help: "What it is for (用途说明).")
        var purpose: String?
        @Option(help: "Only this site's stations see it (default every site).")
        var site: String?
        @OptionGroup var actor: CentralActorOption
        @OptionGroup var central: CentralDatabaseOptions

        func run() async throws {
            var parsed: [RequisitionDraft.Line] = []
            for line in lines {
                guard let equals = line.lastIndex(of: "="), let quantity = Int(line[line.index(after: equals)...]) else {
                    throw ValidationError("--line \(TerminalText.escaped(line)) is not CODE=QUANTITY; write e.g. --line A4-70G=10.")
                }
                parsed.append(RequisitionDraft.Line(itemCode: String(line[..<equals]), quantity: quantity))
            }
            let admin = CentralAdmin(store: try await central.open(), admin: actor.name)
            let requisition = try await admin.createRequisition(RequisitionDraft(
                number: number, department: department, requesterBadge: requester, date: date, purpose: purpose, site: site, lines: parsed))
            print(CentralRequisitionCommand.line(requisition))
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Approve a draft requisition: every line as requested.")

        @Argument(help: "The requisition number.")
        var number: String
        @Option(help: "The approver's name as printed on the slip (default --by).")
        var approver: String?
        @OptionGroup var actor: CentralActorOption
        @OptionGroup var central: CentralDatabaseOptions

        func run() async throws {
            let admin = CentralAdmin(store: try await central.open(), admin: actor.name)
            print(CentralRequisitionCommand.line(try await admin.approve(number, RequisitionApproval(approver: approver))))
        }
    }

    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reject a requisition with a reason the station shows.")

        @Argument(help: "The requisition number.")
        var number: String
        @Option(help: "Why (超出季度预算); required.")
        var reason: String
        @Option(help: "The approver's name (default --by).")
        var approver: String?
        @OptionGroup var actor: CentralActorOption
        @OptionGroup var central: CentralDatabaseOptions

        func run() async throws {
            let admin = CentralAdmin(store: try await central.open(), admin: actor.name)
            print(CentralRequisitionCommand.line(try await admin.reject(number, RequisitionRejection(reason: reason, approver: approver))))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the centre's requisitions, one per line.")

        @OptionGroup var central: CentralDatabaseOptions

        func run() async throws {
            let admin = CentralAdmin(store: try await central.open(), admin: "")
            for requisition in try await admin.requisitions() { print(CentralRequisitionCommand.line(requisition)) }
        }
    }

    /// One requisition as a line: number, status, department, applicant, lines, reason.
    static func line(_ requisition: Requisition) -> String {
        var text = "\(requisition.number)  \(requisition.status.rawValue)  \(requisition.department)  \(requisition.applicantBadge)  "
            + requisition.lines.map { "\($0.itemCode)×\($0.requested)" }.joined(separator: " ")
        if let reason = requisition.rejectionReason { text += "  " + reason }
        return TerminalText.escaped(text)
    }
}
