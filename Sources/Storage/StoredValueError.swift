/// A stored value the domain types cannot hold (an unknown category, a malformed date). The
/// schema's CHECKs should make it impossible; if it happens anyway the database was edited
/// outside the station, and the admin needs to know which value.
struct StoredValueError: Error {
    let detail: String
}
