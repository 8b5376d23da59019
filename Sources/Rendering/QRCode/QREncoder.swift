internal import CQREncode
import Foundation

// MARK: - QREncoder

/// Turns text or bytes into a QR symbol with libqrencode. Data always goes in 8-bit mode so
/// what a scanner reads back is byte-for-byte what was encoded (Chinese names included),
/// and libqrencode picks the smallest version that fits.
public enum QREncoder {
    /// Encodes the UTF-8 bytes of `text`.
    public static func encode(_ text: String, level: QRErrorCorrection = .medium) throws(RenderingError) -> QRCode {
        try encode(bytes: Array(text.utf8), level: level)
    }

    /// Encodes raw bytes, for payloads that are not text.
    public static func encode(bytes: [UInt8], level: QRErrorCorrection = .medium) throws(RenderingError) -> QRCode {
        guard !bytes.isEmpty else { throw .qrDataEmpty() }
        guard bytes.count <= level.maximumBytes else {
            throw .qrDataTooLong(byteCount: bytes.count, level: level)
        }
        var failure: Int32 = 0
        let symbol: QRSymbol? = bytes.withUnsafeBufferPointer { buffer in
            errno = 0
            guard let raw = QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, level.cLevel) else {
                failure = errno
                return nil
            }
            return QRSymbol(owning: raw)
        }
        guard let symbol else {
            // ERANGE is libqrencode's "does not fit"; the table check above should catch it first.
            if failure == ERANGE { throw .qrDataTooLong(byteCount: bytes.count, level: level) }
            throw .qrEncodingFailed(errno: failure)
        }
        return symbol.matrix()
    }
}

// MARK: - C level

extension QRErrorCorrection {
    fileprivate var cLevel: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}
