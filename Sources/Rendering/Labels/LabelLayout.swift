// MARK: - LabelLayout

/// Places one label's elements for one set of field values. Every size that a printer must
/// reproduce exactly (QR modules, barcode bars) is snapped to the template's dot grid here,
/// once, so PDF, PNG, ZPL and ESC/POS all carry the same geometry.
struct LabelLayout {
    let template: LabelTemplate
    /// Measures text exactly as the output will draw it.
    let measurer: Canvas

    /// Step by which text shrinks when it is too long for its box, in points.
    static let shrinkStep = 0.5

    func page(_ values: [String: String]) throws(LabelError) -> DrawingPage {
        let defaults = template.defaults ?? [:]
        var commands: [DrawingCommand] = []
        for element in template.elements {
            switch element {
            case let .qr(qr):
                let data = try qr.data.fill(values, defaults: defaults, template: template.name)
                let placement = try LabelQRPlacement(
                    data: data, box: qr.box, preferredLevel: qr.level ?? .medium,
                    minimumModuleDots: qr.minModuleDots ?? LabelQRPlacement.defaultMinimumModuleDots,
                    dpi: template.dpi, template: template.name)
                commands.append(placement.command)
            case let .text(text):
                let string = try text.text.fill(values, defaults: defaults, template: template.name)
                if !string.isEmpty { commands.append(self.text(string, in: text)) }
            case let .code128(barcode):
                let data = try barcode.data.fill(values, defaults: defaults, template: template.name)
                if !data.isEmpty { commands.append(try bars(data, in: barcode)) }
            case let .line(line):
                commands.append(.line(from: line.from.point, to: line.to.point, width: line.width ?? 0.3))
            case let .box(box):
                commands.append(box.fill == true ? .fill(box.box.rect, gray: 0) : .box(box.box.rect, lineWidth: box.lineWidth ?? 0.3))
            }
        }
        return DrawingPage(size: Size(width: template.size.width, height: template.size.height), commands: commands)
    }

    // MARK: Text

    /// The largest size from `size` down to `minSize` at which the text fits the box's width
    /// in `maxLines` lines and its height; failing that, the smallest size, cut with "…".
    private func text(_ string: String, in element: LabelTextElement) -> DrawingCommand {
        let maxLines = element.maxLines ?? 1
        var style = TextStyle(pointSize: element.size, bold: element.bold ?? false, alignment: element.align?.drawing ?? .leading)
        let smallest = element.minSize ?? element.size
        var size = element.size
        while true {
            style = style.with(pointSize: size)
            let measured = measurer.measureLines(string, width: element.box.width, style: style)
            if measured.lines <= maxLines && measured.size.height <= element.box.height + 0.01 {
                return .text(string, frame: Rect(
                    x: element.box.x, y: element.box.y, width: element.box.width, height: measured.size.height), style: style)
            }
            guard size - Self.shrinkStep >= smallest - 1e-9 else { break }
            size -= Self.shrinkStep
        }
        style.maxLines = maxLines
        var height = measurer.measureLines(string, width: element.box.width, style: style).size.height
        while height > element.box.height + 0.01, let lines = style.maxLines, lines > 1 {
            style.maxLines = lines - 1
            height = measurer.measureLines(string, width: element.box.width, style: style).size.height
        }
        return .text(string, frame: Rect(x: element.box.x, y: element.box.y, width: element.box.width, height: height), style: style)
    }

    // MARK: Code 128

    /// Bars of whole dots, as wide as fits the box with the quiet zones, centred.
    private func bars(_ data: String, in element: LabelCode128Element) throws(LabelError) -> DrawingCommand {
        let modules = try Code128.modules(for: data)
        let dotsPerMM = template.dpi / 25.4
        let total = modules.count + 2 * Code128.quietZone
        let availableDots = Int((element.box.width * dotsPerMM + 1e-6).rounded(.down))
        let moduleDots = availableDots / total
        let minimum = element.minModuleDots ?? 2
        guard moduleDots >= minimum else {
            throw .barcodeDoesNotFit(
                data: data, widthMM: element.box.width, template: template.name, dpi: template.dpi,
                needsMM: Double(total * minimum) / dotsPerMM)
        }
        let leftDots = ((element.box.x * dotsPerMM).rounded() + Double((availableDots - total * moduleDots) / 2)
            + Double(Code128.quietZone * moduleDots))
        let top = (element.box.y * dotsPerMM).rounded() / dotsPerMM
        let bottom = ((element.box.y + element.box.height) * dotsPerMM).rounded(.down) / dotsPerMM
        var rects: [Rect] = []
        var index = 0
        while index < modules.count {
            guard modules[index] else {
                index += 1
                continue
            }
            let start = index
            while index < modules.count, modules[index] { index += 1 }
            let x = (leftDots + Double(start * moduleDots)) / dotsPerMM
            rects.append(Rect(x: x, y: top, width: Double((index - start) * moduleDots) / dotsPerMM, height: bottom - top))
        }
        return .crispFill(rects)
    }
}
