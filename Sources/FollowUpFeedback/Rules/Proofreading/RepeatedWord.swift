import Foundation

/// `proof.repeated-word`: the same word twice in a row ("the the").
///
/// The end of a hyphenated word is not a word of its own: "a two-way way in" repeats nothing.
public struct RepeatedWord: FeedbackRule {
    public let id = "proof.repeated-word"
    public let defaultSeverity = Severity.error
    public let summary = "A word repeated by accident (“the the”)."
    public let explanation = "Proofread: a doubled word is the typo readers notice first."

    /// Doublings that can be correct English.
    static let allowed: Set<String> = ["had", "that", "bye", "no", "very"]
    /// The hyphen-minus, the hyphen and the non-breaking hyphen.
    static let hyphens: Set<String> = ["-", "\u{2010}", "\u{2011}"]

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        var findings: [Finding] = []
        let words = document.words
        for index in words.indices.dropFirst() {
            // (The words are copied only once they are the same: most neighbours differ.)
            guard words[index].isProse, words[index - 1].isProse, Self.sameIgnoringCase(words[index].text, words[index - 1].text) else { continue }
            let previous = words[index - 1]
            let current = words[index]
            guard !Self.allowed.contains(current.text.lowercased()), current.text.first?.isNumber != true else { continue }
            let gapStart = previous.range.location + previous.range.length
            if previous.range.location > 0, Self.hyphens.contains(document.text(NSRange(location: previous.range.location - 1, length: 1))) {
                continue
            }
            let gap = document.text(NSRange(location: gapStart, length: current.range.location - gapStart))
            guard !gap.isEmpty, gap.allSatisfy(\.isWhitespace), !gap.contains("\n\n") else { continue }
            // The second word and the space before it: deleting the span fixes the typo.
            let range = NSRange(location: gapStart, length: current.range.location + current.range.length - gapStart)
            findings.append(
                document.finding(self, at: range, message: "“\(current.text)” is repeated: delete the second one", suggestions: [""]))
        }
        return findings
    }

    /// `a.lowercased() == b.lowercased()`, decided on the bytes while they are ASCII.
    static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        let lower = ASCIIByte.lowercased
        let x = a.utf8
        let y = b.utf8
        // Most neighbours differ in their first letter: decided without a pass over either word.
        if let p = x.first, let q = y.first, p < 0x80, q < 0x80, lower(p) != lower(q) { return false }
        if x.count == y.count {
            var ascii = true
            for (p, q) in zip(x, y) {
                if p >= 0x80 || q >= 0x80 {
                    ascii = false
                    break
                }
                if lower(p) != lower(q) { return false }
            }
            if ascii { return true }
        } else if x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) {
            return false
        }
        return a.lowercased() == b.lowercased()
    }
}
