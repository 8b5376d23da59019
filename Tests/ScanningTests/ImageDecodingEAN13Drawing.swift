// MARK: - EAN13Drawing

/// An EAN-13 symbol rasterised from the standard's encoding tables: start guard, six digits in
/// L/G codes chosen by the first digit, centre guard, six R codes, end guard, quiet zones.
struct EAN13Drawing {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    private static let lCodes = ["0001101", "0011001", "0010011", "0111101", "0100011",
                                 "0110001", "0101111", "0111011", "0110111", "0001011"]
    private static let parity = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                 "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]

    init(digits: String, pixelsPerModule: Int, height: Int) {
        let values = digits.map { Int(String($0))! }
        let rCode = { (d: Int) in String(Self.lCodes[d].map { $0 == "0" ? "1" : "0" }) }
        let gCode = { (d: Int) in String(rCode(d).reversed()) }
        var modules = String(repeating: "0", count: 11) + "101"
        for (index, parity) in Self.parity[values[0]].enumerated() {
            modules += parity == "L" ? Self.lCodes[values[index + 1]] : gCode(values[index + 1])
        }
        modules += "01010"
        for digit in values[7...] { modules += rCode(digit) }
        modules += "101" + String(repeating: "0", count: 11)

        width = modules.count * pixelsPerModule
        self.height = height
        let row = modules.flatMap { [UInt8](repeating: $0 == "1" ? 0 : 255, count: pixelsPerModule) }
        pixels = Array((0..<height).map { _ in row }.joined())
    }
}
