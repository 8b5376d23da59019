internal import CEvdev

/// Turns raw `struct input_event` bytes, as `read(2)` returns them from `/dev/input/eventN` or
/// from a file or pipe someone captured them into, into `InputEvent`s.
///
/// Reads may end in the middle of a record (pipes deliver what they have), so the bytes of an
/// incomplete record are kept for the next call. The record size is the C struct's on this
/// machine (24 bytes on x86_64 and arm64: a 16-byte `timeval`, two `u16`, one `s32`).
public struct RawInputEventParser: Sendable {
    // MARK: State

    private var pending: [UInt8] = []

    /// Bytes per event record on this machine.
    public static let recordSize = MemoryLayout<input_event>.size

    public init() {}

    /// Bytes of an incomplete record still waiting for the rest.
    public var pendingByteCount: Int { pending.count }

    // MARK: Parsing

    /// Appends the events in `bytes` (plus any incomplete record kept from before) to `events`.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer, into events: inout [InputEvent]) {
        var start = 0
        if !pending.isEmpty {
            let needed = Self.recordSize - pending.count
            let taken = min(needed, bytes.count)
            pending.append(contentsOf: bytes[0..<taken])
            start = taken
            guard pending.count == Self.recordSize else { return }
            pending.withUnsafeBytes { events.append(Self.event(in: $0, at: 0)) }
            pending.removeAll(keepingCapacity: true)
        }
        var offset = start
        while bytes.count - offset >= Self.recordSize {
            events.append(Self.event(in: bytes, at: offset))
            offset += Self.recordSize
        }
        if offset < bytes.count {
            pending.append(contentsOf: bytes[offset...])
        }
    }

    /// Convenience for tests and small inputs.
    public mutating func parse(_ bytes: [UInt8]) -> [InputEvent] {
        var events: [InputEvent] = []
        bytes.withUnsafeBytes { parse($0, into: &events) }
        return events
    }

    // MARK: Records

    static func event(in bytes: UnsafeRawBufferPointer, at offset: Int) -> InputEvent {
        let record = bytes.loadUnaligned(fromByteOffset: offset, as: input_event.self)
        return event(record)
    }

    static func event(_ record: input_event) -> InputEvent {
        InputEvent(
            time: InputEvent.time(seconds: Int64(record.time.tv_sec), microseconds: Int64(record.time.tv_usec)),
            type: InputEventType(rawValue: Int(record.type)),
            code: Int(record.code),
            value: Int(record.value))
    }

    /// The bytes the kernel would deliver for `event`: how tests and tools write raw captures.
    public static func bytes(for event: InputEvent) -> [UInt8] {
        var record = input_event()
        record.time.tv_sec = .init(event.seconds)
        record.time.tv_usec = .init(event.microseconds)
        record.type = UInt16(truncatingIfNeeded: event.type.rawValue)
        record.code = UInt16(truncatingIfNeeded: event.code)
        record.value = Int32(truncatingIfNeeded: event.value)
        return withUnsafeBytes(of: &record) { Array($0) }
    }
}
