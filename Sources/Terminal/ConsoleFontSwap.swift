internal import Glibc
internal import Synchronization

/// A large font loaded on the Linux console the kiosk runs on, so the screen reads from a step
/// away, with the console's own font (and Unicode map) kept to put back: by `restore()` on the
/// way out, and by `ConsoleRescue` if the process crashes or exits without it.
///
/// Only a Linux virtual console has fonts: on an emulator, over ssh or on a serial line the
/// console ioctls fail with ENOTTY or EINVAL and `load` throws `.notAConsole`; the kiosk then
/// carries on with the terminal's font.
public final class ConsoleFontSwap: Sendable {
    /// Debian's large Terminus (console-setup-linux): 16×32 dots, 512 glyphs, Latin, Cyrillic, Greek.
    public static let defaultFont = "/usr/share/consolefonts/Uni2-Terminus32x16.psf.gz"

    private let descriptor: Int32
    private let saved: Mutex<(font: ConsoleFontRequest, map: ConsoleUnicodeMapRequest?)?>

    /// Reads the console's font on `descriptor`, then loads the font at `path`.
    public static func load(path: String, on descriptor: Int32, name: String) throws(ConsoleFontError) -> ConsoleFontSwap {
        let font = try PSFFont.read(path: path)
        var new = try ConsoleFontRequest.set(font, name: path)
        var old = ConsoleFontRequest.get()
        let got = old.send(to: descriptor)
        guard got == 0 else {
            let code: ConsoleFontError.Code = got == EPERM || got == EACCES ? .refused : .notAConsole
            throw ConsoleFontError(code, name, errorNumber: got)
        }
        var oldMap: ConsoleUnicodeMapRequest? = ConsoleUnicodeMapRequest.get()
        if oldMap!.read(from: descriptor) != 0 { oldMap = nil }
        let swap = ConsoleFontSwap(descriptor: descriptor, saved: (old.reloading(), oldMap))
        ConsoleRescue.arm(font: .init(descriptor: descriptor, request: old.reloading(), unicodeMap: oldMap))
        let set = new.send(to: descriptor)
        guard set == 0 else {
            ConsoleRescue.disarmFont()
            throw ConsoleFontError(set == EPERM ? .refused : .notAConsole, name, errorNumber: set)
        }
        if !font.unicode.isEmpty {
            var map = ConsoleUnicodeMapRequest.set(font)
            map.send(to: descriptor)
        }
        return swap
    }

    private init(descriptor: Int32, saved: (font: ConsoleFontRequest, map: ConsoleUnicodeMapRequest?)) {
        self.descriptor = descriptor
        self.saved = Mutex(saved)
    }

    deinit { restore() }

    /// Puts the console's own font and map back; later calls do nothing.
    public func restore() {
        saved.withLock { saved in
            guard var old = saved else { return }
            saved = nil
            ConsoleRescue.disarmFont()
            old.font.send(to: descriptor)
            old.map?.send(to: descriptor)
        }
    }
}
