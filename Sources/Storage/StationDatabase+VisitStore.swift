public import QuartermasterCore

/// The station database is the reception job's visit store.
extension StationDatabase: VisitStore {}
