/// A place assets are kept and counted: one node of the office's tree (site → building → floor
/// → room, or however deep the office goes). Its code is printed on the location label that an
/// auditor scans first (`LOC-HQ-3F-301` by default; any code once imported).
public struct Location: Sendable, Hashable, Codable {
    public var code: String
    /// As the office writes it (总部 3楼 301 会议室).
    public var name: String
    /// The location this one is inside; nil for a site.
    public var parentCode: String?

    public init(code: String, name: String, parentCode: String? = nil) {
        self.code = code
        self.name = name
        self.parentCode = parentCode
    }
}
