/// Words typed in lowercase that are names ("dave", "manchester", "sql"), written with their
/// capitals. Which words those are comes from outside the core (the candidate's dictionary),
/// as a function; the core only applies it to the words of a draft.
public struct NameCapitals: Equatable, Sendable {
    /// Which source the names come from (`en_GB`): two values with one source are equal.
    public let source: String
    private let writtenForm: @Sendable (String) -> String?

    /// `writtenForm` gives the capitalised form of a lowercase word that is a name, else nil.
    public init(source: String, _ writtenForm: @escaping @Sendable (String) -> String?) {
        self.source = source
        self.writtenForm = writtenForm
    }

    /// Leaves every word as it is.
    public static let none = NameCapitals(source: "none") { _ in nil }

    public static func == (lhs: NameCapitals, rhs: NameCapitals) -> Bool { lhs.source == rhs.source }

    /// `text` with each all-lowercase word that is a name in its written form. Words inside a
    /// `[placeholder]`, addresses and links (a word touching `@`, `/`, `.`, `_`, `:` or a digit
    /// on either side, as in `example.com` or `v2`) and parts of hyphenated words ("t-rex")
    /// are left as typed.
    public func apply(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var word = ""
        var before: Character?
        var bracketDepth = 0
        var chars = Array(text)
        chars.append(" ")
        for (index, char) in chars.enumerated() {
            if char.isLetter, char.isASCII {
                word.append(char)
                continue
            }
            if !word.isEmpty {
                let after = char
                let next = index + 1 < chars.count ? chars[index + 1] : " "
                let joinedBefore = before.map { "@/._:\\-".contains($0) || $0.isNumber || !$0.isASCII && $0.isLetter } ?? false
                let joinedAfter = "@/_:\\-".contains(after) || after.isNumber || !after.isASCII && after.isLetter || after == "." && next.isLetter
                if bracketDepth == 0, !joinedBefore, !joinedAfter, word.count > 1, word.allSatisfy(\.isLowercase), let written = writtenForm(word) {
                    out += written
                } else {
                    out += word
                }
                word = ""
            }
            if char == "[" { bracketDepth += 1 }
            if char == "]" { bracketDepth = max(0, bracketDepth - 1) }
            if index < chars.count - 1 { out.append(char) }
            before = char
        }
        return out
    }
}
