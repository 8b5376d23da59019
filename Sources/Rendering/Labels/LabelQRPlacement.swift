// MARK: - LabelQRPlacement

/// A QR code fitted to its box at the printer's resolution: the symbol, how many whole dots
/// each module takes, and where its quiet zone starts on the dot grid.
struct LabelQRPlacement: Sendable, Hashable {
    /// Light modules on every side, as ISO/IEC 18004 asks.
    static let quietZone = 4
    /// The module size used when a template does not say; 4 dots scan reliably from thermal labels.
    static let defaultMinimumModuleDots = 4

    let code: QRCode
    let level: QRErrorCorrection
    let moduleDots: Int
    /// Top-left corner of the quiet zone, in millimetres, on a whole printer dot.
    let origin: Point
    /// `moduleDots` in millimetres.
    let moduleSize: Double

    /// Encodes `data` and fits it into `box` with the largest whole number of dots per module.
    /// The template's level is preferred; if the symbol would need modules under
    /// `minimumModuleDots`, lower levels (smaller symbols) are tried before the data is
    /// refused, never shrunk into a code phones and scanners cannot read. One encode in the
    /// usual case, because encoding (mask selection) dominates the cost of a label batch.
    init(
        data: String, box: LabelBox, preferredLevel: QRErrorCorrection, minimumModuleDots: Int,
        dpi: Double, template: String
    ) throws(LabelError) {
        let dotsPerMM = dpi / 25.4
        let boxSide = min(box.width, box.height)
        let availableDots = Int((boxSide * dotsPerMM + 1e-6).rounded(.down))
        func dotsPerModule(_ code: QRCode) -> Int { availableDots / (code.size + 2 * Self.quietZone) }

        let levels = QRErrorCorrection.allCases.filter { $0 <= preferredLevel }.reversed()
        var smallest: Int?
        var chosen: (code: QRCode, level: QRErrorCorrection)?
        for level in levels {
            let code: QRCode
            do {
                code = try QREncoder.encode(data, level: level)
            } catch where error.code == .qrDataTooLong {
                continue
            } catch {
                throw .rendering(error)
            }
            smallest = code.size
            if dotsPerModule(code) >= minimumModuleDots {
                chosen = (code, level)
                break
            }
        }
        guard let (code, level) = chosen else {
            let modules = (smallest ?? 177) + 2 * Self.quietZone
            throw .qrDoesNotFit(
                data: data, boxMM: boxSide, template: template, dpi: dpi,
                needsMM: Double(modules * minimumModuleDots) / dotsPerMM)
        }
        let dots = dotsPerModule(code)

        let sideDots = (code.size + 2 * Self.quietZone) * dots
        let leftDots = (box.x * dotsPerMM).rounded() + ((box.width * dotsPerMM).rounded(.down) - Double(sideDots)) / 2
        let topDots = (box.y * dotsPerMM).rounded() + ((box.height * dotsPerMM).rounded(.down) - Double(sideDots)) / 2
        self.code = code
        self.level = level
        self.moduleDots = dots
        self.moduleSize = Double(dots) / dotsPerMM
        self.origin = Point(x: leftDots.rounded(.down) / dotsPerMM, y: topDots.rounded(.down) / dotsPerMM)
    }

    var command: DrawingCommand {
        .qrCode(code, origin: origin, moduleSize: moduleSize, quietZone: Self.quietZone)
    }
}
