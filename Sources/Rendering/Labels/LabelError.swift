public import QuartermasterCore

// MARK: - LabelError

/// Why a label could not be produced: a template that cannot be found or read, a field left
/// empty, data that would not scan at the label's size. A struct around a private enum, like
/// `RenderingError`, so callers match on `code` and show `message(in:)` to people.
public struct LabelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, stable for matching in code and tests.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable, Hashable {
            case templateNotFound, templateInvalid, missingField, qrDoesNotFit, barcodeDoesNotFit
            case barcodeUnencodable, formatUnsupported, rendering
        }

        fileprivate let base: Base

        /// No template file of that name on the search path.
        public static let templateNotFound = Code(base: .templateNotFound)
        /// The template file is not valid YAML or describes an impossible label.
        public static let templateInvalid = Code(base: .templateInvalid)
        /// A field the template prints was given no value.
        public static let missingField = Code(base: .missingField)
        /// The QR data needs modules smaller than the printer can make reliably.
        public static let qrDoesNotFit = Code(base: .qrDoesNotFit)
        /// The Code 128 data needs bars narrower than the printer can make reliably.
        public static let barcodeDoesNotFit = Code(base: .barcodeDoesNotFit)
        /// The data has characters Code 128 cannot carry.
        public static let barcodeUnencodable = Code(base: .barcodeUnencodable)
        /// The template cannot be produced in the requested output format.
        public static let formatUnsupported = Code(base: .formatUnsupported)
        /// Drawing or encoding failed underneath (see `RenderingError`).
        public static let rendering = Code(base: .rendering)

        public var description: String { base.rawValue }
    }

    private indirect enum Detail: Sendable, Hashable {
        case templateNotFound(name: String, searched: [String])
        case templateInvalid(source: String, reason: String)
        case missingField(field: String, template: String)
        case qrDoesNotFit(data: String, boxMM: Double, template: String, dpi: Double, needsMM: Double)
        case barcodeDoesNotFit(data: String, widthMM: Double, template: String, dpi: Double, needsMM: Double)
        case barcodeUnencodable(data: String, character: String)
        case formatUnsupported(template: String, format: String, reason: String)
        case rendering(RenderingError)
        /// Any of the above, about the record on one line of a batch's CSV file.
        case line(Int, Detail)
    }

    private let detail: Detail

    private init(_ detail: Detail) { self.detail = detail }

    // MARK: Constructors (internal: only this module raises them)

    static func templateNotFound(_ name: String, searched: [String]) -> Self {
        Self(.templateNotFound(name: name, searched: searched))
    }
    static func templateInvalid(_ source: String, reason: String) -> Self {
        Self(.templateInvalid(source: source, reason: reason))
    }
    static func missingField(_ field: String, template: String) -> Self {
        Self(.missingField(field: field, template: template))
    }
    static func qrDoesNotFit(data: String, boxMM: Double, template: String, dpi: Double, needsMM: Double) -> Self {
        Self(.qrDoesNotFit(data: data, boxMM: boxMM, template: template, dpi: dpi, needsMM: needsMM))
    }
    static func barcodeDoesNotFit(data: String, widthMM: Double, template: String, dpi: Double, needsMM: Double) -> Self {
        Self(.barcodeDoesNotFit(data: data, widthMM: widthMM, template: template, dpi: dpi, needsMM: needsMM))
    }
    static func barcodeUnencodable(data: String, character: Character) -> Self {
        Self(.barcodeUnencodable(data: data, character: String(character)))
    }
    static func formatUnsupported(template: String, format: String, reason: String) -> Self {
        Self(.formatUnsupported(template: template, format: format, reason: reason))
    }
    static func rendering(_ error: RenderingError) -> Self { Self(.rendering(error)) }

    /// The same error, said of the record on `line` of a batch's CSV file, so a person can
    /// find it in the spreadsheet.
    func onLine(_ line: Int) -> Self { Self(.line(line, detail)) }

    // MARK: Reading

    public var code: Code { Self.code(of: detail) }

    private static func code(of detail: Detail) -> Code {
        switch detail {
        case let .line(_, inner): code(of: inner)
        case .templateNotFound: .templateNotFound
        case .templateInvalid: .templateInvalid
        case .missingField: .missingField
        case .qrDoesNotFit: .qrDoesNotFit
        case .barcodeDoesNotFit: .barcodeDoesNotFit
        case .barcodeUnencodable: .barcodeUnencodable
        case .formatUnsupported: .formatUnsupported
        case .rendering: .rendering
        }
    }

    /// What happened and what to do about it, in the station's language.
    public func message(in language: Language) -> String { Self.message(detail, in: language) }

    private static func message(_ detail: Detail, in language: Language) -> String {
        switch (detail, language) {
        case let (.line(line, inner), .english):
            return "Line \(line) of the CSV: " + message(inner, in: language)
        case let (.line(line, inner), .simplifiedChinese):
            return "CSV 第 \(line) 行：" + message(inner, in: language)
        case let (.templateNotFound(name, searched), .english):
            return "There is no label template \"\(name)\" (looked in \(searched.joined(separator: ", "))). "
                + "Check the name, or set QM_LABELS to the folder holding the templates."
        case let (.templateNotFound(name, searched), .simplifiedChinese):
            return "找不到标签模板“\(name)”（已查找 \(searched.joined(separator: "、"))）。请检查名称，或用 QM_LABELS 指定模板目录。"
        case let (.templateInvalid(source, reason), .english):
            return "The label template \(source) cannot be used: \(reason). Fix the file and try again."
        case let (.templateInvalid(source, reason), .simplifiedChinese):
            return "标签模板 \(source) 无法使用：\(reason)。请修正文件后重试。"
        case let (.missingField(field, template), .english):
            return "No value for the field \"\(field)\", which the \(template) label prints. "
                + "Give it with --set \(field)=… or a \(field) column in the CSV."
        case let (.missingField(field, template), .simplifiedChinese):
            return "缺少字段“\(field)”，\(template) 标签需要它。请用 --set \(field)=… 或在 CSV 中加入 \(field) 列。"
        case let (.qrDoesNotFit(data, box, template, dpi, needs), .english):
            return "\(Self.short(data)) does not fit the \(Self.mm(box)) mm QR box of \(template) at \(Self.number(dpi)) dpi: "
                + "needs \(Self.mm(needs)) mm. Shorten the data or use a larger label; it is never shrunk into a code that will not scan."
        case let (.qrDoesNotFit(data, box, template, dpi, needs), .simplifiedChinese):
            return "\(Self.short(data)) 放不进 \(template) 的 \(Self.mm(box)) 毫米二维码区域（\(Self.number(dpi)) dpi）：需要 \(Self.mm(needs)) 毫米。"
                + "请缩短内容或换用更大的标签。"
        case let (.barcodeDoesNotFit(data, width, template, dpi, needs), .english):
            return "\(Self.short(data)) does not fit the \(Self.mm(width)) mm barcode width of \(template) at \(Self.number(dpi)) dpi: "
                + "needs \(Self.mm(needs)) mm. Shorten the data or use a larger label."
        case let (.barcodeDoesNotFit(data, width, template, dpi, needs), .simplifiedChinese):
            return "\(Self.short(data)) 放不进 \(template) 的 \(Self.mm(width)) 毫米条码区域（\(Self.number(dpi)) dpi）：需要 \(Self.mm(needs)) 毫米。"
        case let (.barcodeUnencodable(data, character), .english):
            return "\(Self.short(data)) contains \"\(character)\", which a Code 128 barcode cannot carry (printable ASCII only). "
                + "Use a QR code for this field."
        case let (.barcodeUnencodable(data, character), .simplifiedChinese):
            return "\(Self.short(data)) 含有 Code 128 条码无法表示的字符“\(character)”（仅限可打印 ASCII）。请改用二维码。"
        case let (.formatUnsupported(template, format, reason), .english):
            return "The \(template) template cannot be rendered as \(format): \(reason)."
        case let (.formatUnsupported(template, format, reason), .simplifiedChinese):
            return "模板 \(template) 无法输出为 \(format)：\(reason)。"
        case let (.rendering(error), language):
            return error.message(in: language)
        }
    }

    public var description: String { message(in: .english) }

    // MARK: Formatting

    /// Long data cut to something a message can carry.
    private static func short(_ data: String) -> String {
        data.count <= 40 ? data : String(data.prefix(37)) + "…"
    }

    /// Millimetres with one decimal at most ("10", "12.3").
    static func mm(_ value: Double) -> String { number((value * 10).rounded(.up) / 10) }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
