/// What a registered code names: a row of the schema's `code` table, said as a clerk would.
struct CodeOwner: Sendable, Hashable, CustomStringConvertible {
    enum Kind: String, Sendable, Hashable {
        case badge
        case item
        case itemBarcode = "item_barcode"
        case requisition
        case assetTag = "asset_tag"
        case location
        case visitorInvite = "visitor_invite"
        case visitorBadge = "visitor_badge"
    }

    var kind: Kind
    /// The badge, item code or requisition number the code stands for.
    var owner: String

    var description: String {
        switch kind {
        case .badge: "the badge of person \(owner)"
        case .item: "the code of item \(owner)"
        case .itemBarcode: "a barcode of item \(owner)"
        case .requisition: "the number of requisition \(owner)"
        case .assetTag: "the tag of asset \(owner)"
        case .location: "the code of location \(owner)"
        case .visitorInvite: "the invite of visit \(owner)"
        case .visitorBadge: "the visitor badge of visit \(owner)"
        }
    }
}
