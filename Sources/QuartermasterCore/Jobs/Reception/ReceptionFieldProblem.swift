/// Why a typed field was not taken.
public enum ReceptionFieldProblem: Sendable, Hashable {
    case empty
    case tooLong(limit: Int)
    /// A character no keyboard types (control, invisible): pasted text, or an escape sequence.
    case untypable
    case notAPhoneNumber
    case noSuchChoice(count: Int)

    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .empty: return zh ? "此项不能为空。" : "Please type something."
        case .tooLong(let limit): return zh ? "最多 \(limit) 个字符。" : "At most \(limit) characters, please."
        case .untypable: return zh ? "含有无法输入的字符，请重新输入。" : "That holds characters a keyboard does not type; please type it again."
        case .notAPhoneNumber: return zh ? "电话号码只能包含数字、空格、+ 和 -（可按 Enter 跳过）。" : "A phone number holds digits, spaces, + and - only (Enter skips it)."
        case .noSuchChoice(let count): return zh ? "请输入 1 到 \(count) 之间的编号，或输入其他姓名重新查找。" : "Type a number from 1 to \(count), or another name to search again."
        }
    }
}
