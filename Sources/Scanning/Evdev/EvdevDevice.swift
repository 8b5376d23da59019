internal import CEvdev

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// One opened `/dev/input/eventN` through libevdev: its identity, its exclusive grab, and its
/// events.
///
/// The grab (EVIOCGRAB) keeps scans from also reaching the console or another program as
/// typed keys. Reading follows libevdev's protocol: on `SYN_DROPPED` the kernel's buffer
/// overflowed, so the events libevdev synthesises to resynchronise its key state are handed
/// over marked as such, and the decoder drops the scan that was in progress rather than emit
/// a scan with characters missing.
///
/// Not `Sendable`: one task owns one device. Closes the descriptor and frees libevdev in
/// `deinit`; the kernel releases the grab with the descriptor.
public final class EvdevDevice {
    // MARK: Owned C objects

    /// The node it was opened from.
    public let path: String
    private let descriptor: Int32
    private let device: OpaquePointer

    // MARK: Opening

    /// Opens a device node (or a by-id link to one) for reading, without blocking.
    public init(path: String) throws(EvdevError) {
        let opened = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else { throw .openFailed(path: path, errno: errno) }
        var device: OpaquePointer?
        let status = libevdev_new_from_fd(opened, &device)
        guard status == 0, let device else {
            close(opened)
            throw .notAnInputDevice(path: path, errno: -status)
        }
        self.path = path
        self.descriptor = opened
        self.device = device
    }

    deinit {
        libevdev_free(device)
        close(descriptor)
    }

    // MARK: Identity

    /// The device's name, vendor and product, with the stable link given by the caller (the
    /// device itself does not know which by-id link points at it).
    public func identity(byIDPath: String? = nil) -> ScannerIdentity {
        ScannerIdentity(
            path: path, byIDPath: byIDPath,
            vendor: Int(libevdev_get_id_vendor(device)), product: Int(libevdev_get_id_product(device)),
            name: libevdev_get_name(device).map { String(cString: $0) } ?? "")
    }

    /// Whether it can type a scan at all: digits, letters and Enter. Mice, power buttons and
    /// lid switches also live in /dev/input and must never be taken.
    public var typesText: Bool {
        let needed = [KEY_A, KEY_Z, KEY_0, KEY_9, KEY_ENTER]
        return needed.allSatisfy { libevdev_has_event_code(device, UInt32(EV_KEY), UInt32($0)) != 0 }
    }

    /// The descriptor to wait on with `poll(2)`.
    public var fileDescriptor: Int32 { descriptor }

    // MARK: Grab

    /// Takes the device for this station alone; `.busy` if another program holds it.
    public func grab() throws(EvdevError) {
        let status = libevdev_grab(device, LIBEVDEV_GRAB)
        guard status == 0 else {
            throw -status == EBUSY ? .busy(path: path) : .grabFailed(path: path, errno: -status)
        }
    }

    /// Gives the device back to the console.
    public func release() {
        _ = libevdev_grab(device, LIBEVDEV_UNGRAB)
    }

    // MARK: Reading

    /// Hands every event available now to `handle`, without blocking. `resync` is true for the
    /// events libevdev synthesises after `SYN_DROPPED` (the `SYN_DROPPED` event itself comes
    /// first, with `resync` false, so the decoder drops the partial scan).
    ///
    /// Throws `.deviceGone` when the scanner was unplugged.
    public func readAvailable(_ handle: (InputEvent, _ resync: Bool) -> Void) throws(EvdevError) {
        var record = input_event()
        var flags = LIBEVDEV_READ_FLAG_NORMAL.rawValue
        while true {
            let status = libevdev_next_event(device, flags, &record)
            switch status {
            case Int32(LIBEVDEV_READ_STATUS_SUCCESS.rawValue):
                handle(RawInputEventParser.event(record), flags == LIBEVDEV_READ_FLAG_SYNC.rawValue)
            case Int32(LIBEVDEV_READ_STATUS_SYNC.rawValue):
                let event = RawInputEventParser.event(record)
                if flags == LIBEVDEV_READ_FLAG_NORMAL.rawValue {
                    handle(event, false)  // SYN_DROPPED: the scan in progress lost characters
                    flags = LIBEVDEV_READ_FLAG_SYNC.rawValue
                } else {
                    handle(event, true)
                }
            case -EAGAIN:
                if flags == LIBEVDEV_READ_FLAG_SYNC.rawValue {
                    flags = LIBEVDEV_READ_FLAG_NORMAL.rawValue  // drained: back to normal reading
                    continue
                }
                return
            case -EINTR:
                continue
            case -ENODEV:
                throw .deviceGone(path: path)
            default:
                throw .readFailed(path: path, errno: -status)
            }
        }
    }
}
