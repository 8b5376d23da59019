public import QuartermasterCore

// MARK: - RenderingError

/// Why a QR code, slip or label could not be produced. A struct around a private enum (as
/// Hummingbird and ServiceLifecycle do) so new cases do not break callers; callers match on
/// `code` and show `message(in:)` to people.
public struct RenderingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, stable for matching in code and tests.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable, Hashable {
            case qrDataEmpty, qrDataTooLong, qrEncodingFailed, drawingFailed, fileWriteFailed, invalidOutput
        }

        fileprivate let base: Base

        /// Nothing to encode: a QR code needs at least one byte.
        public static let qrDataEmpty = Code(base: .qrDataEmpty)
        /// The data does not fit the largest QR version at the requested error correction.
        public static let qrDataTooLong = Code(base: .qrDataTooLong)
        /// libqrencode failed for another reason (usually out of memory).
        public static let qrEncodingFailed = Code(base: .qrEncodingFailed)
        /// cairo or Pango reported an error while drawing or encoding the output.
        public static let drawingFailed = Code(base: .drawingFailed)
        /// The rendered file could not be written.
        public static let fileWriteFailed = Code(base: .fileWriteFailed)
        /// The requested paper or resolution cannot be rendered (too narrow, absurd dpi).
        public static let invalidOutput = Code(base: .invalidOutput)

        public var description: String { base.rawValue }
    }

    private enum Detail: Sendable, Hashable {
        case qrDataEmpty
        case qrDataTooLong(byteCount: Int, level: QRErrorCorrection)
        case qrEncodingFailed(errno: Int32)
        case drawingFailed(operation: String, reason: String)
        case fileWriteFailed(path: String, reason: String)
        case invalidOutput(reason: String)
    }

    private let detail: Detail

    private init(_ detail: Detail) { self.detail = detail }

    // MARK: Constructors (internal: only this module raises them)

    static func qrDataEmpty() -> Self { Self(.qrDataEmpty) }
    static func qrDataTooLong(byteCount: Int, level: QRErrorCorrection) -> Self {
        Self(.qrDataTooLong(byteCount: byteCount, level: level))
    }
    static func qrEncodingFailed(errno: Int32) -> Self { Self(.qrEncodingFailed(errno: errno)) }
    static func drawingFailed(_ operation: String, reason: String) -> Self {
        Self(.drawingFailed(operation: operation, reason: reason))
    }
    static func fileWriteFailed(path: String, reason: String) -> Self {
        Self(.fileWriteFailed(path: path, reason: reason))
    }
    static func invalidOutput(_ reason: String) -> Self { Self(.invalidOutput(reason: reason)) }

    // MARK: Reading

    public var code: Code {
        switch detail {
        case .qrDataEmpty: .qrDataEmpty
        case .qrDataTooLong: .qrDataTooLong
        case .qrEncodingFailed: .qrEncodingFailed
        case .drawingFailed: .drawingFailed
        case .fileWriteFailed: .fileWriteFailed
        case .invalidOutput: .invalidOutput
        }
    }

    /// What happened and what to do about it, in the station's language.
    public func message(in language: Language) -> String {
        switch (detail, language) {
        case (.qrDataEmpty, .english):
            return "There is nothing to put in the QR code. Check that the label or slip has a number."
        case (.qrDataEmpty, .simplifiedChinese):
            return "二维码内容为空。请检查标签或单据是否有编号。"
        case let (.qrDataTooLong(count, level), .english):
            return "The QR code data is \(count) bytes, but a QR code holds at most \(level.maximumBytes) bytes "
                + "at \(level.rawValue) error correction. Shorten the data or encode a reference number instead."
        case let (.qrDataTooLong(count, level), .simplifiedChinese):
            return "二维码数据有 \(count) 字节，超过当前纠错等级（\(level.rawValue)）的上限 \(level.maximumBytes) 字节。"
                + "请缩短内容，或改为编码单号。"
        case let (.qrEncodingFailed(code), .english):
            return "The QR code could not be made (libqrencode error \(code)). Try again; if it persists, tell the administrator."
        case let (.qrEncodingFailed(code), .simplifiedChinese):
            return "无法生成二维码（libqrencode 错误 \(code)）。请重试；如仍失败，请联系管理员。"
        case let (.drawingFailed(operation, reason), .english):
            return "Drawing failed while \(operation): \(reason). Tell the administrator."
        case let (.drawingFailed(operation, reason), .simplifiedChinese):
            return "绘制失败（\(operation)）：\(reason)。请联系管理员。"
        case let (.fileWriteFailed(path, reason), .english):
            return "Could not write \(path): \(reason). Check the disk space and folder permissions."
        case let (.fileWriteFailed(path, reason), .simplifiedChinese):
            return "无法写入 \(path)：\(reason)。请检查磁盘空间和目录权限。"
        case let (.invalidOutput(reason), .english):
            return "Cannot render this output: \(reason). Check the printer or paper settings."
        case let (.invalidOutput(reason), .simplifiedChinese):
            return "无法按此设置输出：\(reason)。请检查打印机或纸张设置。"
        }
    }

    public var description: String { message(in: .english) }
}
