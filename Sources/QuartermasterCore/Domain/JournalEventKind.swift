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
    /// A locations file imported: every location it added or changed, with its values.
    case locationsImported = "locations.imported"
    /// An asset file imported (ours or Snipe-IT's): every asset it added or changed, with its values.
    case assetsImported = "assets.imported"
    /// An asset added to the register at the station (`assets add`), with its tag.
    case assetAdded = "asset.added"
    /// An asset moved to another location, with the reason.
    case assetMoved = "asset.moved"
    /// An asset's status changed (not disposal, which has its own event), with the reason.
    case assetStatusChanged = "asset.status_changed"
    /// An asset disposed of (报废): date, reason, approver. The asset stays in the register.
    case assetDisposed = "asset.disposed"
    /// Tags printed for assets (their `tag_printed` counters go up).
    case assetTagsPrinted = "asset.tags_printed"
    /// A damaged or lost tag printed again, with the reason.
    case assetTagReprinted = "asset.tag_reprinted"
    /// A count session opened for a scope, with the snapshot of what it expects.
    case countOpened = "count.opened"
    /// One tag counted in a session: who, where, when, and what it was.
    case countScanned = "count.scanned"
    /// A tag scanned again in the same session: recorded for the record, counted once.
    case countDuplicate = "count.duplicate"
    /// The auditor accepted a moved asset's new location (applied when the count closes).
    case countMoveAccepted = "count.move_accepted"
    /// A count closed: its tallies, and the last and next count dates it set on every asset it
    /// found (one event for them all: the tags are the session's `count.scanned` events).
    case countClosed = "count.closed"
    /// An asset registered on the spot during a count (a surplus tag given a name).
    case assetRegistered = "asset.registered"
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
    /// An invite whose day passed without a sign-in, marked as a no-show at the closing time.
    case visitNoShow = "visit.no_show"
    /// A sign-in turned away by the deny list; only staff see why.
    case visitRefused = "visit.refused"
    /// A visit's name, company and phone removed after the retention period.
    case visitAnonymised = "visit.anonymised"
    /// Count campaigns from the centre: every one added, changed or withdrawn, with its values.
    case campaignsImported = "campaigns.imported"
    /// Reference changes from the centre that this station's rules refused (a code that
    /// already names something else here, a host it does not know), each with its kind, key,
    /// cursor and why; the rest of the page was applied. Corrected at the centre, the record
    /// comes again as a new change.
    case referenceRefused = "reference.refused"
}
