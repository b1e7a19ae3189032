/// What a follow-up step is for, in the plan (plan.json's `kind`) and in the tracker (its
/// steps' `kind`): one type, so that a step keeps its kind from the plan to the tracker.
public enum StepKind: String, Codable, CaseIterable, Sendable {
    case thankYou = "thank-you"
    case recruiterNote = "recruiter-note"
    case promisedMaterial = "promised-material"
    case checkIn = "check-in"
    case finalCheckIn = "final-check-in"
    case networking = "networking"
    case afterOffer = "after-offer"
    case afterRejection = "after-rejection"
    case afterSilence = "after-silence"
    /// The short note that says the candidate withdraws: the tracker adds it when the outcome
    /// is recorded (`followup outcome ID withdrawn`); `PlanBuilder` never plans one.
    case withdrawalNote = "withdrawal-note"

    /// Check-ins: the messages whose silence makes an application quiet.
    public var isCheckIn: Bool { self == .checkIn || self == .finalCheckIn }
}

/// The person a step or a draft is addressed to.
public struct Recipient: Codable, Equatable, Sendable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }

    enum CodingKeys: String, CodingKey {
        case name = "name"
        case email = "email"
    }

    /// `Ana Pérez <ana@example.com>`, or the name alone.
    public var display: String {
        guard let email, !email.isEmpty else { return name }
        return "\(name) <\(email)>"
    }
}

/// Where a step stands relative to the day the plan was made.
public enum StepStatus: String, Codable, CaseIterable, Sendable {
    /// The due date is still ahead.
    case upcoming
    /// The due date is the day the plan was made.
    case dueToday = "due-today"
    /// The due date has passed: do it today.
    case overdue
    /// Happens only if an outcome arrives (an offer or a rejection); the date is when one is expected.
    case onOutcome = "on-outcome"
}

/// One dated action of the follow-up plan.
public struct PlanStep: Codable, Equatable, Sendable {
    /// Stable within a plan: `thank-you-1`, `recruiter-note`, `check-in`, and so on.
    public var id: String
    public var kind: StepKind
    public var recipient: Recipient
    /// The day the coaching rules say to act.
    public var due: LocalDate
    /// The last reasonable day, when the rules give a window.
    public var latest: LocalDate?
    /// What to send, in one line.
    public var what: String
    /// Why, in one sentence from the coaching rules.
    public var why: String
    /// The id of the draft this step sends, if there is one.
    public var draftID: String?
    public var status: StepStatus

    public init(
        id: String, kind: StepKind, recipient: Recipient, due: LocalDate, latest: LocalDate? = nil,
        what: String, why: String, draftID: String? = nil, status: StepStatus
    ) {
        self.id = id
        self.kind = kind
        self.recipient = recipient
        self.due = due
        self.latest = latest
        self.what = what
        self.why = why
        self.draftID = draftID
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, recipient, due, latest, what, why
        case draftID = "draft_id"
        case status
    }
}

/// The dated follow-up timeline for one interview.
public struct FollowUpPlan: Codable, Equatable, Sendable {
    /// The `today` the plan was built for; statuses are relative to it.
    public var generatedOn: LocalDate
    /// The day the timeline counts from: the interview date, or `generatedOn` when none was given.
    public var interviewDate: LocalDate
    /// Steps in the order to act on them; outcome steps come last.
    public var steps: [PlanStep]
    /// Explanations of the choices the plan made (late start, no decision date, weekends).
    public var notes: [String]

    public init(generatedOn: LocalDate, interviewDate: LocalDate, steps: [PlanStep], notes: [String] = []) {
        self.generatedOn = generatedOn
        self.interviewDate = interviewDate
        self.steps = steps
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case generatedOn = "generated_on"
        case interviewDate = "interview_date"
        case steps, notes
    }

    /// The step with this id, if any.
    public func step(id: String) -> PlanStep? {
        steps.first { $0.id == id }
    }

    /// Steps whose due date has passed.
    public var overdueSteps: [PlanStep] { steps.filter { $0.status == .overdue } }
}
