/// One application being followed up: the company and role, each interview round with its own
/// plan and step statuses, the status, and the history of what happened.
///
/// A pure value. Rounds, marks and outcomes change it through the `TrackedInterview+*.swift`
/// extensions; storage reads and writes it as `<home>/tracker/<id>.json`. Every key and value
/// on disk is spelled out in its `CodingKeys` and raw values (docs/file-formats.md), so
/// renaming a property or a case changes nothing in the file.
public struct TrackedInterview: Codable, Equatable, Sendable {
    public static let formatName = "followup.tracker"
    /// 2: the same fields as 1, every key and value spelled out (1 is read as it is).
    public static let currentVersion = 2
    /// Days without a reply after the last check-in before an application counts as quiet.
    public static let quietAfterDays = 14

    public var format: String
    public var version: Int
    /// Short and typeable: `acme-1120` (company and the first interview's month and day).
    public var id: String
    public var company: String
    public var role: String
    public var status: ApplicationLifecycle.State
    /// In the order they happened; round numbers start at 1.
    public var rounds: [TrackedRound]
    public var history: [TrackerHistoryEntry]

    public init(id: String, company: String, role: String, rounds: [TrackedRound], history: [TrackerHistoryEntry]) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.id = id
        self.company = company
        self.role = role
        self.status = .active
        self.rounds = rounds
        self.history = history
    }

    /// The round the application is at now.
    public var latestRound: TrackedRound? { rounds.last }

    enum CodingKeys: String, CodingKey {
        case format = "format"
        case version = "version"
        case id = "id"
        case company = "company"
        case role = "role"
        case status = "status"
        case rounds = "rounds"
        case history = "history"
    }
}

/// One interview of an application, with its interviewers (in `answers`) and its own steps.
public struct TrackedRound: Codable, Equatable, Sendable {
    public var number: Int
    /// `first round`, `final round`, `screening`, or `round 2` when the answers did not say.
    public var stage: String
    public var interviewDate: LocalDate
    /// The `today` the plan was made for.
    public var planMadeOn: LocalDate
    public var answers: Answers
    /// Where the plan files and drafts were written.
    public var outputDirectory: String?
    public var steps: [TrackedStep]
    /// The random key the plan's files were written with: it starts the round's calendar UIDs
    /// and draft Message-IDs, so two interviews at one company on one day never share one.
    /// Nil for rounds tracked before keys existed (see `TrackedInterview.key(ofRound:)`).
    public var key: String?

    public init(
        number: Int, stage: String, interviewDate: LocalDate, planMadeOn: LocalDate, answers: Answers,
        outputDirectory: String?, steps: [TrackedStep], key: String? = nil
    ) {
        self.number = number
        self.stage = stage
        self.interviewDate = interviewDate
        self.planMadeOn = planMadeOn
        self.answers = answers
        self.outputDirectory = outputDirectory
        self.steps = steps
        self.key = key
    }

    enum CodingKeys: String, CodingKey {
        case number = "number"
        case stage = "stage"
        case interviewDate = "interview_date"
        case planMadeOn = "plan_made_on"
        case answers = "answers"
        case outputDirectory = "output_directory"
        case steps = "steps"
        case key = "key"
    }
}

/// Where a tracked step stands.
public enum TrackedStepState: String, Codable, CaseIterable, Sendable {
    /// To do, by its due date.
    case pending = "pending"
    /// Happens only if an outcome arrives (the reply to an offer or to a rejection).
    case waiting = "waiting"
    case sent = "sent"
    case skipped = "skipped"
    /// No longer needed: an outcome or a later round made it moot.
    case closed = "closed"

    public var isDone: Bool { self == .sent || self == .skipped || self == .closed }
}

/// One step of a round, with its planned and current dates.
public struct TrackedStep: Codable, Equatable, Sendable {
    /// The plan's id: `thank-you-1`, `check-in`... unique within a round.
    public var id: String
    public var kind: StepKind
    public var recipient: Recipient
    /// When it is due now (moved when an earlier step went out late or early).
    public var due: LocalDate
    /// When the plan first said.
    public var plannedDue: LocalDate
    public var latest: LocalDate?
    public var what: String
    public var draftID: String?
    /// The ready-to-open `.eml` draft, when one was written.
    public var draftFile: String?
    public var state: TrackedStepState
    /// When it was sent, skipped or closed.
    public var doneOn: LocalDate?
    /// Why it was closed.
    public var note: String?
    /// The calendar event's `SEQUENCE`: raised each time the step's day or state changes
    /// (`raiseSequences(since:)`); nil until the first change.
    public var sequence: Int?

    public init(
        id: String, kind: StepKind, recipient: Recipient, due: LocalDate, latest: LocalDate? = nil, what: String,
        draftID: String? = nil, draftFile: String? = nil, state: TrackedStepState = .pending
    ) {
        self.id = id
        self.kind = kind
        self.recipient = recipient
        self.due = due
        self.plannedDue = due
        self.latest = latest
        self.what = what
        self.draftID = draftID
        self.draftFile = draftFile
        self.state = state
    }

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case kind = "kind"
        case recipient = "recipient"
        case due = "due"
        case plannedDue = "planned_due"
        case latest = "latest"
        case what = "what"
        case draftID = "draft_id"
        case draftFile = "draft_file"
        case state = "state"
        case doneOn = "done_on"
        case note = "note"
        case sequence = "sequence"
    }
}

/// One line of an application's history: what happened, and when.
public struct TrackerHistoryEntry: Codable, Equatable, Sendable {
    public var date: LocalDate
    public var text: String

    public init(date: LocalDate, text: String) {
        self.date = date
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case date = "date"
        case text = "text"
    }
}

/// Why a tracker change was refused, in words that say how to fix it.
public struct TrackerError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
