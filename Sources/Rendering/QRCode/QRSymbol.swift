internal import CQREncode

// MARK: - QRSymbol

/// Owns one `QRcode` that libqrencode allocated, and frees it exactly once.
final class QRSymbol {
    private let pointer: UnsafeMutablePointer<CQREncode.QRcode>

    /// Takes ownership of a symbol returned by `QRcode_encode…`.
    init(owning pointer: UnsafeMutablePointer<CQREncode.QRcode>) {
        self.pointer = pointer
    }

    deinit {
        QRcode_free(pointer)
    }

    /// Copies the module grid out; libqrencode keeps "dark" in bit 0 of each byte and uses the
    /// other bits for its own bookkeeping.
    func matrix() -> QRCode {
        let width = Int(pointer.pointee.width)
        let data = pointer.pointee.data!
        let modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
        return QRCode(size: width, version: Int(pointer.pointee.version), modules: modules)
    }
}
