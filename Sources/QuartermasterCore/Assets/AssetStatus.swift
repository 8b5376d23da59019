import Foundation

/// Where an asset stands in its life (domain.md §2). Disposal is a status with a record, never a
/// delete. Raw values are stored and exported: never rename one that has shipped.
public enum AssetStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case inUse = "in_use"
    case inStore = "in_store"
    case underRepair = "under_repair"
    case idle
    case disposed

    /// Reads a status as an office writes it in a CSV: our raw values, the words with spaces or
    /// hyphens ("In use", "under-repair"), Snipe-IT's usual status labels ("Ready to Deploy",
    /// "Deployed", "Pending", "Archived", "Broken", "Out for Repair") and the Chinese terms
    /// (在用, 在库, 维修, 闲置, 报废). Nil for anything else, so an import can name the cell.
    public init?(office text: String) {
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        if let status = AssetStatus(rawValue: folded) { self = status; return }
        switch folded {
        case "deployed", "in_service", "在用", "使用中", "在用中": self = .inUse
        case "ready_to_deploy", "in_stock", "stored", "在库", "库存", "库存中": self = .inStore
        case "out_for_repair", "repair", "broken", "pending", "维修", "维修中", "待修", "維修": self = .underRepair
        case "archived", "unused", "闲置", "閒置": self = .idle
        case "retired", "scrapped", "报废", "報廢", "已报废": self = .disposed
        default: return nil
        }
    }
}
