import ArgumentParser
import Central

/// The reference records an admin puts and withdraws by command (`central put`, `central
/// withdraw`); requisitions have their own commands.
enum CentralRecordKind: String, ExpressibleByArgument, CaseIterable {
    case person, item, location, asset, invite, campaign

    var reference: ReferenceKind {
        switch self {
        case .person: .person
        case .item: .item
        case .location: .location
        case .asset: .asset
        case .invite: .invite
        case .campaign: .campaign
        }
    }
}
