// MARK: - Code128

/// Code 128 in code sets B (printable ASCII) and C (digit pairs), with the mod-103 check
/// character: enough for tags, badge numbers and mode cards, and small enough to own rather
/// than pull in a barcode library. Pure: symbol values and bar widths, no drawing.
enum Code128 {
    /// Bar and space widths (in modules) of symbol values 0...106; each sums to 11, the stop
    /// pattern (106) to 13 because it ends with a final bar.
    static let patterns: [String] = [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ]

    static let startB = 104, startC = 105, codeB = 100, codeC = 99, stop = 106

    /// Light modules required on each side of the symbol.
    static let quietZone = 10

    /// The symbol values for `text`, start and check character included, stop excluded.
    /// Runs of digits long enough to save space go in code set C.
    static func values(for text: String) throws(LabelError) -> [Int] {
        let characters = Array(text)
        for character in characters {
            guard let ascii = character.asciiValue, (32...126).contains(ascii) else {
                throw .barcodeUnencodable(data: text, character: character)
            }
        }
        func digitRun(from index: Int) -> Int {
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return end - index
        }
        guard !characters.isEmpty else { return [startB, startB % 103] }
        var values: [Int] = []
        var inC = false
        var index = 0
        let leadingRun = digitRun(from: 0)
        if leadingRun == characters.count && leadingRun % 2 == 0 || leadingRun >= 4 {
            values.append(startC)
            inC = true
        } else {
            values.append(startB)
        }
        while index < characters.count {
            let run = digitRun(from: index)
            let atEnd = index + run == characters.count
            if inC {
                if run >= 2 {
                    let pair = Int(String(characters[index...index + 1]))!
                    values.append(pair)
                    index += 2
                    continue
                }
                values.append(codeB)
                inC = false
            } else if run >= (atEnd ? 4 : 6) {
                if run % 2 == 1 {
                    values.append(Int(characters[index].asciiValue!) - 32)
                    index += 1
                }
                values.append(codeC)
                inC = true
                continue
            }
            values.append(Int(characters[index].asciiValue!) - 32)
            index += 1
        }
        let checksum = values.enumerated().reduce(0) { $0 + ($1.offset == 0 ? $1.element : $1.offset * $1.element) } % 103
        values.append(checksum)
        return values
    }

    /// The symbol as modules, dark first, without quiet zones.
    static func modules(for text: String) throws(LabelError) -> [Bool] {
        var modules: [Bool] = []
        for value in try values(for: text) + [stop] {
            for (offset, width) in patterns[value].enumerated() {
                modules += Array(repeating: offset % 2 == 0, count: Int(String(width))!)
            }
        }
        return modules
    }
}
