public import QuartermasterCore

/// The station database is the kiosk's store: the lookups and writes already have the seam's shape.
extension StationDatabase: StationStore {}
