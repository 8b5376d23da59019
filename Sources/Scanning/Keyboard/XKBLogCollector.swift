internal import CXKBCommon

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Collects what libxkbcommon logs for one context, instead of letting it print to stderr.
///
/// When a layout fails to compile, the library's own words ("Couldn't find file
/// symbols/xx") are the most useful part of the error, so they go into the thrown
/// error rather than into a terminal nobody is watching on a kiosk.
final class XKBLogCollector {
    // MARK: State

    private(set) var messages: [String] = []

    // MARK: Hooking into a context

    /// Routes the context's log to this collector. The context must not outlive `self`:
    /// `KeyboardLayout` keeps both and frees the context first.
    func attach(to context: OpaquePointer) {
        xkb_context_set_user_data(context, Unmanaged.passUnretained(self).toOpaque())
        xkb_context_set_log_level(context, XKB_LOG_LEVEL_ERROR)
        xkb_context_set_log_fn(context) { context, _, format, arguments in
            guard let context, let format, let arguments,
                let userData = xkb_context_get_user_data(context)
            else { return }
            let collector = Unmanaged<XKBLogCollector>.fromOpaque(userData).takeUnretainedValue()
            var buffer = [CChar](repeating: 0, count: 512)
            _ = vsnprintf(&buffer, buffer.count, format, arguments)
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            collector.append(line)
        }
    }

    /// Forgets earlier messages, so an error carries only what its own call logged.
    func reset() { messages.removeAll() }

    private func append(_ line: String) {
        var trimmed = Substring(line)
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        if !trimmed.isEmpty { messages.append(String(trimmed)) }
    }
}
