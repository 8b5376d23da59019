internal import Central
internal import Foundation
internal import Hummingbird
internal import NIOCore
internal import QuartermasterCore
internal import Spreadsheet

/// The admin API (`/v1/admin/…`, behind `AdminAuthentication`): requisitions, reference data,
/// anomalies and reports. Each route calls `CentralAdmin` or `CentralReports`, the same methods
/// the `central` CLI calls; refusals are `{"message","advice"}` with 400/404/409/422.
extension CentralServer {
    func addAdminRoutes(to admin: RouterGroup<CentralRequestContext>) {
        admin.get("requisitions") { _, context in try await run(context) { try JSONWire.ok(try await $0.requisitions()) } }
        admin.post("requisitions") { request, context in
            let draft = try decode(RequisitionDraft.self, from: try await body(of: request), what: "requisition")
            return try await run(context) { try JSONWire.created(try await $0.createRequisition(draft)) }
        }
        admin.post("requisitions/:number/approve") { request, context in
            let number = try pathKey(context, "number")
            let approval = try await optionalBody(RequisitionApproval.self, request, what: "approval") ?? RequisitionApproval()
            return try await run(context) { try JSONWire.ok(try await $0.approve(number, approval)) }
        }
        admin.post("requisitions/:number/reject") { request, context in
            let number = try pathKey(context, "number")
            let rejection = try decode(RequisitionRejection.self, from: try await body(of: request), what: "rejection")
            return try await run(context) { try JSONWire.ok(try await $0.reject(number, rejection)) }
        }
        admin.put("people/:key") { request, context in
            try await putRecord(Person.self, request, context, key: \.badge) { admin, person, site in try await admin.put(person: person, site: site) }
        }
        admin.put("items/:key") { request, context in
            try await putRecord(Item.self, request, context, key: \.code) { admin, item, site in try await admin.put(item: item, site: site) }
        }
        admin.put("locations/:key") { request, context in
            try await putRecord(Location.self, request, context, key: \.code) { admin, location, site in try await admin.put(location: location, site: site) }
        }
        admin.put("assets/:key") { request, context in
            try await putRecord(Asset.self, request, context, key: \.tag) { admin, asset, site in try await admin.put(asset: asset, site: site) }
        }
        admin.get("invites") { _, context in try await run(context) { try JSONWire.ok(try await $0.invites()) } }
        admin.put("invites/:key") { request, context in
            try await putRecord(CentralInvite.self, request, context, key: \.code) { admin, invite, _ in try await admin.put(invite: invite) }
        }
        admin.get("campaigns") { _, context in try await run(context) { try JSONWire.ok(try await $0.campaigns()) } }
        admin.put("campaigns/:key") { request, context in
            try await putRecord(CountCampaign.self, request, context, key: \.id) { admin, campaign, _ in try await admin.put(campaign: campaign) }
        }
        for (path, kind) in [("people", ReferenceKind.person), ("items", .item), ("locations", .location), ("assets", .asset), ("invites", .invite), ("campaigns", .campaign)] {
            admin.delete("\(path)/:key") { _, context in
                let key = try pathKey(context, "key")
                return try await run(context) { admin in
                    try await admin.withdraw(kind, key: key)
                    return Response(status: .noContent)
                }
            }
        }
        admin.get("anomalies") { request, context in
            let open = try flag(request.uri.queryParameters.get("open"), name: "open")
            return try await run(context) { try JSONWire.ok(try await $0.anomalies(openOnly: open)) }
        }
        admin.post("anomalies/:id/resolve") { request, context in
            let text = try context.parameters.require("id")
            guard let id = Int64(text) else {
                throw Refusal(.badRequest, "\(TerminalText.escaped(text)) is not an anomaly id.", advice: "Give the number GET /v1/admin/anomalies lists.")
            }
            let note = try decode(AnomalyNote.self, from: try await body(of: request), what: "resolution")
            return try await run(context) { try JSONWire.ok(try await $0.resolveAnomaly(id, note: note.note)) }
        }
        admin.get("reports/consumption") { request, context in
            try await report(request) {
                let zone = try ReportMonth.timeZone(named: request.uri.queryParameters.get("timeZone"))
                return try await CentralReports(store: store).consumption(
                    month: try ReportMonth(try requireQuery(request, "month", example: "2026-11"), timeZone: zone))
            }
        }
        admin.get("reports/count-accuracy") { request, context in
            try await report(request) { try await CentralReports(store: store).countAccuracy(
                session: request.uri.queryParameters.get("session"), campaign: request.uri.queryParameters.get("campaign")) }
        }
        admin.get("reports/visitors") { request, context in
            try await report(request) {
                try await CentralReports(store: store).visitorsPerDay(month: try ReportMonth(try requireQuery(request, "month", example: "2026-11")))
            }
        }
    }

    // MARK: Helpers

    /// Runs an admin operation as the authenticated admin, turning the store's refusals into
    /// responses.
    private func run(_ context: CentralRequestContext, _ body: (CentralAdmin) async throws -> Response) async throws -> Response {
        guard let admin = context.admin else {
            throw Refusal(.unauthorized, "This request carries no admin token.", advice: "Send Authorization: Bearer TOKEN.")
        }
        do {
            return try await body(CentralAdmin(store: store, admin: admin.name))
        } catch {
            throw Refusal(storeError: error, during: .admin)
        }
    }

    /// `PUT /v1/admin/KIND/{key}`: the body's key must be the path's (a typo would otherwise
    /// change another record); `?site=` limits it to one site's stations.
    private func putRecord<T: Decodable & Encodable & Sendable>(
        _ type: T.Type, _ request: Request, _ context: CentralRequestContext, key: KeyPath<T, String>,
        _ put: (CentralAdmin, T, String?) async throws -> T
    ) async throws -> Response {
        let path = try pathKey(context, "key")
        let record = try decode(type, from: try await body(of: request), what: "record")
        guard record[keyPath: key] == path else {
            throw Refusal(.badRequest, "The record's key \(TerminalText.escaped(record[keyPath: key])) is not the one in the path (\(TerminalText.escaped(path))).",
                          advice: "Send the record to its own path, /v1/admin/…/KEY.")
        }
        let site: String? = request.uri.queryParameters.get("site")
        return try await run(context) { try JSONWire.ok(try await put($0, record, site)) }
    }

    /// A key from the path as the record has it: clients percent-encode what is not ASCII
    /// (`2026-Q4-%E6%80%BB%E9%83%A8` for `2026-Q4-总部`), and the router hands it over encoded.
    private func pathKey(_ context: CentralRequestContext, _ name: String) throws -> String {
        let raw = try context.parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }

    private func optionalBody<T: Decodable>(_ type: T.Type, _ request: Request, what: String) async throws -> T? {
        let buffer = try await body(of: request)
        return buffer.readableBytes == 0 ? nil : try decode(type, from: buffer, what: what)
    }

    private func flag(_ text: String?, name: String) throws -> Bool {
        switch text {
        case nil, "false", "0": return false
        case "true", "1", "": return true
        case let other?: throw Refusal(.badRequest, "\(name)=\(TerminalText.escaped(other)) is not true or false.", advice: "Write \(name)=true or leave it out.")
        }
    }

    private func requireQuery(_ request: Request, _ name: String, example: String) throws -> String {
        guard let value: String = request.uri.queryParameters.get(name) else {
            throw Refusal(.badRequest, "The report needs ?\(name)=.", advice: "Give it, e.g. ?\(name)=\(example).")
        }
        return value
    }

    /// A report as `?format=csv` (RFC 4180, UTF-8, no BOM: the station export's writer) or
    /// `?format=xlsx` (the station export's workbook writer).
    private func report(_ request: Request, _ table: () async throws -> ExportTable) async throws -> Response {
        let format: String = request.uri.queryParameters.get("format") ?? "csv"
        guard format == "csv" || format == "xlsx" else {
            throw Refusal(.badRequest, "format=\(TerminalText.escaped(format)) is not a report format.", advice: "Ask for format=csv or format=xlsx.")
        }
        let built: ExportTable
        do {
            built = try await table()
        } catch {
            throw Refusal(storeError: error, during: .admin)
        }
        if format == "csv" {
            return file(Data(CSVWriter.document(built).utf8), type: "text/csv; charset=utf-8", name: built.sheetName + ".csv")
        }
        do {
            return file(try SpreadsheetWriter.data(built), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: built.sheetName + ".xlsx")
        } catch {
            throw Refusal(.internalServerError, "The workbook could not be written: \(error)", advice: "Ask for format=csv, and tell the centre's administrator.")
        }
    }

    private func file(_ data: Data, type: String, name: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
