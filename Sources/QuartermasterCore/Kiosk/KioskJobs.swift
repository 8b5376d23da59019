/// The jobs a station runs, in the order of their mode cards. The first is the mode a fresh
/// kiosk starts in. A new job is registered here, with one line.
public enum KioskJobs {
    /// The storeroom counter.
    public static let storeroom: [any KioskJob.Type] = [
        PickupJob.self,
        ReceiveJob.self,
        ReturnJob.self,
        CountJob.self,
        LoanJob.self,
    ]

    /// What a station's kiosk runs: the storeroom counter and reception (visitors walk up to
    /// it with nobody signed in).
    public static let station: [any KioskJob.Type] = storeroom + [ReceptionJob.self]
}
