/// The journal's record of tags sent to a printer: which, where, and for a reprint why.
struct AssetTagsPrintedPayload: Encodable, Sendable {
    var tags: [String]
    var printer: String
    /// The station's print job (its queue entry) that carries the tags.
    var printJob: String
    var reason: String?
    var station: String
}
