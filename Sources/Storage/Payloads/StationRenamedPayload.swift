/// The journal's record of a deliberate rename: the first event under the new id names the old
/// one, so the centre joins the two histories.
struct StationRenamedPayload: Encodable, Sendable {
    var previous: String
    var station: String
}
