/// One line of the register as the station keeps it: the asset, how many tags have been printed
/// for it (0 = still untagged), and its disposal record if it was disposed of.
public struct RegisterEntry: Sendable, Hashable {
    public var asset: Asset
    public var tagPrinted: Int
    public var disposal: AssetDisposal?

    public init(asset: Asset, tagPrinted: Int = 0, disposal: AssetDisposal? = nil) {
        self.asset = asset
        self.tagPrinted = tagPrinted
        self.disposal = disposal
    }

    /// No tag has been printed for it yet: `tags print --untagged` picks it.
    public var isUntagged: Bool { tagPrinted == 0 }
}
