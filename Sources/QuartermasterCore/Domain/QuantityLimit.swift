/// The largest quantity the station accepts in one scan, and the largest stock it keeps of one
/// item. A storeroom never counts a million packs of anything; a number beyond this is a
/// misread, a typo or a broken import, and refusing it keeps every sum far from `Int`'s limit.
public enum QuantityLimit {
    public static let maximum = 1_000_000
}
