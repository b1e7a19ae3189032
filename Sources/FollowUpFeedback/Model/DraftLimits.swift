/// The largest draft the checker reads. A follow-up is a few KB; these leave room for any real
/// one, and keep the work of `followup check` and `practice` bounded (README, "Limits").
///
/// Words over `Misspelling.longestWord` letters are read, but reported as too long for a word
/// rather than looked up.
public enum DraftLimits {
    /// At most this many bytes a draft: a file, standard input, a pasted or edited draft.
    public static let bytes = 1 << 20
    /// At most this many characters a line.
    public static let lineCharacters = 10_000

    /// "1 MB", for messages.
    public static let bytesDescription = "1 MB"

    /// The message for a draft over `bytes`, naming it (a file name, or "the draft").
    public static func tooLarge(_ name: String) -> String {
        "\(name) is over \(bytesDescription), the most followup checks in one draft (a follow-up is a few KB): "
            + "check the message's text alone (without attachments or quoted mail), or split it into several files"
    }

    /// What is wrong with `text` as a draft (too large, or a line too long), naming it as `name`;
    /// nil when it is within the limits. One pass over the bytes; characters are counted only on
    /// a line with more bytes than the limit.
    public static func problem(with text: String, name: String) -> String? {
        if text.utf8.count > bytes { return tooLarge(name) }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            if atEnd || utf8[index] == 0x0A {
                if utf8.distance(from: lineStart, to: index) > lineCharacters {
                    let characters = Substring(text.unicodeScalars[lineStart..<index]).count
                    if characters > lineCharacters {
                        return "\(name): line \(lineNumber) is \(Misspelling.grouped(characters)) characters long, over the most followup "
                            + "checks (\(Misspelling.grouped(lineCharacters))): break it into paragraphs"
                    }
                }
                if atEnd { return nil }
                lineNumber += 1
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
    }
}
