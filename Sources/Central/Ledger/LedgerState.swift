internal import QuartermasterCore
/// What the ledger held before a batch, for the keys the batch touches: all the anomaly rules
/// need to read. Each store fetches it inside the push's transaction.
struct LedgerState: Sendable {
    /// Stock per item code, summed over the stations.
    var stock: [String: Int] = [:]
    /// The stations that picked up against each requisition.
    var pickupStations: [String: Set<String>] = [:]
    /// The locations each asset was seen at, per count session.
    var sightings: [SightingKey: Set<String>] = [:]

    struct SightingKey: Sendable, Hashable {
        var session: String
        var tag: String
    }
}

/// An anomaly about to be recorded (its id and time are the store's).
struct NewAnomaly: Sendable, Hashable {
    var kind: CentralAnomaly.Kind
    var subject: String
    var station: String
    var eventID: String
    var detail: String
}

extension LedgerFacts {
    /// The keys whose prior state the anomaly rules read.
    var itemCodes: [String] { Array(Set(movements.map(\.itemCode))).sorted() }
    var requisitions: [String] { Array(Set(pickups.map(\.requisition))).sorted() }
    var sightingKeys: [LedgerState.SightingKey] {
        Array(Set(sightings.map { LedgerState.SightingKey(session: $0.session, tag: $0.tag) }))
            .sorted { ($0.session, $0.tag) < ($1.session, $1.tag) }
    }

    /// The anomalies the batch raises, walking its facts in sequence order from `state`:
    /// - an event that takes units while the item's stock across stations ends below zero;
    /// - a pickup against a requisition another station already picked up against (raised
    ///   once, by the second station's first pickup);
    /// - a count scan of an asset at a location other than where that count saw it already.
    func anomalies(from state: LedgerState) -> [NewAnomaly] {
        var state = state
        var raised: [NewAnomaly] = []
        for movement in movements {
            let total = state.stock[movement.itemCode, default: 0] + movement.quantity
            state.stock[movement.itemCode] = total
            if movement.quantity < 0, total < 0 {
                raised.append(NewAnomaly(
                    kind: .stockBelowZero, subject: movement.itemCode, station: movement.station, eventID: movement.eventID,
                    detail: "Station \(movement.station) took \(-movement.quantity) of item \(movement.itemCode); across all stations the ledger now holds \(total)."))
            }
        }
        for pickup in pickups {
            let stations = state.pickupStations[pickup.requisition, default: []]
            let others = stations.subtracting([pickup.station])
            if !others.isEmpty, !stations.contains(pickup.station) {
                raised.append(NewAnomaly(
                    kind: .requisitionAtTwoStations, subject: pickup.requisition, station: pickup.station, eventID: pickup.eventID,
                    detail: "Requisition \(pickup.requisition) was picked up at station \(pickup.station) and already at \(others.sorted().joined(separator: ", "))."))
            }
            state.pickupStations[pickup.requisition, default: []].insert(pickup.station)
        }
        for sighting in sightings {
            let key = LedgerState.SightingKey(session: sighting.session, tag: sighting.tag)
            let seen = state.sightings[key, default: []]
            if !seen.isEmpty, !seen.contains(sighting.location) {
                raised.append(NewAnomaly(
                    kind: .assetInTwoPlaces, subject: sighting.tag, station: sighting.station, eventID: sighting.eventID,
                    detail: "Asset \(sighting.tag) was scanned at \(sighting.location) in count \(sighting.session), which had seen it at \(seen.sorted().joined(separator: ", "))."))
            }
            state.sightings[key, default: []].insert(sighting.location)
        }
        for unreadable in unreadable {
            raised.append(NewAnomaly(
                kind: .unreadablePayload, subject: unreadable.kind, station: unreadable.station, eventID: unreadable.eventID,
                detail: "The \(unreadable.kind) event's payload could not be read (\(unreadable.reason)); it is stored, but not applied to the ledger."))
        }
        return raised
    }

    /// The register's records under some keys of one kind, as each store reads them: the site
    /// each is for (nil: every site) and whether it is withdrawn. A key it lacks is absent.
    typealias RegisterStanding = [String: (site: String?, withdrawn: Bool)]

    /// What the centre's asset register does with the assets stations registered: one it does
    /// not hold joins it, for the registering station's site, so the site's other stations
    /// expect it in their counts; one it holds already (at a site, or withdrawn) stays as the
    /// admin left it, and the registration is an anomaly for a person to resolve.
    func registerUpdates(held: RegisterStanding, site: String) throws -> (updates: [ReferenceUpdate], anomalies: [NewAnomaly]) {
        var held = held
        var updates: [ReferenceUpdate] = []
        var raised: [NewAnomaly] = []
        for registration in registrations {
            let tag = registration.asset.tag
            if let record = held[tag] {
                let standing = record.withdrawn ? "withdrawn from the register" : "in the register" + (record.site.map { " for site \($0)" } ?? " for every site")
                raised.append(NewAnomaly(
                    kind: .assetRegisteredAgain, subject: tag, station: registration.station, eventID: registration.eventID,
                    detail: "Station \(registration.station) registered asset \(tag) (\(registration.asset.name)) at \(registration.asset.locationCode ?? "no location") (\(registration.reason)); it is \(standing). The register was left as it is."))
                continue
            }
            updates.append(ReferenceUpdate(kind: .asset, key: tag, site: site, body: try ReferenceBody.json(registration.asset)))
            held[tag] = (site, false)
        }
        return (updates, raised)
    }

    /// The invite codes this batch shows used: a visitor signed in, or turned away, at one of
    /// the site's receptions. Each reception holds a centre invite as an expected visit.
    var usedInvites: [String] {
        Array(Set(visits.compactMap { $0.usedItsInvite ? $0.invite : nil })).sorted()
    }

    /// The withdrawals of the centre invites this batch used and the register still holds: the
    /// site's other receptions then let the invite open nothing more and make no no-show of it;
    /// the one that used it keeps its visit as it is.
    func inviteWithdrawals(held: RegisterStanding) -> [ReferenceUpdate] {
        usedInvites.compactMap { code in
            held[code].flatMap { $0.withdrawn ? nil : ReferenceUpdate(kind: .invite, key: code, site: $0.site, body: nil) }
        }
    }

    /// Stock change per item and station, for the stores' aggregated upserts.
    var stockDeltas: [StockDelta] {
        var sums: [StockDelta.Key: Int] = [:]
        for movement in movements {
            sums[StockDelta.Key(itemCode: movement.itemCode, station: movement.station), default: 0] += movement.quantity
        }
        return sums.map { StockDelta(itemCode: $0.key.itemCode, station: $0.key.station, quantity: $0.value) }
            .sorted { ($0.itemCode, $0.station) < ($1.itemCode, $1.station) }
    }

    /// The last state of each asset the batch touched, fields merged in sequence order.
    var latestAssets: [AssetChange] {
        var byTag: [String: AssetChange] = [:]
        for change in assetChanges {
            var merged = byTag[change.tag] ?? AssetChange(eventID: change.eventID, station: change.station, tag: change.tag, location: nil, status: nil)
            merged.eventID = change.eventID
            merged.station = change.station
            if let location = change.location { merged.location = location }
            if let status = change.status { merged.status = status }
            byTag[change.tag] = merged
        }
        return byTag.values.sorted { $0.tag < $1.tag }
    }

    /// The last state of each visit the batch touched.
    var latestVisits: [CentralVisit] {
        var byKey: [String: CentralVisit] = [:]
        for var visit in visits {
            let key = "\(visit.station)\u{1F}\(visit.visit)"
            visit.invite = visit.invite ?? byKey[key]?.invite  // an anonymised visit keeps the invite it came from
            byKey[key] = visit
        }
        return byKey.values.sorted { ($0.station, $0.visit) < ($1.station, $1.visit) }
    }

    /// The (requisition, station) pairs the batch adds to the ledger: each once, and none of
    /// those `state` read from it (so a store may insert them without ON CONFLICT).
    func newPickups(after state: LedgerState) -> [Pickup] {
        var held = state.pickupStations
        return pickups.filter { held[$0.requisition, default: []].insert($0.station).inserted }
    }

    /// The (session, tag, location) sightings, deduplicated.
    var distinctSightings: [Sighting] {
        var seen: Set<String> = []
        return sightings.filter { seen.insert("\($0.session)\u{1F}\($0.tag)\u{1F}\($0.location)").inserted }
    }
}

struct StockDelta: Sendable, Hashable {
    struct Key: Hashable {
        var itemCode: String
        var station: String
    }
    var itemCode: String
    var station: String
    var quantity: Int
}
