/// Small documents built in code, so the printing tests need no fixture files.
enum TestDocuments {
    // MARK: PDF

    /// A one-page 4×2 inch PDF with `text` in Helvetica, with a correct xref table.
    static func pdf(text: String) -> [UInt8] {
        let content = "BT /F1 24 Tf 20 60 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 144] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            pdf += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(pdf.utf8)
    }

    // MARK: Label printer language

    /// A ZPL label, the kind of bytes a raw queue passes to a Zebra untouched.
    static func zpl(text: String) -> [UInt8] {
        Array("^XA^FO50,50^A0N,40,40^FD\(text)^FS^XZ\n".utf8)
    }
}
