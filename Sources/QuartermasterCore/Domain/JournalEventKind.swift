/// The facts the station records for the centre. Names are part of the sync wire format:
/// never rename one that has shipped.
public enum JournalEventKind: String, CaseIterable, Sendable, Codable, Hashable {
    case pickupConfirmed = "pickup.confirmed"
    case stockReceived = "stock.received"
    case stockReturned = "stock.returned"
    case stockAdjusted = "stock.adjusted"
    case replenishmentRequested = "replenishment.requested"
    case peopleImported = "people.imported"
    case itemsImported = "items.imported"
    case requisitionsImported = "requisitions.imported"
    /// An admin renamed the station (`quartermaster db rename-station`); the event carries the old id.
    case stationRenamed = "station.renamed"
    /// A pickup slip printed again (torn, lost); who asked is the entry's actor.
    case slipReprinted = "slip.reprinted"
    /// Lendable equipment handed to a borrower, with its due date; the actor handed it over.
    case loanLent = "loan.lent"
    /// A loaned asset back in; the actor took it back.
    case loanReturned = "loan.returned"
    /// A host registered a visit ahead (`visitors invite`); the actor is the host.
    case visitInvited = "visit.invited"
    /// A visitor signed in (invite or walk-in) and got a badge code.
    case visitSignedIn = "visit.signed_in"
    /// The host was told their visitor is here (delivered by the centre later).
    case hostNotified = "host.notified"
    /// A visitor signed out by the badge, or reception did it (the actor says who).
    case visitSignedOut = "visit.signed_out"
    /// A visit still open at the closing time was closed as not signed out.
    case visitAutoClosed = "visit.auto_closed"
    /// A sign-in turned away by the deny list; only staff see why.
    case visitRefused = "visit.refused"
    /// A visit's name, company and phone removed after the retention period.
    case visitAnonymised = "visit.anonymised"
}
