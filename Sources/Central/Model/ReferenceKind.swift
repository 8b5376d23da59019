/// The kinds of reference data the centre owns and stations pull (`ReferenceChange.kind`).
public enum ReferenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case item
    case requisition
    case location
    case asset
    case invite
    /// A count campaign (`CountCampaign`): stations name it on the count sessions it covers.
    case campaign
}
