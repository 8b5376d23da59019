// MARK: - PushRequest + JSON

extension JSONText {
    fileprivate mutating func event(_ event: SyncEvent) {
        raw("{\"actor\":")
        string(event.actor)
        raw(",\"id\":")
        string(event.id)
        raw(",\"kind\":")
        string(event.kind)
        raw(",\"payload\":")
        string(event.payload)
        raw(",\"sequence\":")
        int(Int(event.sequence))
        raw(",\"station\":")
        string(event.station)
        raw(",\"time\":")
        int(Int(event.time))
        raw("}")
    }
}

extension PushRequest {
    /// The body a station sends, in the sync API's one JSON form (sorted keys, slashes as
    /// they are): the bytes `JSONEncoder` gives for it, written straight into one buffer.
    public func json() -> [UInt8] {
        Self.body(of: events[...], maxBytes: .max).body
    }

    /// The body for the longest run of `events`, from the first, that stays within `maxBytes`,
    /// and how many events it holds: always at least one, so a single event larger than
    /// `maxBytes` travels alone (the journal never holds one larger than `maxBodyBytes`).
    public static func body(of events: ArraySlice<SyncEvent>, maxBytes: Int) -> (body: [UInt8], count: Int) {
        var capacity = 16
        for event in events { capacity += 160 + event.station.utf8.count + event.payload.utf8.count * 5 / 4 }
        var json = JSONText(capacity: maxBytes >= capacity ? capacity : maxBytes + 4096)
        json.raw("{\"events\":[")
        var count = 0
        for event in events {
            let before = json.bytes.count
            if count > 0 { json.raw(",") }
            json.event(event)
            // "]}" closes the body.
            if count > 0, json.bytes.count + 2 > maxBytes {
                json.truncate(to: before)
                break
            }
            count += 1
        }
        json.raw("]}")
        return (json.bytes, count)
    }

    /// The size of the body that carries `event` alone: what the centre must read to take it.
    public static func bodyBytes(of event: SyncEvent) -> Int {
        body(of: [event], maxBytes: .max).body.count
    }

    /// The largest push body a centre reads by default (`CentralServer`'s limit, 413 beyond):
    /// the station refuses to journal an event whose body alone would be larger, so every
    /// event it writes can be sent.
    public static let maxBodyBytes = 32 << 20

    /// What a station puts in one batch at most, in bytes, besides its count limit; an event
    /// larger than this goes alone.
    public static let batchBytes = 4 << 20

    /// The most events in one batch: what a station sends and a centre takes by default.
    /// Larger batches cost the centre fewer round trips per event (BENCHMARKS.md, central push);
    /// a centre that takes fewer (one from before, limited to 1,000) answers 413 and the station
    /// halves its batch until it is taken.
    public static let batchEvents = 5_000
    /// A push body read straight from its bytes with `JSONReader`, one pass: the same events
    /// `JSONDecoder` would decode from it (unknown keys skipped), and on a bad body the same
    /// `DecodingError` cases, with the path of the field at fault, so a refusal still names it.
    public init(json bytes: UnsafeBufferPointer<UInt8>) throws(DecodingError) {
        var events: [SyncEvent]?
        do {
            try JSONReader.read(bytes) { reader in
                try reader.object { key, reader in
                    guard key == "events" else { return try reader.skip() }
                    events = try Self.events(&reader)
                }
            }
        } catch let error as DecodingError {
            throw error
        } catch let failure as JSONReader.Failure {
            throw WireKey.error(failure, at: [])
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(error)"))
        }
        guard let events else {
            throw DecodingError.keyNotFound(WireKey("events"), .init(codingPath: [], debugDescription: "No value for \"events\"."))
        }
        self.init(events: events)
    }

    private static func events(_ reader: inout JSONReader) throws -> [SyncEvent] {
        var events: [SyncEvent] = []
        do {
            try reader.array { position, reader in
                events.append(try event(&reader, at: [WireKey("events"), WireKey(index: position)]))
            }
        } catch let failure as JSONReader.Failure {
            throw WireKey.error(failure, at: [WireKey("events")])
        }
        return events
    }

    private static func event(_ reader: inout JSONReader, at path: [WireKey]) throws -> SyncEvent {
        var id: String?, station: String?, actor: String?, kind: String?, payload: String?
        var sequence: Int64?, time: Int64?
        do {
            try reader.object { key, reader in
                do {
                    switch key {
                    case "id": id = try reader.string()
                    case "station": station = try reader.string()
                    case "sequence": sequence = try reader.int64()
                    case "actor": actor = try reader.string()
                    case "time": time = try reader.int64()
                    case "kind": kind = try reader.string()
                    case "payload": payload = try reader.string()
                    default: try reader.skip()
                    }
                } catch let failure as JSONReader.Failure where failure.kind != .syntax {
                    throw WireKey.error(failure, at: path + [WireKey(key)])
                }
            }
        } catch let failure as JSONReader.Failure {
            throw WireKey.error(failure, at: path)
        }
        func missing(_ key: String) -> DecodingError {
            .keyNotFound(WireKey(key), .init(codingPath: path, debugDescription: "No value for \"\(key)\"."))
        }
        guard let id else { throw missing("id") }
        guard let station else { throw missing("station") }
        guard let sequence else { throw missing("sequence") }
        guard let actor else { throw missing("actor") }
        guard let time else { throw missing("time") }
        guard let kind else { throw missing("kind") }
        guard let payload else { throw missing("payload") }
        return SyncEvent(id: id, station: station, sequence: sequence, actor: actor, time: time, kind: kind, payload: payload)
    }
}

/// A coding path element for the errors the wire readers throw.
struct WireKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ name: String) {
        stringValue = name
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }

    /// The `DecodingError` `JSONDecoder` gives for the same fault.
    static func error(_ failure: JSONReader.Failure, at path: [any CodingKey]) -> DecodingError {
        let context = DecodingError.Context(codingPath: path, debugDescription: failure.description)
        switch failure.kind {
        case .syntax: return .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: failure.description))
        case .wrongType: return .typeMismatch(Any.self, context)
        case .null: return .valueNotFound(Any.self, context)
        }
    }
}
