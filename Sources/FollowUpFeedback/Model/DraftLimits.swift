import Foundation

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
        // A line can be too long only with more bytes than the limit: lines are found with memchr.
        var text = text
        return text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return nil }
            var lineStart = 0
            var lineNumber = 1
            while true {
                let end =
                    memchr(base + lineStart, 0x0A, utf8.count - lineStart).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? utf8.count
                if end - lineStart > lineCharacters {
                    let characters = String(decoding: UnsafeBufferPointer(rebasing: utf8[lineStart..<end]), as: UTF8.self).count
                    if characters > lineCharacters {
                        return "\(name): line \(lineNumber) is \(Misspelling.grouped(characters)) characters long, over the most followup "
                            + "checks (\(Misspelling.grouped(lineCharacters))): break it into paragraphs"
                    }
                }
                if end == utf8.count { return nil }
                lineNumber += 1
                lineStart = end + 1
            }
        }
    }
}
