internal import CCups

/// An IPP response (`ipp_t`) received from the scheduler, deleted when this object goes away.
///
/// Requests are not wrapped: `cupsDoRequest` takes ownership of the request and frees it,
/// so only the response it returns has an owner on our side.
final class IPPMessage {
    // MARK: Owned C object

    private let message: OpaquePointer

    /// Takes ownership of a response returned by libcups.
    init(taking message: OpaquePointer) {
        self.message = message
    }

    deinit {
        ippDelete(message)
    }

    // MARK: Reading attributes

    /// The first integer or enum value of an attribute.
    func integer(_ name: String) -> Int? {
        guard let attribute = ippFindAttribute(message, name, IPP_TAG_ZERO), ippGetCount(attribute) > 0
        else { return nil }
        return Int(ippGetInteger(attribute, 0))
    }

    /// All string values (keyword, text, name, URI) of an attribute.
    func strings(_ name: String) -> [String] {
        guard let attribute = ippFindAttribute(message, name, IPP_TAG_ZERO) else { return [] }
        return (0..<ippGetCount(attribute)).compactMap { index in
            ippGetString(attribute, index, nil).map { String(cString: $0) }
        }
    }
}
