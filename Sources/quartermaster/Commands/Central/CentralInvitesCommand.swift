import ArgumentParser
import Central
import QuartermasterCore

/// `quartermaster central invites`: the invites the centre issued, and how each stands.
struct CentralInvitesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invites",
        abstract: "List the invites the centre issued: open, used at a reception, or withdrawn (add one with `central put invite`).")

    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let admin = CentralAdmin(store: try await central.open(), admin: "")
        for standing in try await admin.invites() {
            print(TerminalText.escaped(Self.line(standing)))
        }
    }

    /// `INV-7K2M9Q  open  总部  王芳 (甲公司)  host 100231  2026-12-03  洽谈`, `… used  总部  at 一楼前台: left`.
    static func line(_ standing: InviteStanding) -> String {
        var fields = [standing.code, standing.state.rawValue, standing.site ?? "every site"]
        if let invite = standing.invite {
            fields += ["\(invite.visitorName) (\(invite.company))", "host \(invite.hostBadge)", "\(invite.date)", invite.purpose]
        }
        if let station = standing.station {
            fields.append("at \(station): \(standing.visitStatus ?? "")")
        }
        return fields.joined(separator: "  ")
    }
}
