public import Foundation

/// What reception needs beside the database: the site rules from the station's configuration,
/// and the printers for badges and the roll call. The slip output of a station conforms; an
/// engine test's memory output need not.
public protocol ReceptionDesk {
    var siteRules: SiteRules { get }
    /// Prints the badge (or files it) and says where it went; a failure leaves the sign-in as it is.
    func printBadge(_ pass: VisitPass, at time: Date) throws(StationProblem) -> String
    /// Prints the roll call (these visits, made at `time`) on the slip printer, at once.
    func printRollCall(_ visits: [VisitListing], at time: Date) throws(StationProblem) -> String
}
