internal import QuartermasterCore

/// What a batch of new events does to the central ledger, read from their payloads once, in
/// sequence order, by code both stores share; each store only writes the rows.
struct LedgerFacts: Sendable {
    struct Movement: Sendable, Hashable {
        var eventID: String
        var station: String
        var time: Int64
        var kind: MovementKind
        var itemCode: String
        var quantity: Int
        var requisition: String?
        var actor: String
        var recipient: String?
        var note: String?
    }

    struct Pickup: Sendable, Hashable {
        var eventID: String
        var station: String
        var requisition: String
    }

    struct Sighting: Sendable, Hashable {
        var eventID: String
        var station: String
        var session: String
        var tag: String
        var location: String
    }

    /// The asset's latest known location and status; nil leaves the stored value.
    struct AssetChange: Sendable, Hashable {
        var eventID: String
        var station: String
        var tag: String
        var location: String?
        var status: String?
    }

    /// An asset a station registered (a surplus tag found in a count, named on the spot).
    struct Registration: Sendable, Hashable {
        var eventID: String
        var station: String
        var asset: Asset
        var reason: String
    }

    struct Unreadable: Sendable, Hashable {
        var eventID: String
        var station: String
        var kind: String
        var reason: String
    }

    var movements: [Movement] = []
    var pickups: [Pickup] = []
    var sightings: [Sighting] = []
    var assetChanges: [AssetChange] = []
    var visits: [CentralVisit] = []
    var registrations: [Registration] = []
    var unreadable: [Unreadable] = []

    /// Kinds the ledger does not apply (slips, loans, people imports, a kind newer than this
    /// centre) leave no facts, and their payloads are not read: the event is stored all the same.
    init(_ events: [SyncEvent]) {
        for event in events {
            do {
                try read(event)
            } catch {
                unreadable.append(Unreadable(eventID: event.id, station: event.station, kind: event.kind, reason: "\(error)"))
            }
        }
    }

    private mutating func read(_ event: SyncEvent) throws {
        func movement(_ kind: MovementKind, _ item: String, _ quantity: Int, requisition: String? = nil, recipient: String? = nil, note: String? = nil) -> Movement {
            Movement(
                eventID: event.id, station: event.station, time: event.time, kind: kind, itemCode: item, quantity: quantity,
                requisition: requisition, actor: event.actor, recipient: recipient, note: note)
        }
        func payload<T>(_ read: (inout JSONReader) throws -> T) throws -> T {
            try JSONReader.read(event.payload, read)
        }
        switch JournalEventKind(rawValue: event.kind) {
        case .pickupConfirmed:
            let pickup = try payload(LedgerPayloads.Pickup.init)
            for pick in pickup.picks {
                movements.append(movement(.pickup, pick.itemCode, -pick.quantity, requisition: pickup.requisitionNumber, recipient: pickup.recipientBadge))
            }
            pickups.append(Pickup(eventID: event.id, station: event.station, requisition: pickup.requisitionNumber))
        case .stockReceived, .stockReturned:
            let change = try payload(LedgerPayloads.StockChange.init)
            let kind: MovementKind = event.kind == JournalEventKind.stockReceived.rawValue ? .receipt : .return
            movements.append(movement(kind, change.itemCode, change.quantity, requisition: change.requisitionNumber))
        case .stockAdjusted:
            let adjustment = try payload(LedgerPayloads.StockChange.init)
            movements.append(movement(.adjustment, adjustment.itemCode, adjustment.quantity, note: adjustment.reason))
        case .itemsImported:
            for adjustment in try payload(LedgerPayloads.importAdjustments) {
                movements.append(movement(.adjustment, adjustment.itemCode, adjustment.quantity, note: adjustment.reason))
            }
        case .assetMoved, .assetStatusChanged:
            let change = try payload(LedgerPayloads.AssetChange.init)
            switch change.field {
            case "location":
                assetChanges.append(AssetChange(eventID: event.id, station: event.station, tag: change.tag, location: change.after, status: nil))
            case "status":
                assetChanges.append(AssetChange(eventID: event.id, station: event.station, tag: change.tag, location: nil, status: change.after))
            case nil:
                throw LedgerPayloads.MissingField(name: "field")
            default:
                break
            }
        case .assetDisposed:
            let disposal = try payload(LedgerPayloads.AssetChange.init)
            assetChanges.append(AssetChange(eventID: event.id, station: event.station, tag: disposal.tag, location: nil, status: AssetStatus.disposed.rawValue))
        case .assetRegistered:
            // Rare (one per surplus tag), and the asset is the register's own shape: decoded
            // whole, as the centre decodes its register's bodies.
            let registered = try ReferenceBody.decode(LedgerPayloads.Registered.self, from: event.payload)
            registrations.append(Registration(eventID: event.id, station: event.station, asset: registered.asset, reason: registered.reason ?? ""))
            assetChanges.append(AssetChange(
                eventID: event.id, station: event.station, tag: registered.asset.tag, location: registered.asset.locationCode,
                status: registered.asset.status.rawValue))
        case .countScanned:
            let scan = try payload(LedgerPayloads.CountScan.init)
            sightings.append(Sighting(eventID: event.id, station: event.station, session: scan.session, tag: scan.tag, location: scan.locationCode))
        case .visitInvited, .visitSignedIn, .visitSignedOut, .visitAutoClosed, .visitNoShow, .visitRefused, .visitAnonymised:
            let visit = try payload(LedgerPayloads.Visit.init)
            visits.append(CentralVisit(
                station: event.station, visit: visit.visit, status: visit.status, hostBadge: visit.hostBadge,
                expectedDate: visit.expectedDate, eventID: event.id, invite: visit.invite))
        default:
            break
        }
    }
}
