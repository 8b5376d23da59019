/// Which spreadsheet an asset file comes from, told by its header: our own columns
/// (`tag,name,…`), or Snipe-IT's asset list export ("Asset Tag", "Name", …), which offices
/// moving from Snipe-IT bring with them.
public enum AssetsCSVDialect: String, Sendable, Hashable {
    case quartermaster
    case snipeIT = "snipe-it"

    /// Snipe-IT names the tag column "Asset Tag"; our files name it `tag`.
    public static func detect(header: [String]) -> AssetsCSVDialect {
        header.contains { CSVTable.trimmed($0).lowercased() == "asset tag" } ? .snipeIT : .quartermaster
    }
}
