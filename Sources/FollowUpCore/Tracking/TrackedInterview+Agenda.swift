/// One step that needs doing by a given day, with the command that marks it done.
public struct DueItem: Equatable, Sendable {
    public var recordID: String
    public var company: String
    public var role: String
    public var ref: String
    public var step: TrackedStep
    /// Days past the due date on the day asked about (0 when due that day).
    public var daysOverdue: Int
    /// The one line that records it done.
    public var doneCommand: String
}

/// One line of `followup list`.
public struct TrackerRow: Codable, Equatable, Sendable {
    public var id: String
    public var company: String
    public var role: String
    /// Who applied (the name the drafts are signed with); empty for a session not that far yet.
    public var candidate: String
    public var interviewDate: LocalDate?
    public var stage: String
    public var nextStep: String?
    public var nextDue: LocalDate?
    /// `overdue`, `due today`, `on track`, `waiting for an answer`, `quiet`, an outcome, or `in progress`.
    public var status: String
    /// How to carry on, for unfinished sessions: `followup resume ID`.
    public var resume: String?

    public init(
        id: String, company: String, role: String, candidate: String = "", interviewDate: LocalDate?, stage: String,
        nextStep: String?, nextDue: LocalDate?, status: String, resume: String? = nil
    ) {
        self.id = id
        self.company = company
        self.role = role
        self.candidate = candidate
        self.interviewDate = interviewDate
        self.stage = stage
        self.nextStep = nextStep
        self.nextDue = nextDue
        self.status = status
        self.resume = resume
    }

    enum CodingKeys: String, CodingKey {
        case id, company, role, candidate
        case interviewDate = "interview_date"
        case stage
        case nextStep = "next_step"
        case nextDue = "next_due"
        case status, resume
    }

    /// What is due first comes first; rows with nothing due keep their order at the end.
    public static func dueFirst(_ rows: [TrackerRow]) -> [TrackerRow] {
        rows.enumerated().sorted { a, b in
            switch (a.element.nextDue, b.element.nextDue) {
            case let (x?, y?): return (x, a.offset) < (y, b.offset)
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return a.offset < b.offset
            }
        }.map(\.element)
    }
}

extension TrackedInterview {
    /// Pending steps, earliest first; the point of stopping after silence comes after the messages due the same day.
    public var pendingSteps: [(ref: String, round: Int, step: TrackedStep)] {
        allSteps.filter { $0.step.state == .pending }.enumerated().sorted { a, b in
            let x = (a.element.step.due, a.element.step.kind == .afterSilence ? 1 : 0, a.offset)
            let y = (b.element.step.due, b.element.step.kind == .afterSilence ? 1 : 0, b.offset)
            return x < y
        }.map(\.element)
    }

    /// The step to do next, if any.
    public var nextStep: (ref: String, round: Int, step: TrackedStep)? { pendingSteps.first }

    /// What needs doing on or before `date`.
    public func dueItems(on date: LocalDate) -> [DueItem] {
        pendingSteps.filter { $0.step.due <= date }.map { entry in
            let command =
                entry.step.kind == .afterSilence
                ? "followup outcome \(id) no-response"
                : "followup mark \(id) \(entry.ref) sent"
            return DueItem(
                recordID: id, company: company, role: role, ref: entry.ref, step: entry.step,
                daysOverdue: max(0, entry.step.due.days(until: date)), doneCommand: command)
        }
    }

    /// The status word for a table on `date`.
    public func statusLabel(on date: LocalDate) -> String {
        if status != .active { return status.label }
        let due = dueItems(on: date).filter { $0.step.kind != .afterSilence }
        if due.contains(where: { $0.daysOverdue > 0 }) { return "overdue" }
        if !due.isEmpty { return "due today" }
        if pendingSteps.contains(where: { $0.step.kind != .afterSilence }) { return "on track" }
        return "waiting for an answer"
    }

    /// This record as a line of `followup list`.
    public func row(on date: LocalDate) -> TrackerRow {
        let next = nextStep
        return TrackerRow(
            id: id, company: company, role: role, candidate: candidate, interviewDate: latestRound?.interviewDate,
            stage: latestRound?.stage ?? "", nextStep: next?.ref, nextDue: next?.step.due, status: statusLabel(on: date))
    }
}
