public import Foundation
public import QuartermasterCore

/// The station database keeps the loans the kiosk's loans job asks for.
extension StationDatabase: LoanStore {
    /// The zone of the machine the station runs on (`TZ`, else the system's), the same one its
    /// screen clock and slips use: a loan due "in 14 days" counts the station's days.
    public var stationTimeZone: TimeZone { .current }
}
