internal import Foundation
internal import QuartermasterCore

/// The journal's `count.duplicate`: a tag scanned again in a session; who, where and when, and
/// the earlier scan that counts.
struct CountDuplicatePayload: Encodable {
    var scan: CountTagScan
    var earlier: CountScan
}
