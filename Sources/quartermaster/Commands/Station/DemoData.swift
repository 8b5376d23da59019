import QuartermasterCore

/// The demo storeroom: a keeper, an auditor, employees with badges, about fifty items with
/// EAN-13 codes and requisitions in every status. Written as the same CSV files an office
/// would import, so the demo also shows what those files look like.
enum DemoData {
    static let keeperBadge = "E1001"
    static let applicantBadge = "E2001"
    static let colleagueBadge = "E2002"
    static let firstRequisition = "YPQ-2024-001"

    static let people = """
        badge,name,department,roles
        E1001,王库管 Wang,Storeroom,keeper
        E1002,Chen Keeper,Storeroom,keeper;employee
        E2001,张三 Zhang San,General Affairs,employee
        E2002,李四 Li Si,General Affairs,employee
        E2003,Zhao Liu,Finance,employee
        E3001,Manager Li,General Affairs,approver;employee
        E4001,周审计 Zhou,Audit,auditor
        E5001,Reception Desk,Administration,reception
        E9001,Station Admin,IT,admin

        """

    /// Items: name, spec, unit, category, stock, threshold, bin.
    private static let catalogue: [(String, String, String, String, Int, Int, String)] = [
        ("A4 复印纸 copy paper", "70 g", "pack", "stationery", 120, 20, "A-01"),
        ("A3 复印纸 copy paper", "80 g", "pack", "stationery", 30, 5, "A-01"),
        ("中性笔 gel pen black", "0.5 mm", "box", "stationery", 40, 10, "A-02"),
        ("中性笔 gel pen blue", "0.5 mm", "box", "stationery", 25, 10, "A-02"),
        ("Ballpoint pen red", "0.7 mm", "box", "stationery", 12, 5, "A-02"),
        ("Highlighter set", "4 colours", "set", "stationery", 18, 5, "A-03"),
        ("Permanent marker", "black", "pcs", "stationery", 30, 10, "A-03"),
        ("Whiteboard marker", "assorted", "set", "stationery", 14, 5, "A-03"),
        ("Pencil HB", "HB", "box", "stationery", 20, 5, "A-04"),
        ("Eraser", "large", "pcs", "stationery", 50, 10, "A-04"),
        ("订书机 stapler", "24/6", "pcs", "stationery", 8, 3, "A-05"),
        ("订书钉 staples", "24/6 1000", "box", "stationery", 60, 15, "A-05"),
        ("Paper clips", "28 mm", "box", "stationery", 45, 10, "A-05"),
        ("Binder clips", "32 mm", "box", "stationery", 22, 5, "A-05"),
        ("Sticky notes", "76×76", "pad", "stationery", 80, 20, "A-06"),
        ("文件夹 file folder", "A4 clip", "pcs", "stationery", 40, 10, "A-06"),
        ("Ring binder", "A4 2-ring", "pcs", "stationery", 16, 5, "A-06"),
        ("Envelope C4", "white", "pack", "stationery", 20, 5, "A-07"),
        ("Envelope DL", "window", "pack", "stationery", 25, 5, "A-07"),
        ("Notebook A5", "80 sheets", "pcs", "stationery", 35, 10, "A-07"),
        ("Scissors", "21 cm", "pcs", "stationery", 10, 3, "A-08"),
        ("Glue stick", "21 g", "pcs", "stationery", 40, 10, "A-08"),
        ("Correction tape", "5 mm", "pcs", "stationery", 24, 8, "A-08"),
        ("Ruler", "30 cm", "pcs", "stationery", 15, 5, "A-08"),
        ("Calculator", "12 digit", "pcs", "equipment", 6, 2, "B-01"),
        ("USB flash drive", "32 GB", "pcs", "equipment", 12, 4, "B-01"),
        ("Wireless mouse", "USB", "pcs", "equipment", 9, 3, "B-02"),
        ("Keyboard", "USB US", "pcs", "equipment", 5, 2, "B-02"),
        ("HDMI cable", "2 m", "pcs", "equipment", 10, 3, "B-03"),
        ("Power strip", "6 outlet", "pcs", "equipment", 7, 2, "B-03"),
        ("Headset", "USB", "pcs", "equipment", 6, 2, "B-04"),
        ("Laser pointer", "red", "pcs", "equipment", 4, 1, "B-04"),
        ("硒鼓 toner HP 58A", "CF258A", "pcs", "consumables", 6, 2, "C-01"),
        ("Toner Brother TN-2420", "TN-2420", "pcs", "consumables", 4, 2, "C-01"),
        ("Ink cartridge black", "Canon PG-545", "pcs", "consumables", 8, 3, "C-02"),
        ("Ink cartridge colour", "Canon CL-546", "pcs", "consumables", 6, 3, "C-02"),
        ("Label tape", "DK-22205 62 mm", "roll", "consumables", 10, 3, "C-03"),
        ("Receipt paper", "80 mm", "roll", "consumables", 30, 10, "C-03"),
        ("AA batteries", "4-pack", "pack", "consumables", 20, 6, "C-04"),
        ("AAA batteries", "4-pack", "pack", "consumables", 16, 6, "C-04"),
        ("Hand sanitiser", "500 ml", "bottle", "consumables", 18, 6, "C-05"),
        ("Tissues", "box of 200", "box", "consumables", 48, 12, "C-05"),
        ("Paper towels", "2-ply", "roll", "consumables", 36, 12, "C-05"),
        ("Bin bags", "30 L", "roll", "consumables", 25, 8, "C-06"),
        ("Coffee beans", "1 kg", "bag", "consumables", 10, 3, "C-07"),
        ("Tea bags", "100", "box", "consumables", 12, 4, "C-07"),
        ("Paper cups", "250 ml 50", "pack", "consumables", 30, 10, "C-07"),
        ("Dish soap", "500 ml", "bottle", "consumables", 8, 3, "C-08"),
        ("Packing tape", "48 mm", "roll", "consumables", 20, 6, "C-08"),
        ("Cardboard box", "40×30×30", "pcs", "consumables", 25, 5, "C-09"),
    ]

    /// EAN-13 in China's GS1 range (690–699) with a correct check digit.
    static func ean13(_ serial: Int) -> String {
        CheckDigit.appended(to: "6901234" + String(100_000 + serial).suffix(5))!
    }

    static func itemCode(_ serial: Int) -> String {
        "ITM-" + String(1000 + serial).suffix(3)
    }

    static var items: String {
        var csv = "code,barcodes,name,spec,unit,category,stock,threshold,bin\n"
        for (index, entry) in catalogue.enumerated() {
            let serial = index + 1
            let (name, spec, unit, category, stock, threshold, bin) = entry
            csv += "\(itemCode(serial)),\(ean13(serial)),\(name),\(spec),\(unit),\(category),\(stock),\(threshold),\(bin)\n"
        }
        return csv
    }

    /// Requisition lines: number, applicant, department, date, purpose, status, [(item serial, requested, approved)].
    private static let requisitionList: [(String, String, String, String, String, String, [(Int, Int, Int)])] = [
        ("YPQ-2024-001", "E2001", "General Affairs", "2024-03-01", "department printing", "approved", [(1, 10, 10), (3, 2, 2), (33, 1, 1)]),
        ("YPQ-2024-002", "E2003", "Finance", "2024-03-02", "quarter-end filing", "approved", [(16, 20, 20), (14, 2, 2)]),
        ("YPQ-2024-003", "E2002", "General Affairs", "2024-03-03", "new starter kit", "approved", [(20, 1, 1), (3, 1, 1), (27, 1, 1), (28, 1, 1)]),
        ("YPQ-2024-004", "E2001", "General Affairs", "2024-03-04", "meeting room supplies", "draft", [(8, 2, 0)]),
        ("YPQ-2024-005", "E2003", "Finance", "2024-03-05", "projector for training", "rejected", [(32, 1, 0)]),
        ("YPQ-2024-006", "E2002", "General Affairs", "2024-03-06", "reception refreshments", "approved", [(45, 2, 2), (46, 2, 2), (47, 3, 3)]),
        ("YPQ-2024-007", "E2001", "General Affairs", "2024-03-07", "printer toner", "approved", [(33, 10, 10)]),
    ]

    static var requisitions: String {
        var csv = "number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved,rejection_reason\n"
        for (number, applicant, department, date, purpose, status, lines) in requisitionList {
            let reason = status == "rejected" ? "exceeds quarterly budget" : ""
            for (serial, requested, approved) in lines {
                csv += "\(number),\(applicant),\(department),\(date),\(purpose),Manager Li,\(status),\(itemCode(serial)),\(requested),\(approved),\(reason)\n"
            }
        }
        return csv
    }

    /// The codes to try, for the demo's welcome text.
    static var walkthrough: String {
        """
        Try a pickup (type each code and press Enter, or scan it):
          1. keeper badge           \(keeperBadge)
          2. requisition            \(firstRequisition)
          3. items                  \(ean13(1))  (A4 paper; type 10 then Enter first to count ten)
                                    \(ean13(3))  (gel pens, twice)
                                    \(ean13(33))  (toner)
          4. recipient badge        \(applicantBadge)  (the applicant confirms; \(colleagueBadge) needs Enter to accept)
        Other codes: QM-MODE-RECEIVE, QM-MODE-RETURN, QM-MODE-PICKUP switch modes (or F1/F2/F3);
        YPQ-2024-004 is a draft, YPQ-2024-005 was rejected; E4001 is an auditor (no keeper role).
        """
    }
}
