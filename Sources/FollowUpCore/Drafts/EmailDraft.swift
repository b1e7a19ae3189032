/// What a draft is for.
public enum DraftKind: String, Codable, CaseIterable, Sendable {
    case thankYou = "thank-you"
    case recruiterNote = "recruiter-note"
    case checkIn = "check-in"
    case finalCheckIn = "final-check-in"
    case networking
    case rejectionReply = "rejection-reply"
}

/// One ready-to-send message: subject and plain-text body.
///
/// Named `EmailDraft` rather than `Draft` because `FollowUpFeedback` already has a `Draft`
/// (the text under review), and a module importing both would find the name ambiguous.
public struct EmailDraft: Codable, Equatable, Sendable {
    /// Stable within one set of answers: `thank-you-1`, `recruiter-note`, `networking-2`...
    public var id: String
    public var kind: DraftKind
    public var recipientName: String
    public var recipientEmail: String?
    /// Names the role.
    public var subject: String
    /// Plain text: the greeting line, paragraphs separated by blank lines, the sign-off.
    public var body: String

    public init(id: String, kind: DraftKind, recipientName: String, recipientEmail: String? = nil, subject: String, body: String) {
        self.id = id
        self.kind = kind
        self.recipientName = recipientName
        self.recipientEmail = recipientEmail
        self.subject = subject
        self.body = body
    }

    enum CodingKeys: String, CodingKey {
        case id, kind
        case recipientName = "recipient_name"
        case recipientEmail = "recipient_email"
        case subject, body
    }

    /// The number of words in the body, counted the way a reader would (runs of non-space).
    public var bodyWordCount: Int {
        body.split(whereSeparator: { $0.isWhitespace }).count
    }
}

/// A user template that could not be used; the composer fell back to the default.
public struct TemplateProblem: Error, Codable, Equatable, Sendable, CustomStringConvertible {
    /// The template's name, e.g. `thank-you`.
    public var templateName: String
    /// 1-based line of the error in the template text; 0 when the problem has no position.
    public var line: Int
    /// 1-based column of the error; 0 when the problem has no position.
    public var column: Int
    public var message: String

    public init(templateName: String, line: Int, column: Int, message: String) {
        self.templateName = templateName
        self.line = line
        self.column = column
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case templateName = "template_name"
        case line, column, message
    }

    /// `thank-you.mustache:3:4: ...; the default template was used.`
    public var description: String {
        let place = line > 0 ? "\(templateName).mustache:\(line):\(column)" : "\(templateName).mustache"
        return "\(place): \(message); the default template was used."
    }
}

/// The drafts for one set of answers, and any problem found in the user's templates.
/// Something the candidate wrote that no draft says because it could not be said cleanly:
/// where it is in the answers (`concerns[1]`, `highlights[0]`) and what to do about it.
public struct Unwritten: Equatable, Sendable {
    public var field: String
    public var what: String
}

public struct DraftSet: Equatable, Sendable {
    public var drafts: [EmailDraft]
    public var problems: [TemplateProblem]
    /// What the candidate wrote that no draft says, and why ("Not in the thank-you to Dana: …").
    public var notes: [String]
    /// The part of `notes` that could not be written cleanly, with the answer it comes from.
    public var unwritten: [Unwritten]
    /// The part of `notes` written as typed though it may be a name: lowercase words no list
    /// knows ("servicetitan"), with the answer they come from.
    public var asTyped: [Unwritten]

    public init(
        drafts: [EmailDraft], problems: [TemplateProblem] = [], notes: [String] = [], unwritten: [Unwritten] = [], asTyped: [Unwritten] = []
    ) {
        self.drafts = drafts
        self.problems = problems
        self.notes = notes
        self.unwritten = unwritten
        self.asTyped = asTyped
    }

    /// The draft with this id, if any.
    public func draft(id: String) -> EmailDraft? {
        drafts.first { $0.id == id }
    }

    public func drafts(of kind: DraftKind) -> [EmailDraft] {
        drafts.filter { $0.kind == kind }
    }
}

/// The ids plan steps and drafts share.
enum DraftID {
    static func thankYou(_ index: Int) -> String { "thank-you-\(index + 1)" }
    static func networking(_ index: Int) -> String { "networking-\(index + 1)" }
    static let recruiterNote = "recruiter-note"
    static let checkIn = "check-in"
    static let finalCheckIn = "final-check-in"
    static let rejectionReply = "rejection-reply"
}
