/// The sync protocol's messages (JSON over HTTPS, described in `openapi.yaml`). The station's
/// client and the centre's server both use these, so the two cannot drift apart.

/// `POST /v1/enrol`: a station trades the one-time code an admin was given for a long-lived
/// token. `station` is the id in the station's own database (its journal's `station`).
public struct EnrolRequest: Sendable, Hashable, Codable {
    public var code: String
    public var station: String
    public init(code: String, station: String) {
        self.code = code
        self.station = station
    }
}

public struct EnrolResponse: Sendable, Hashable, Codable {
    /// The name the admin gave the station at the centre (`central station add NAME`).
    public var name: String
    public var station: String
    /// Sent once, never again: the centre keeps only its hash.
    public var token: String
    public init(name: String, station: String, token: String) {
        self.name = name
        self.station = station
        self.token = token
    }
}

/// `POST /v1/events`: the next events of one station, in sequence order.
public struct PushRequest: Sendable, Hashable, Codable {
    public var events: [SyncEvent]
    public init(events: [SyncEvent]) { self.events = events }
}

/// The answer to a push (200): every event up to `acknowledged` is stored at the centre.
public struct PushAcknowledgement: Sendable, Hashable, Codable {
    public var acknowledged: Int64
    public init(acknowledged: Int64) { self.acknowledged = acknowledged }
}

/// The answer to a push that would leave a hole (409): the centre has every event up to
/// `acknowledged` and expected `acknowledged + 1` next, but the batch started at `received`.
public struct PushGap: Sendable, Hashable, Codable, Error {
    public var acknowledged: Int64
    public var received: Int64
    public init(acknowledged: Int64, received: Int64) {
        self.acknowledged = acknowledged
        self.received = received
    }
}

/// One piece of reference data that changed at the centre. `kind` is one of `person`, `item`,
/// `requisition`, `location`, `asset`, `invite`, `campaign`; `key` is its natural key (badge,
/// item code, requisition number, location code, asset tag, invite code, campaign id); `body`
/// is its JSON, or nil when it was withdrawn. `cursor` grows with every change at the centre.
public struct ReferenceChange: Sendable, Hashable, Codable {
    public var cursor: Int64
    public var kind: String
    public var key: String
    public var body: String?
    public init(cursor: Int64, kind: String, key: String, body: String?) {
        self.cursor = cursor
        self.kind = kind
        self.key = key
        self.body = body
    }
}

/// `GET /v1/reference?after=CURSOR&limit=N`: changes after the cursor, oldest first; `more`
/// says another page follows. A station applies a page in one transaction with its new cursor.
public struct ReferencePage: Sendable, Hashable, Codable {
    public var changes: [ReferenceChange]
    public var cursor: Int64
    public var more: Bool
    public init(changes: [ReferenceChange], cursor: Int64, more: Bool) {
        self.changes = changes
        self.cursor = cursor
        self.more = more
    }
}

/// The body of every refusal (4xx, 5xx): what happened and what to do, for a person to read.
public struct SyncProblem: Sendable, Hashable, Codable {
    public var message: String
    public var advice: String?
    public init(message: String, advice: String? = nil) {
        self.message = message
        self.advice = advice
    }
}
