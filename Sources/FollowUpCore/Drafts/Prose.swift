import Foundation

/// Small helpers that turn answers into sentence parts.
enum Prose {
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `Friday 20 November`, or `Friday, November 20` in the US style.
    static func longDate(_ date: LocalDate, style: DateStyle) -> String {
        style.long(date)
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        // An item typed as "a; b" is two items.
        let items = items.flatMap { $0.split(separator: ";").map(String.init) }.map(fragment).filter { !$0.isEmpty }
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// Trims, collapses spaces, drops trailing sentence punctuation, and lowercases a leading
    /// ordinary word ("Five years of Go" → "five years of Go"): fit to go mid-sentence.
    /// Names, acronyms and "I" keep their capitals.
    static func fragment(_ text: String) -> String {
        var out = ListAnswer.clean(text)
        while let last = out.last, ".!;,:".contains(last) { out.removeLast() }
        let firstWord = out.prefix(while: { $0.isLetter || $0 == "'" })
        if firstWord == "A" || firstWord.count > 1 && firstWord.dropFirst().allSatisfy(\.isLowercase) && isOrdinaryWord(firstWord.lowercased()) {
            out = firstWord.prefix(1).lowercased() + out.dropFirst()
        }
        return out
    }

    /// Common words that begin a typed answer and are never names.
    private static let ordinaryWords: Set<String> = [
        "a", "an", "the", "my", "our", "their", "his", "her", "its", "your", "this", "that", "these", "those",
        "some", "several", "many", "most", "all", "both", "each", "every", "more", "strong", "deep", "solid",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty",
        "how", "what", "why", "when", "where", "who", "which", "whether", "lots", "plenty", "experience", "years",
        "led", "built", "ran", "managed", "designed", "wrote", "shipped", "cut", "reduced", "grew", "mentored",
        "worked", "helped", "owned", "launched", "created", "delivered", "improved", "migrated", "scaled",
        "leading", "building", "running", "managing", "designing", "writing", "mentoring", "working", "hiring",
        "scaling", "testing", "teaching", "coaching", "link", "copy", "sample", "references", "portfolio",
    ]

    private static func isOrdinaryWord(_ word: String) -> Bool {
        ordinaryWords.contains(word)
    }

    /// A concern as a noun phrase. A note the candidate wrote to themselves ("I froze on the
    /// Terraform question") is not quoted back to the interviewer: it becomes a neutral phrase.
    static func concernTopic(_ text: String) -> String {
        let topic = fragment(text)
        let firstWord = topic.prefix(while: { $0.isLetter || $0 == "'" }).lowercased()
        let noteStarts: Set<String> = ["i", "i'm", "i'd", "i've", "they", "she", "he", "we", "didn't", "couldn't", "forgot"]
        return noteStarts.contains(firstWord) ? "one of your questions" : topic
    }

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
