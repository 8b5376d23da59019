// MARK: - EAN13Modules

/// An EAN-13 as dark/light modules from the standard's tables, quiet zones included: the
/// benchmark draws its own so it needs no outside tool to make frames.
enum EAN13Modules {
    private static let lCodes = ["0001101", "0011001", "0010011", "0111101", "0100011",
                                 "0110001", "0101111", "0111011", "0110111", "0001011"]
    private static let parity = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                 "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]

    /// 13 digits in, 95 modules plus 11 quiet modules either side out.
    static func pattern(_ digits: String) -> [Bool] {
        let values = digits.compactMap(\.wholeNumberValue)
        precondition(values.count == 13, "an EAN-13 has 13 digits")
        let rCode = { (d: Int) in String(lCodes[d].map { $0 == "0" ? "1" : "0" }) }
        let gCode = { (d: Int) in String(rCode(d).reversed()) }
        var modules = String(repeating: "0", count: 11) + "101"
        for (index, side) in parity[values[0]].enumerated() {
            modules += side == "L" ? lCodes[values[index + 1]] : gCode(values[index + 1])
        }
        modules += "01010"
        for digit in values[7...] { modules += rCode(digit) }
        modules += "101" + String(repeating: "0", count: 11)
        return modules.map { $0 == "1" }
    }

}
