/// The codes a visit is reached by: the invite a host sends (`INV-` + 12 Crockford base32
/// characters, 60 random bits) and the badge's sign-out code (`VB-` + 12 random digits). Both
/// come from the system's random generator in the adapters (a test passes a seeded one), so
/// no code can be guessed from another.
public enum VisitCode {
    /// Crockford's base32: no I, L, O or U, so a code read aloud or typed is not misread.
    static let crockford = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// A fresh invite code; it matches the default `visitorInvite` pattern `^INV-[A-Z0-9]{6,16}$`.
    public static func invite(using generator: inout some RandomNumberGenerator) -> String {
        "INV-" + String((0..<12).map { _ in crockford[Int(generator.next(upperBound: UInt8(32)))] })
    }

    /// A fresh badge sign-out code; it matches the default `visitorBadge` pattern `^VB-\d{4,12}$`.
    public static func badge(using generator: inout some RandomNumberGenerator) -> String {
        "VB-" + String((0..<12).map { _ in Character(String(generator.next(upperBound: UInt8(10)))) })
    }
}
