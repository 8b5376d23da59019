// MARK: - The AI table

extension GS1ApplicationIdentifier {
    /// Every AI the station understands, by its digits. Lines are written in the notation of the
    /// GS1 Barcode Syntax Dictionary (ref.gs1.org) so they can be checked against it line by
    /// line: AI or range; components, after a `*` when the length is predefined (`N` digits,
    /// `X` set 82, `Y` set 39, `Z` set 64; `N6` exactly six, `X..20` up to twenty, `[…]`
    /// optional, then linters such as `csum`); title.
    static let table: [String: GS1ApplicationIdentifier] = {
        var table: [String: GS1ApplicationIdentifier] = [:]
        for line in dictionary {
            let components = line.spec.split(separator: " ").map(Component.init(spec:))
            for ai in expand(line.ai) {
                precondition(table[ai] == nil, "GS1 table: AI \(ai) twice")
                table[ai] = GS1ApplicationIdentifier(
                    ai: ai, title: line.title, isPredefinedLength: line.predefined, components: components)
            }
        }
        return table
    }()

    /// `"3100-3105"` → 3100…3105, keeping the width; a single AI stands for itself.
    private static func expand(_ ai: String) -> [String] {
        let bounds = ai.split(separator: "-")
        guard bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]) else { return [ai] }
        return (low...high).map { number in
            let digits = String(number)
            return String(repeating: "0", count: bounds[0].count - digits.count) + digits
        }
    }

    private struct Line {
        var ai: String
        var predefined: Bool
        var spec: String
        var title: String

        /// A spec starting `* ` marks a predefined-length AI, as in the dictionary's flag column.
        init(_ ai: String, _ spec: String, _ title: String) {
            self.ai = ai
            self.predefined = spec.hasPrefix("* ")
            self.spec = predefined ? String(spec.dropFirst(2)) : spec
            self.title = title
        }
    }

    // MARK: Entries

    private static let dictionary: [Line] = [
        Line("00", "* N18,csum", "SSCC"),
        Line("01", "* N14,csum", "GTIN"),
        Line("02", "* N14,csum", "CONTENT"),
        Line("10", "X..20", "BATCH/LOT"),
        Line("11", "* N6,yymmd0", "PROD DATE"),
        Line("12", "* N6,yymmd0", "DUE DATE"),
        Line("13", "* N6,yymmd0", "PACK DATE"),
        Line("15", "* N6,yymmd0", "BEST BEFORE or BEST BY"),
        Line("16", "* N6,yymmd0", "SELL BY"),
        Line("17", "* N6,yymmd0", "USE BY or EXPIRY"),
        Line("20", "* N2", "VARIANT"),
        Line("21", "X..20", "SERIAL"),
        Line("22", "X..20", "CPV"),
        Line("235", "X..28", "TPX"),
        Line("240", "X..30", "ADDITIONAL ID"),
        Line("241", "X..30", "CUST. PART No."),
        Line("242", "N..6", "MTO VARIANT"),
        Line("243", "X..20", "PCN"),
        Line("250", "X..30", "SECONDARY SERIAL"),
        Line("251", "X..30", "REF. TO SOURCE"),
        Line("253", "N13,csum [X..17]", "GDTI"),
        Line("254", "X..20", "GLN EXTENSION COMPONENT"),
        Line("255", "N13,csum [N..12]", "GCN"),
        Line("30", "N..8", "VAR. COUNT"),
        Line("3100-3105", "* N6", "NET WEIGHT (kg)"),
        Line("3110-3115", "* N6", "LENGTH (m)"),
        Line("3120-3125", "* N6", "WIDTH (m)"),
        Line("3130-3135", "* N6", "HEIGHT (m)"),
        Line("3140-3145", "* N6", "AREA (m²)"),
        Line("3150-3155", "* N6", "NET VOLUME (l)"),
        Line("3160-3165", "* N6", "NET VOLUME (m³)"),
        Line("3200-3205", "* N6", "NET WEIGHT (lb)"),
        Line("3210-3215", "* N6", "LENGTH (in)"),
        Line("3220-3225", "* N6", "LENGTH (ft)"),
        Line("3230-3235", "* N6", "LENGTH (yd)"),
        Line("3240-3245", "* N6", "WIDTH (in)"),
        Line("3250-3255", "* N6", "WIDTH (ft)"),
        Line("3260-3265", "* N6", "WIDTH (yd)"),
        Line("3270-3275", "* N6", "HEIGHT (in)"),
        Line("3280-3285", "* N6", "HEIGHT (ft)"),
        Line("3290-3295", "* N6", "HEIGHT (yd)"),
        Line("3300-3305", "* N6", "GROSS WEIGHT (kg)"),
        Line("3310-3315", "* N6", "LENGTH (m), log"),
        Line("3320-3325", "* N6", "WIDTH (m), log"),
        Line("3330-3335", "* N6", "HEIGHT (m), log"),
        Line("3340-3345", "* N6", "AREA (m²), log"),
        Line("3350-3355", "* N6", "VOLUME (l), log"),
        Line("3360-3365", "* N6", "VOLUME (m³), log"),
        Line("3370-3375", "* N6", "KG PER m²"),
        Line("3400-3405", "* N6", "GROSS WEIGHT (lb)"),
        Line("3410-3415", "* N6", "LENGTH (in), log"),
        Line("3420-3425", "* N6", "LENGTH (ft), log"),
        Line("3430-3435", "* N6", "LENGTH (yd), log"),
        Line("3440-3445", "* N6", "WIDTH (in), log"),
        Line("3450-3455", "* N6", "WIDTH (ft), log"),
        Line("3460-3465", "* N6", "WIDTH (yd), log"),
        Line("3470-3475", "* N6", "HEIGHT (in), log"),
        Line("3480-3485", "* N6", "HEIGHT (ft), log"),
        Line("3490-3495", "* N6", "HEIGHT (yd), log"),
        Line("3500-3505", "* N6", "AREA (in²)"),
        Line("3510-3515", "* N6", "AREA (ft²)"),
        Line("3520-3525", "* N6", "AREA (yd²)"),
        Line("3530-3535", "* N6", "AREA (in²), log"),
        Line("3540-3545", "* N6", "AREA (ft²), log"),
        Line("3550-3555", "* N6", "AREA (yd²), log"),
        Line("3560-3565", "* N6", "NET WEIGHT (t oz)"),
        Line("3570-3575", "* N6", "NET VOLUME (oz)"),
        Line("3600-3605", "* N6", "NET VOLUME (qt)"),
        Line("3610-3615", "* N6", "NET VOLUME (gal.)"),
        Line("3620-3625", "* N6", "VOLUME (qt), log"),
        Line("3630-3635", "* N6", "VOLUME (gal.), log"),
        Line("3640-3645", "* N6", "VOLUME (in³)"),
        Line("3650-3655", "* N6", "VOLUME (ft³)"),
        Line("3660-3665", "* N6", "VOLUME (yd³)"),
        Line("3670-3675", "* N6", "VOLUME (in³), log"),
        Line("3680-3685", "* N6", "VOLUME (ft³), log"),
        Line("3690-3695", "* N6", "VOLUME (yd³), log"),
        Line("37", "N..8", "COUNT"),
        Line("3900-3909", "N..15", "AMOUNT"),
        Line("3910-3919", "N3 N..15", "AMOUNT"),
        Line("3920-3929", "N..15", "PRICE"),
        Line("3930-3939", "N3 N..15", "PRICE"),
        Line("3940-3943", "N4", "PRCNT OFF"),
        Line("3950-3955", "N6", "PRICE/UoM"),
        Line("400", "X..30", "ORDER NUMBER"),
        Line("401", "X..30", "GINC"),
        Line("402", "N17,csum", "GSIN"),
        Line("403", "X..30", "ROUTE"),
        Line("410", "* N13,csum", "SHIP TO LOC"),
        Line("411", "* N13,csum", "BILL TO"),
        Line("412", "* N13,csum", "PURCHASE FROM"),
        Line("413", "* N13,csum", "SHIP FOR LOC"),
        Line("414", "* N13,csum", "LOC No."),
        Line("415", "* N13,csum", "PAY TO"),
        Line("416", "* N13,csum", "PROD/SERV LOC"),
        Line("417", "* N13,csum", "PARTY"),
        Line("420", "X..20", "SHIP TO POST"),
        Line("421", "N3 X..9", "SHIP TO POST"),
        Line("422", "N3", "ORIGIN"),
        Line("423", "N..15", "COUNTRY - INITIAL PROCESS"),
        Line("424", "N3", "COUNTRY - PROCESS"),
        Line("425", "N..15", "COUNTRY - DISASSEMBLY"),
        Line("426", "N3", "COUNTRY - FULL PROCESS"),
        Line("427", "X..3", "ORIGIN SUBDIVISION"),
        Line("4300", "X..35", "SHIP TO COMP"),
        Line("4301", "X..35", "SHIP TO NAME"),
        Line("4302", "X..70", "SHIP TO ADD1"),
        Line("4303", "X..70", "SHIP TO ADD2"),
        Line("4304", "X..70", "SHIP TO SUB"),
        Line("4305", "X..70", "SHIP TO LOC"),
        Line("4306", "X..70", "SHIP TO REG"),
        Line("4307", "X2", "SHIP TO COUNTRY"),
        Line("4308", "X..30", "SHIP TO PHONE"),
        Line("4309", "N10 N10", "SHIP TO GEO"),
        Line("4310", "X..35", "RTN TO COMP"),
        Line("4311", "X..35", "RTN TO NAME"),
        Line("4312", "X..70", "RTN TO ADD1"),
        Line("4313", "X..70", "RTN TO ADD2"),
        Line("4314", "X..70", "RTN TO SUB"),
        Line("4315", "X..70", "RTN TO LOC"),
        Line("4316", "X..70", "RTN TO REG"),
        Line("4317", "X2", "RTN TO COUNTRY"),
        Line("4318", "X..20", "RTN TO POST"),
        Line("4319", "X..30", "RTN TO PHONE"),
        Line("4320", "X..35", "SRV DESCRIPTION"),
        Line("4321", "N1", "DANGEROUS GOODS"),
        Line("4322", "N1", "AUTH TO LEAVE"),
        Line("4323", "N1", "SIG REQUIRED"),
        Line("4324", "N6,yymmd0 N4,hhmm", "NOT BEF DEL DT"),
        Line("4325", "N6,yymmd0 N4,hhmm", "NOT AFT DEL DT"),
        Line("4326", "N6,yymmdd", "REL DATE"),
        Line("4330", "N6 [X1]", "MAX TEMP F."),
        Line("4331", "N6 [X1]", "MAX TEMP C."),
        Line("4332", "N6 [X1]", "MIN TEMP F."),
        Line("4333", "N6 [X1]", "MIN TEMP C."),
        Line("7001", "N13", "NSN"),
        Line("7002", "X..30", "MEAT CUT"),
        Line("7003", "N6,yymmdd N4,hhmm", "EXPIRY TIME"),
        Line("7004", "N..4", "ACTIVE POTENCY"),
        Line("7005", "X..12", "CATCH AREA"),
        Line("7006", "N6,yymmdd", "FIRST FREEZE DATE"),
        Line("7007", "N6,yymmdd [N6],yymmdd", "HARVEST DATE"),
        Line("7008", "X..3", "AQUATIC SPECIES"),
        Line("7009", "X..10", "FISHING GEAR TYPE"),
        Line("7010", "X..2", "PROD METHOD"),
        Line("7011", "N6,yymmdd [N4],hhmm", "TEST BY DATE"),
        Line("7020", "X..20", "REFURB LOT"),
        Line("7021", "X..20", "FUNC STAT"),
        Line("7022", "X..20", "REV STAT"),
        Line("7023", "X..30", "GIAI - ASSEMBLY"),
        Line("7030-7039", "N3 X..27", "PROCESSOR"),
        Line("7040", "N1 X1 X1 X1", "UIC+EXT"),
        Line("710", "X..20", "NHRN PZN"),
        Line("711", "X..20", "NHRN CIP"),
        Line("712", "X..20", "NHRN CN"),
        Line("713", "X..20", "NHRN DRN"),
        Line("714", "X..20", "NHRN AIM"),
        Line("715", "X..20", "NHRN NDC"),
        Line("7230-7239", "X2 X..28", "CERT"),
        Line("7240", "X..20", "PROTOCOL"),
        Line("7241", "N2", "AIDC MEDIA TYPE"),
        Line("7242", "X..25", "VCN"),
        Line("8001", "N4 N5 N3 N1 N1", "DIMENSIONS"),
        Line("8002", "X..20", "CMT No."),
        Line("8003", "N1,zero N13,csum [X..16]", "GRAI"),
        Line("8004", "X..30", "GIAI"),
        Line("8005", "N6", "PRICE PER UNIT"),
        Line("8006", "N14,csum N4,pieceoftotal", "ITIP"),
        Line("8007", "X..34", "IBAN"),
        Line("8008", "N8,yymmddhh [N..4],mmoptss", "PROD TIME"),
        Line("8009", "X..50", "OPTSEN"),
        Line("8010", "Y..30", "CPID"),
        Line("8011", "N..12", "CPID SERIAL"),
        Line("8012", "X..20", "VERSION"),
        Line("8013", "X..25", "GMN"),
        Line("8017", "N18,csum", "GSRN - PROVIDER"),
        Line("8018", "N18,csum", "GSRN - RECIPIENT"),
        Line("8019", "N..10", "SRIN"),
        Line("8020", "X..25", "REF No."),
        Line("8026", "N14,csum N4,pieceoftotal", "ITIP CONTENT"),
        Line("8030", "Z..90", "DIGSIG"),
        Line("8110", "X..70", "COUPON"),
        Line("8111", "N4", "POINTS"),
        Line("8112", "X..70", "COUPON"),
        Line("8200", "X..70", "PRODUCT URL"),
        Line("90", "X..30", "INTERNAL"),
        Line("91-99", "X..90", "INTERNAL"),
    ]
}
