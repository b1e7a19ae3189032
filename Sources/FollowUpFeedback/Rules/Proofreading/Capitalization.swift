import Foundation

/// `proof.capitalization`: a lowercase “i”, a sentence or a greeting that starts in lowercase,
/// a day or a month in lowercase, a name in lowercase in the signature.
public struct Capitalization: FeedbackRule {
    public let id = "proof.capitalization"
    public let defaultSeverity = Severity.warning
    public let summary = "Lowercase “i”, sentences, greetings, sign-offs, days, months or the signed name starting in lowercase."
    public let explanation = "Proofread: missing capitals read as a message dashed off on a phone, not one written with care."

    /// Days and months (not “may” and “march”, which are also ordinary words).
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
        "june", "july", "september", "october", "november", "december",
    ]

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        var findings: [Finding] = []
        let body = document.body as NSString
        for (index, word) in document.words.enumerated() {
            let role = document.roles[word.lineIndex]
            // (The first byte is a to z exactly when the first character is.)
            guard word.isProse || role == .greeting || role == .signOff || role == .signature,
                let first = word.text.utf8.first, first &- 0x61 < 26
            else { continue }
            let text = word.text
            // (`hasPrefix` compares characters, slowly: only a word whose first letter is "i" and
            // whose second byte starts an apostrophe is asked.)
            if first == 0x69,
                text == "i" || text.utf8.dropFirst().first.map({ $0 == 0x27 || $0 == 0xE2 }) == true && (text.hasPrefix("i'") || text.hasPrefix("i’"))
            {
                findings.append(
                    document.finding(self, at: word.range, message: "“\(text)”: the pronoun “I” is always a capital", suggestions: [capitalized(text)]))
            } else if (4...9).contains(text.utf8.count), Self.calendarWords.contains(text) {
                findings.append(
                    document.finding(self, at: word.range, message: "Days and months take a capital", suggestions: [capitalized(text)]))
            } else if role == .signature, isSignedName(word, in: document) {
                // (A word with a capital or a digit, such as iPhone, eBay or x86, is written that
                // way on purpose: asked only of a word that would be flagged, most words not.)
                if Self.hasCapitalOrDigit(text) { continue }
                findings.append(
                    document.finding(self, at: word.range, message: "Sign your name with a capital", suggestions: [capitalized(text)]))
            } else if role == .signOff, OverFamiliar.closing.matches(document.text(document.range(ofLine: word.lineIndex))) {
                continue  // “xoxo”: tone.familiar says what is wrong with it
            } else if role != .signature,
                word.startsSentence && (isFirstWord(word, in: document) || word.isProse)
                    || word.isProse && index > 0 && followsSentenceEnd(word, after: index - 1, in: document, body: body)
            {
                if Self.hasCapitalOrDigit(text) { continue }
                let what = role == .greeting ? "The greeting" : role == .signOff ? "The sign-off" : "A sentence"
                findings.append(
                    document.finding(self, at: word.range, message: "\(what) starts with a capital", suggestions: [capitalized(text)]))
            }
        }
        return findings
    }

    /// Words that end in a full stop without ending the sentence.
    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "approx", "incl", "cf", "al"]

    /// True when only a full stop, a question or an exclamation mark and spaces (on the same
    /// line) come between the previous word and this one, and the previous word is no abbreviation.
    func followsSentenceEnd(_ word: DraftWord, after previousIndex: Int, in document: DraftDocument, body: NSString) -> Bool {
        let start = NSMaxRange(document.words[previousIndex].range)
        // Most words follow one space: no mark, no substring to make (nor a copy of the word).
        guard word.range.location - start > 1 else { return false }
        let previous = document.words[previousIndex]
        guard previous.lineIndex == word.lineIndex, previous.text.count > 1, !Self.abbreviations.contains(previous.text.lowercased()) else {
            return false
        }
        let gap = body.substring(with: NSRange(location: start, length: word.range.location - start))
        guard let mark = gap.first, ".!?".contains(mark) else { return false }
        return gap.dropFirst().allSatisfy { $0 == " " } && gap.count > 1
    }

    /// True when the word has a capital or a digit (read on its bytes while it is ASCII).
    static func hasCapitalOrDigit(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 } }
        return text.contains(where: \.isUppercase) || text.contains(where: \.isNumber)
    }

    func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// True for the first word of the line right after the sign-off, when that line is not an
    /// address (“sam.lee@example.com”, a web page).
    func isSignedName(_ word: DraftWord, in document: DraftDocument) -> Bool {
        guard word.lineIndex > 0, document.roles[word.lineIndex - 1] == .signOff, isFirstWord(word, in: document) else { return false }
        let line = document.text(document.range(ofLine: word.lineIndex))
        return !line.contains("@") && !line.contains("/") && !line.contains(".")
    }

    /// True when nothing but spaces comes before the word on its line.
    func isFirstWord(_ word: DraftWord, in document: DraftDocument) -> Bool {
        let line = document.range(ofLine: word.lineIndex)
        return document.text(NSRange(location: line.location, length: word.range.location - line.location))
            .allSatisfy(\.isWhitespace)
    }
}
