import Foundation

/// Small helpers that turn answers into sentence parts.
enum Prose {
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Capitalises the first letter and ends with a full stop unless it already ends a sentence.
    static func sentence(_ text: String) -> String {
        var out = ListAnswer.clean(text)
        while let last = out.last, ",;:".contains(last) { out.removeLast() }
        guard let first = out.first else { return "" }
        out = first.uppercased() + out.dropFirst()
        if let last = out.last, !".?".contains(last) {
            if last == "!" { out.removeLast() }
            out += "."
        }
        return out
    }

    /// The text with its first letter capitalised ("store supervisor interview" → "Store …").
    static func capitalisingFirst(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    static func firstNonEmpty(_ values: String?...) -> String? {
        for value in values {
            if let value, !ListAnswer.clean(value).isEmpty { return ListAnswer.clean(value) }
        }
        return nil
    }
}
