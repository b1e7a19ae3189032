import Foundation

/// A place in a draft the candidate must fill in before sending: a promised link, an
/// attachment, a detail only they know. Written in square brackets as an instruction to the
/// candidate (`[paste the link to your portfolio here]`), so it cannot be missed, and found
/// again by `spans(in:)` (with the hand-made forms people leave in templates) so that
/// `followup check` refuses a draft that still holds one.
public enum Placeholder {
    /// The verbs that open a bracketed instruction, lowercased (`[Paste …]`, `[fill in …]`).
    public static let instructionVerbs = ["paste", "attach", "add", "insert", "fill in", "write", "replace", "include"]

    /// `[paste the link to THING here]`; `thing` is a noun phrase in the candidate's own words
    /// ("my portfolio"), and "my" becomes "your" since the text is an instruction to them.
    public static func paste(_ thing: String) -> String {
        var phrase = instructionPhrase(thing)
        for prefix in ["the link to ", "a link to ", "link to "] where phrase.lowercased().hasPrefix(prefix) {
            phrase = String(phrase.dropFirst(prefix.count))
            break
        }
        return phrase.isEmpty ? "[paste the link here]" : "[paste the link to \(phrase) here]"
    }

    /// `[attach THING]`, with "my" written as "your" ("[attach your two references]").
    public static func attach(_ thing: String) -> String {
        let phrase = instructionPhrase(thing)
        return phrase.isEmpty ? "[attach the file]" : "[attach \(phrase)]"
    }

    /// `[add INSTRUCTION here]` ("[add each reference's name and contact details here]").
    public static func add(_ instruction: String) -> String {
        var phrase = instructionPhrase(instruction)
        if phrase.lowercased().hasSuffix(" here") { phrase = String(phrase.dropLast(5)) }
        return phrase.isEmpty ? "[add the details here]" : "[add \(phrase) here]"
    }

    /// Trimmed, one line, without brackets (which would end the placeholder early) or a final
    /// full stop, and with the candidate's "my"/"mine"/"me" turned into "your"/"yours"/"you".
    static func instructionPhrase(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            var word = String(word).replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
            let letters = word.prefix(while: \.isLetter)
            let rest = word.dropFirst(letters.count)
            switch letters.lowercased() {
            case "my": word = "your" + rest
            case "mine": word = "yours" + rest
            case "me": word = "you" + rest
            case "myself": word = "yourself" + rest
            // "the sensory room I set up" → "the sensory room you set up".
            case "i" where letters == "I" && (rest.isEmpty || rest.first == "'"):
                word = "you" + (rest == "'m" ? "'re" : rest)
            default: break
            }
            words.append(word)
        }
        var phrase = words.joined(separator: " ")
        while let last = phrase.last, ".;:,".contains(last) { phrase.removeLast() }
        return phrase
    }

    // MARK: - Finding placeholders

    /// Words that make a short bracketed text a placeholder left in a template: `[NAME]`,
    /// `[Company]`, `[date]`, `[Hiring Manager's Name]`, `[X]`.
    static let slotWords: Set<String> = [
        "name", "names", "firstname", "lastname", "fullname", "link", "links", "url", "company", "date", "day",
        "time", "role", "position", "job", "title", "interviewer", "interviewers", "manager", "recipient", "email",
        "phone", "number", "x", "xx", "xxx", "signature", "placeholder", "tbd", "todo",
    ]
    /// Words that may stand beside a slot word (`[your name]`, `[first name]`, `[company's team]`).
    static let companionWords: Set<String> = [
        "your", "my", "their", "his", "her", "the", "s", "first", "last", "full", "hiring", "contact", "details",
        "address", "e", "mail", "here", "team", "of", "and", "or", "interview", "company's", "today's",
    ]

    /// Every placeholder in `text`, in order: a bracketed instruction on one line
    /// (`[paste …]`, `[Attach …]`, `[fill in …]`, and the other `instructionVerbs`), a
    /// template slot (`[NAME]`, `[LINK]`, `[Company]`, `[date]`, `[X]`, `[…]`, `[...]`),
    /// `<insert …>`, a template variable never filled (`{{name}}`), and `XXX`.
    ///
    /// Not placeholders: a footnote mark (`[1]`), an editorial aside (`[sic]`), a Markdown link
    /// (`[my portfolio](https://…)`) or reference (`[portfolio][1]`), an e-mail address in
    /// angle brackets.
    public static func spans(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        // Most drafts hold none of the characters that start one (looked for in the UTF-8
        // storage: the UTF-8 view takes tens of instructions a byte).
        var storage = text
        guard storage.withUTF8({ $0.contains { $0 == 0x5B || $0 == 0x3C || $0 == 0x7B || $0 == 0x58 } }) else { return [] }
        var spans: [Range<String.Index>] = []
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            var found: Range<String.Index>?
            switch byte {
            case 0x5B: found = bracketed(in: text, at: index, open: 0x5B, close: 0x5D)  // [
            case 0x3C: found = bracketed(in: text, at: index, open: 0x3C, close: 0x3E)  // <
            case 0x7B: found = template(in: text, at: index)  // {
            case 0x58: found = crosses(in: text, at: index)  // X
            default: break
            }
            if let found {
                spans.append(found)
                index = found.upperBound
            } else {
                index = utf8.index(after: index)
            }
        }
        return spans
    }

    /// `[…]` or `<…>` starting at `start`, closed on the same line, whose text is an
    /// instruction or a template slot.
    private static func bracketed(in text: String, at start: String.Index, open: UInt8, close: UInt8) -> Range<String.Index>? {
        let utf8 = text.utf8
        var index = utf8.index(after: start)
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == close { break }
            if byte == open || byte == 0x0A || byte == 0x0D { return nil }
            index = utf8.index(after: index)
        }
        guard index < utf8.endIndex else { return nil }
        let end = utf8.index(after: index)
        if open == 0x5B, end < utf8.endIndex, utf8[end] == 0x28 || utf8[end] == 0x5B { return nil }  // [text](url), [text][ref]
        let inner = text[utf8.index(after: start)..<index].trimmingCharacters(in: .whitespaces)
        guard isInstruction(inner) || isSlot(inner) || (open == 0x5B && isEllipsis(inner)) else { return nil }
        return start..<end
    }

    /// `{{…}}` closed on the same line.
    private static func template(in text: String, at start: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        let second = utf8.index(after: start)
        guard second < utf8.endIndex, utf8[second] == 0x7B else { return nil }
        var index = utf8.index(after: second)
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D { return nil }
            let next = utf8.index(after: index)
            if byte == 0x7D, next < utf8.endIndex, utf8[next] == 0x7D { return start..<utf8.index(after: next) }
            index = next
        }
        return nil
    }

    /// `XXX` (three or more capital X) standing alone, not inside a word.
    private static func crosses(in text: String, at start: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        if start > utf8.startIndex, isWordByte(utf8[utf8.index(before: start)]) { return nil }
        var index = start
        var count = 0
        while index < utf8.endIndex, utf8[index] == 0x58 {
            count += 1
            index = utf8.index(after: index)
        }
        guard count >= 3 else { return nil }
        if index < utf8.endIndex, isWordByte(utf8[index]) { return nil }
        return start..<index
    }

    /// A letter or digit (any non-ASCII byte counts, so `XXXé` is one word).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F
    }

    /// Starts with one of `instructionVerbs`, in any case, as a whole word.
    static func isInstruction(_ inner: String) -> Bool {
        let lower = inner.lowercased()
        for verb in instructionVerbs where lower.hasPrefix(verb) {
            let rest = lower.dropFirst(verb.count)
            guard let next = rest.first else { return true }
            if !next.isLetter && !next.isNumber && next != "'" && next != "-" { return true }
        }
        return false
    }

    /// A few words, at least one of them a slot word and the rest companions: `NAME`,
    /// `Company`, `your name`, `Hiring Manager's Name`, `FIRST_NAME`, `X`.
    static func isSlot(_ inner: String) -> Bool {
        let words = inner.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard !words.isEmpty, words.count <= 5 else { return false }
        var hasSlot = false
        for word in words {
            if slotWords.contains(word) {
                hasSlot = true
            } else if !companionWords.contains(word) {
                return false
            }
        }
        // Only letters, spaces, `_`, `-`, `'` and `’` besides: `[name@example.com]` is not one.
        return hasSlot && inner.allSatisfy { $0.isLetter || $0 == " " || $0 == "_" || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// `...`, `…`, `. . .`.
    static func isEllipsis(_ inner: String) -> Bool {
        !inner.isEmpty && inner.allSatisfy { $0 == "." || $0 == "…" || $0 == " " } && inner.contains(where: { $0 != " " })
    }
}
