/// One fixed asset and its one tag (一物一卡). The register's row: what the office owns, where it
/// should be, who holds it, and when it was last counted. Every change to it is journalled with
/// who, when and why; a disposed asset stays in the register with its disposal record.
public struct Asset: Sendable, Hashable, Codable {
    /// The number on the printed tag (`FA-000123`); the QR carries exactly this.
    public var tag: String
    public var name: String
    public var model: String
    public var serial: String
    /// The office's own word (电脑, 家具), shown as written.
    public var category: String
    /// Where the register says it is; nil when nobody has said yet.
    public var locationCode: String?
    public var status: AssetStatus
    /// The person who answers for it (a badge).
    public var custodianBadge: String?
    public var purchaseDate: CalendarDate?
    /// Purchase cost in the smallest unit of the office's currency (fen, cents): never a float.
    public var costCents: Int?
    public var nextMaintenance: CalendarDate?
    public var lastCounted: CalendarDate?
    public var nextCount: CalendarDate?

    public init(
        tag: String, name: String, model: String = "", serial: String = "", category: String = "",
        locationCode: String? = nil, status: AssetStatus = .inUse, custodianBadge: String? = nil,
        purchaseDate: CalendarDate? = nil, costCents: Int? = nil, nextMaintenance: CalendarDate? = nil,
        lastCounted: CalendarDate? = nil, nextCount: CalendarDate? = nil
    ) {
        self.tag = tag
        self.name = name
        self.model = model
        self.serial = serial
        self.category = category
        self.locationCode = locationCode
        self.status = status
        self.custodianBadge = custodianBadge
        self.purchaseDate = purchaseDate
        self.costCents = costCents
        self.nextMaintenance = nextMaintenance
        self.lastCounted = lastCounted
        self.nextCount = nextCount
    }
}
