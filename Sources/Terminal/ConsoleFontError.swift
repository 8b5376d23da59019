internal import Glibc

/// Why a console font could not be read or loaded, worded for the person setting up the station.
public struct ConsoleFontError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        /// The file could not be opened or read (missing: install console-setup-linux).
        case cannotRead
        /// The file is not a PSF font, or is cut short.
        case notAFont
        /// The font is larger than the console takes (32×32 dots, 512 glyphs).
        case tooLarge
        /// The terminal is not a Linux virtual console (an emulator, ssh, a serial line).
        case notAConsole
        /// The console refused the font (EPERM: not this process's console).
        case refused
    }

    public let code: Code
    /// The file or device the error is about.
    public let subject: String
    public let detail: String
    public let errorNumber: Int32

    init(_ code: Code, _ subject: String, _ detail: String = "", errorNumber: Int32 = 0) {
        self.code = code
        self.subject = subject
        self.detail = detail
        self.errorNumber = errorNumber
    }

    public var description: String {
        let reason = errorNumber == 0 ? "" : " (\(String(cString: strerror(errorNumber))))"
        switch code {
        case .cannotRead:
            return "Cannot read the console font \(subject)\(reason): install console-setup-linux or name another font."
        case .notAFont:
            return "\(subject) is not a PSF console font: \(detail)."
        case .tooLarge:
            return "\(subject) is too large for the console (\(detail)); take one of 32×16 dots or smaller."
        case .notAConsole:
            return "\(subject) is not a Linux console\(reason): keeping the terminal's own font."
        case .refused:
            return "The console \(subject) refused the font\(reason): keeping its font."
        }
    }
}
