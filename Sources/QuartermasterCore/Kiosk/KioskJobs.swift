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
}
