public import QuartermasterCore

/// Turns the text of a scan into what it is. A code the station has registered (a badge, an
/// item code or barcode, a requisition number) is what the database says it is, whatever its
/// shape: an office's badges are its own employee numbers (`100231`), not our `E…` pattern.
/// Only a code the station has never seen is classified by the patterns, so an unknown asset
/// tag can still be told from an unknown item barcode.
///
/// A plain number the keeper types (`10`) is a quantity: imports refuse a code with the
/// quantity pattern's shape (1 to 4 digits by default), so no registered code can stand in
/// its way. Should a station widen its quantity pattern later, the registered code wins, as
/// everywhere. The only place where a scan meets the store, so the flow stays pure.
public struct ScanResolver<Store: StationStore> {
    public var classifier: ScanClassifier
    public var store: Store

    public init(classifier: ScanClassifier, store: Store) {
        self.classifier = classifier
        self.store = store
    }

    public func resolve(_ raw: String) -> ResolvedScan {
        resolve(classifier.read(raw))
    }

    /// A scan as the scanner's bytes: bytes that are not UTF-8 are flagged, never guessed at.
    public func resolve(bytes: [UInt8]) -> ResolvedScan {
        resolve(classifier.read(bytes: bytes))
    }

    private func resolve(_ reading: ScanReading) -> ResolvedScan {
        do throws(StationProblem) {
            // What the station registered is what it is, even if its shape looks wrong (a bad
            // check digit, GS1 data that cannot be parsed): looked up before any pattern but
            // the mode card's is matched.
            if reading.problem == nil, !reading.isModeCard, let known = try store.code(reading.text) {
                return Self.resolved(known)
            }
            let scan = classifier.classify(reading)
            let code = scan.text
            if let problem = scan.problem {
                return .invalid(code, problem)
            }
            switch scan.kind {
            case .mode:
                return KioskMode(barcode: code).map(ResolvedScan.mode) ?? .notFound(.mode, code)
            case .requisition:
                return .notFound(.requisition, code)
            case .badge:
                return .notFound(.badge, code)
            case .quantity:
                return Int(code).map(ResolvedScan.quantity) ?? .notFound(.quantity, code)
            case .item:
                return try item(code, gtin: scan.gtin).map(ResolvedScan.item) ?? .notFound(.item, code)
            case .assetTag, .location, .visitorInvite, .visitorBadge:
                // Not registered: the job decides (a count takes an unknown tag as surplus).
                return .otherKind(scan.kind, code)
            case .unknown:
                return .notFound(.unknown, code)
            }
        } catch {
            return .unavailable(error)
        }
    }

    private static func resolved(_ known: KnownCode) -> ResolvedScan {
        switch known {
        case .badge(let person): .badge(person)
        case .item(let item): .item(item)
        case .requisition(let detail): .requisition(detail)
        case .asset(let asset): .asset(asset)
        case .location(let location): .location(location)
        case .visitorInvite(let code): .otherKind(.visitorInvite, code)
        case .visitorBadge(let code): .otherKind(.visitorBadge, code)
        }
    }

    /// An item by the barcode as scanned, else by its GTIN in the 13- or 12-digit form it was
    /// registered under (a GS1-128 case label carries the EAN-13 of the unit as a GTIN-14).
    private func item(_ code: String, gtin: String?) throws(StationProblem) -> Item? {
        if let item = try store.item(barcode: code) { return item }
        guard let gtin else { return nil }
        var candidates = [gtin]
        var shorter = Substring(gtin)
        while shorter.first == "0", shorter.count > 8 {
            shorter = shorter.dropFirst()
            candidates.append(String(shorter))
        }
        for candidate in candidates where candidate != code {
            if let item = try store.item(barcode: candidate) { return item }
        }
        return nil
    }
}
