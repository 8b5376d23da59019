public import Station
public import Storage

/// The kiosk engine as the station runs it: the database as store, slips to the slip
/// printer's queue or to PDF files.
public typealias StationKioskEngine = KioskEngine<StationDatabase, StationSlipOutput>
