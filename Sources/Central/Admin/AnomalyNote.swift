/// A resolution's note (`POST /v1/admin/anomalies/{id}/resolve`).
public struct AnomalyNote: Sendable, Hashable, Codable {
    public var note: String

    public init(note: String) {
        self.note = note
    }
}
