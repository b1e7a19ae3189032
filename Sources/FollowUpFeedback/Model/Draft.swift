import FollowUpCore

/// Where one line of the checked text came from in the file, so findings point into the file
/// even when the text was decoded (a quoted-printable e-mail body, an encoded subject).
public enum LineOrigin: Hashable, Sendable {
    /// Character `i` of the line is at `line`, column `firstColumn + i`.
    case direct(line: Int, firstColumn: Int)
    /// Character `i` is at `positions[i]`; the last entry is the position just after the line.
    case mapped([SourcePosition])
}

/// One line of a draft: its text and where it sits in the file.
public struct DraftLine: Hashable, Sendable {
    public var text: String
    public var origin: LineOrigin

    public init(text: String, origin: LineOrigin) {
        self.text = text
        self.origin = origin
    }

    /// The file position of character offset `index` (0-based; `text.count` is just past the end).
    public func position(atCharacter index: Int) -> SourcePosition {
        switch origin {
        case .direct(let line, let firstColumn):
            return SourcePosition(line: line, column: firstColumn + index)
        case .mapped(let positions):
            guard let last = positions.last else { return SourcePosition(line: 1, column: 1) }
            return index < positions.count ? positions[max(0, index)] : last
        }
    }
}

/// The text to check: an optional subject line and the body lines, each mapped to the file.
public struct Draft: Hashable, Sendable {
    /// The subject, when the file had one (an e-mail header or a leading `Subject:` line).
    public var subject: DraftLine?
    /// True when the file format carries a subject (an `.eml`), so a missing one is a problem.
    public var expectsSubject: Bool
    public var lines: [DraftLine]
    /// The day the message is meant to be sent, when the file says: the day of an e-mail's
    /// `Date:` header (as `followup plan` writes it), in the header's own offset.
    public var sendDate: LocalDate?

    public init(subject: DraftLine? = nil, expectsSubject: Bool = false, lines: [DraftLine], sendDate: LocalDate? = nil) {
        self.subject = subject
        self.expectsSubject = expectsSubject
        self.lines = lines
        self.sendDate = sendDate
    }
}
