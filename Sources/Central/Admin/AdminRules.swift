internal import Foundation
internal import QuartermasterCore

/// The checks on what an admin types, worded once: what was wrong, and an example of right.
enum AdminRules {
    /// A key (number, code, tag): one line, at most 100 characters, no control characters.
    static func key(_ value: String, _ what: String, example: String) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 100, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw CentralStoreError(.unprocessable, "The \(what) \"\(TerminalText.escaped(value))\" is empty, too long or not one line.", advice: "Give a short \(what) such as \(example).")
        }
        return trimmed
    }

    /// Free text a form needs (a name, a department, a reason): kept exactly, commas, quotes and
    /// Chinese included; only emptiness is refused.
    static func text(_ value: String, _ what: String, example: String) throws -> String {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CentralStoreError(.unprocessable, "The \(what) is empty.", advice: "Give the \(what), e.g. \(example).")
        }
        return value
    }

    static func quantity(_ quantity: Int, item: String) throws {
        guard (1...QuantityLimit.maximum).contains(quantity) else {
            throw CentralStoreError(
                .unprocessable, "\(quantity) of item \(TerminalText.escaped(item)) is not a quantity the centre accepts (1 to \(QuantityLimit.maximum)).",
                advice: "Give the quantity in the item's unit (packs, boxes), e.g. 10.")
        }
    }

    static func date(_ text: String, _ what: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw CentralStoreError(.invalidInput, "The \(what) \"\(TerminalText.escaped(text))\" is not a date.", advice: "Write it as YYYY-MM-DD, e.g. 2026-11-03.")
        }
        return date
    }

    static func today(_ now: Date) -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .gmt, from: now)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }

    static func decided(_ requisition: Requisition) -> CentralStoreError {
        CentralStoreError(
            .conflict, "Requisition \(TerminalText.escaped(requisition.number)) is \(requisition.status.rawValue) already; nothing was changed.",
            advice: "Only a draft is approved; a draft or an approved requisition nothing was picked against is rejected. File a new requisition instead.")
    }
}
