/// Words typed in lowercase that are names ("dave", "manchester", "sql"), written with their
/// capitals: `english` knows the names of the English dictionary (generated data); tests pass
/// their own. Ordinary words ("bill", "may") are left alone.
public struct NameCapitals: Equatable, Sendable {
    /// Which source the names come from (`en_GB`): two values with one source are equal.
    public let source: String
    private let writtenForm: @Sendable (String) -> String?
    private let isUnknownWord: @Sendable (String) -> Bool

    /// `writtenForm` gives the capitalised form of a lowercase word that is a name, else nil;
    /// `isUnknownWord` says a lowercase word is no word of the language ("ponsonby", "mt").
    public init(
        source: String, _ writtenForm: @escaping @Sendable (String) -> String?, isUnknownWord: @escaping @Sendable (String) -> Bool = { _ in false }
    ) {
        self.source = source
        self.writtenForm = writtenForm
        self.isUnknownWord = isUnknownWord
    }

    /// Leaves every word as it is.
    public static let none = NameCapitals(source: "none") { _ in nil }

    /// The names of the English dictionary (see `Scripts/generate-names`): no dictionary is
    /// read at run time. A word is unknown when it is neither a common word nor such a name.
    public static let english = NameCapitals(
        source: "en", Lexicon.writtenName, isUnknownWord: { !Lexicon.isEnglishWord($0) && Lexicon.writtenName($0) == nil })

    public static func == (lhs: NameCapitals, rhs: NameCapitals) -> Bool { lhs.source == rhs.source }

    /// `text` with each all-lowercase word that is a name in its written form. Words inside a
    /// `[placeholder]`, addresses and links (a word touching `@`, `/`, `.`, `_`, `:` or a digit
    /// on either side, as in `example.com` or `v2`), parts of hyphenated words ("t-rex") and
    /// the ends of contractions ("isn't") are left as typed; so is a word next to an unknown lowercase one ("ponsonby reno",
    /// "mt eden"): half a name in capitals reads worse than a name left as typed.
    public func apply(_ text: String) -> String {
        // Words (ASCII letters) and what lies between them, in order.
        var parts: [(text: String, isWord: Bool)] = []
        for char in text {
            // By the ASCII value: Unicode's letter property for every character was slow.
            let letter = char.asciiValue.map { (0x61...0x7A).contains($0 | 0x20) } ?? false
            if let last = parts.last, last.isWord == letter {
                parts[parts.count - 1].text.append(char)
            } else {
                parts.append((String(char), letter))
            }
        }
        var bracketDepth = 0
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, part) in parts.enumerated() {
            guard part.isWord else {
                bracketDepth = max(0, bracketDepth + part.text.filter { $0 == "[" }.count - part.text.filter { $0 == "]" }.count)
                out += part.text
                continue
            }
            let before = index > 0 ? parts[index - 1].text : " "
            let after = index + 1 < parts.count ? parts[index + 1].text : " "
            let next = index + 2 < parts.count ? parts[index + 2].text : " "
            let touching = { (c: Character?) in
                c.map { $0.asciiValue.map { "@/_:\\-".utf8.contains($0) } ?? false || $0.isNumber || !$0.isASCII && $0.isLetter } ?? false
            }
            // "example.com": a full stop with letters straight after joins a word to the next.
            let joinedAfter = touching(after.first) || after == "." && next.first?.isLetter == true
            // After an apostrophe it is the end of a contraction ("isn't", "I've"), not a word.
            let free = bracketDepth == 0 && !touching(before.last) && ![".", "'", "\u{2019}"].contains(before.last) && !joinedAfter
            // The words either side, when only a space stands between; looked at last, for the
            // few words that are names (each look-up is several searches of the word lists).
            func besideUnknown() -> Bool {
                let neighbours = [index - 2, index + 2].filter { parts.indices.contains($0) && parts[($0 + index) / 2].text == " " }.map { parts[$0].text }
                return neighbours.contains { $0 == $0.lowercased() && isUnknownWord($0) }
            }
            let word = part.text
            // An ordinary word too ("bill", "turkey", "may") stays as typed.
            if free, word.count > 1, word.allSatisfy(\.isLowercase), !Lexicon.isCommonWord(word), let written = writtenForm(word), !besideUnknown() {
                out += written
            } else if free, word.count > 2, word.first?.isUppercase == true, word.dropFirst().allSatisfy(\.isLowercase),
                !Lexicon.isCommonWord(word.lowercased()), let written = writtenForm(word.lowercased()), written == written.uppercased(), !besideUnknown()
            {
                // "Fire and Rescue Nsw": a name given its capitals word by word, though the word is an acronym.
                out += written
            } else {
                out += word
            }
        }
        return out
    }
}
