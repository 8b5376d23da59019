public import Foundation

/// Everything the kiosk knows between events; the screen is drawn from it alone.
public struct KioskState: Sendable, Hashable {
    public var mode: KioskMode = .pickup
    /// The keeper signed in at the station.
    public var person: Person?
    public var lastActivity: Date?
    public var pick: PickSession?
    /// A quantity typed ahead of the next item scan.
    public var pendingQuantity: Int?
    /// Receive/return: the item scanned, waiting for its quantity.
    public var pendingItem: Item?
    /// A write was handed to the store and its answer has not come back.
    public var isRecording = false
    public var notice: Notice = .scanBadgeToStart
    /// The last pickup recorded at this station, shown until the next one opens.
    public var lastPickup: PickupOutcome?
    /// Where the last slip went, or why it did not.
    public var slipNote: String?
    /// The scanners read directly (evdev) that are connected now; nil when the station reads
    /// no scanner devices (keyboard-wedge only), so the status line says nothing about them.
    public var scanners: [String]?

    public init() {}
}

extension KioskState {
    /// A fresh, signed-out state that keeps the station's mode.
    init(mode: KioskMode, notice: Notice, scanners: [String]?) {
        self.init()
        self.mode = mode
        self.notice = notice
        self.scanners = scanners
    }
}
