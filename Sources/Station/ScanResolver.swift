public import QuartermasterCore

/// Turns the text of a scan into what it is: classifies it by shape, then looks it up.
/// The only place where a scan meets the store, so the flow stays pure.
public struct ScanResolver<Store: StationStore> {
    public var classifier: ScanClassifier
    public var store: Store

    public init(classifier: ScanClassifier, store: Store) {
        self.classifier = classifier
        self.store = store
    }

    public func resolve(_ raw: String) -> ResolvedScan {
        resolve(classifier.classify(raw))
    }

    /// A scan as the scanner's bytes: bytes that are not UTF-8 are flagged, never guessed at.
    public func resolve(bytes: [UInt8]) -> ResolvedScan {
        resolve(classifier.classify(bytes: bytes))
    }

    private func resolve(_ scan: ClassifiedScan) -> ResolvedScan {
        let code = scan.text
        if let problem = scan.problem {
            return .invalid(code, problem)
        }
        do throws(StationProblem) {
            switch scan.kind {
            case .mode:
                return KioskMode(barcode: code).map(ResolvedScan.mode) ?? .notFound(.mode, code)
            case .requisition:
                return try store.requisitionDetail(number: code).map(ResolvedScan.requisition) ?? .notFound(.requisition, code)
            case .badge:
                return try store.person(badge: code).map(ResolvedScan.badge) ?? .notFound(.badge, code)
            case .quantity:
                return Int(code).map(ResolvedScan.quantity) ?? .notFound(.quantity, code)
            case .item:
                return try item(code, gtin: scan.gtin).map(ResolvedScan.item) ?? .notFound(.item, code)
            case .assetTag, .location, .visitorInvite, .visitorBadge:
                return .otherKind(scan.kind, code)
            case .unknown:
                // Our own item codes and odd maker barcodes have no fixed shape: ask the store.
                return try store.item(barcode: code).map(ResolvedScan.item) ?? .notFound(.unknown, code)
            }
        } catch {
            return .unavailable(error)
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
