/// How a step was done.
public enum StepMark: String, Codable, CaseIterable, Sendable {
    case sent, skipped
}

/// What marking a step changed: the step, and the later steps whose dates moved.
public struct MarkReport: Equatable, Sendable {
    public struct Move: Equatable, Sendable {
        public var ref: String
        public var from: LocalDate
        public var to: LocalDate
    }

    public var ref: String
    public var moved: [Move]
    /// Steps settled along with this one: the promised material that went with the thank-you.
    public var settledWithIt: [String] = []
}

extension TrackedInterview {
    /// How a step is named on the command line: its id in round 1 (`thank-you-1`), and
    /// `r2.thank-you-1` in round 2 and later, so ids stay the same when a round is added.
    public static func ref(round: Int, stepID: String) -> String {
        round == 1 ? stepID : "r\(round).\(stepID)"
    }

    /// Every step with its reference, round by round.
    public var allSteps: [(ref: String, round: Int, step: TrackedStep)] {
        rounds.flatMap { round in
            round.steps.map { (Self.ref(round: round.number, stepID: $0.id), round.number, $0) }
        }
    }

    /// Finds a step by reference, or explains which references exist.
    func locate(_ ref: String) throws(TrackerError) -> (round: Int, step: Int) {
        for (r, round) in rounds.enumerated() {
            for (s, step) in round.steps.enumerated() where Self.ref(round: round.number, stepID: step.id) == ref {
                return (r, s)
            }
        }
        let known = allSteps.map(\.ref).joined(separator: ", ")
        throw TrackerError("\(id) has no step '\(ref)'. Its steps are: \(known).")
    }

    /// Marks a step sent or skipped on `date`. When a step is sent on another day than it was
    /// due, the pending steps timed from it move by the same number of days (onto a working
    /// day): a check-in sent three days late moves the final check-in three days too.
    @discardableResult
    public mutating func mark(_ ref: String, as mark: StepMark, on date: LocalDate) throws(TrackerError) -> MarkReport {
        let (r, s) = try locate(ref)
        let step = rounds[r].steps[s]
        switch step.state {
        case .sent, .skipped:
            var message = "\(ref) of \(id) is already marked \(step.state.rawValue)"
            message += step.doneOn.map { " on \($0.readable)" } ?? ""
            message += "."
            let later = rounds.dropFirst(r + 1).map { Self.ref(round: $0.number, stepID: step.id) }
                .filter { other in allSteps.contains { $0.ref == other && !$0.step.state.isDone } }
            if let next = later.first { message += " Did you mean \(next)?" }
            throw TrackerError(message)
        case .closed:
            throw TrackerError(
                "\(ref) of \(id) was closed on \(step.doneOn?.readable ?? "an earlier day") (\(step.note ?? "no longer needed")); nothing to mark.")
        case .waiting:
            throw TrackerError(
                "\(ref) of \(id) only happens after an answer. Record the answer first: followup outcome \(id) offer|rejected|withdrawn|no-response.")
        case .pending:
            break
        }
        let interview = rounds[r].interviewDate
        if date < interview {
            throw TrackerError("\(date.readable) is before the interview (\(interview.readable)). Give the day it was \(mark.rawValue) with --date YYYY-MM-DD.")
        }
        var machine = ApplicationLifecycle(state: status)
        if case .failure(let refusal) = machine.handle(.stepMarked) {
            throw TrackerError("Can't mark \(ref) of \(id): \(refusal)")
        }
        status = machine.state
        rounds[r].steps[s].state = mark == .sent ? .sent : .skipped
        rounds[r].steps[s].doneOn = date

        var moved: [MarkReport.Move] = []
        let delta = step.due.days(until: date)
        if mark == .sent, delta != 0 {
            // Moved dates skip the public holidays of the interview's country, as the plan's did.
            let calendar = rounds[r].answers.businessCalendar
            for other in rounds[r].steps.indices where rounds[r].steps[other].state == .pending {
                let later = rounds[r].steps[other]
                guard DueDateShift.follows(later, step) else { continue }
                let newDue = DueDateShift.shift(later.due, byDays: delta, in: calendar)
                guard newDue != later.due else { continue }
                rounds[r].steps[other].due = newDue
                rounds[r].steps[other].latest = later.latest.map { max(DueDateShift.shift($0, byDays: delta, in: calendar), newDue) }
                moved.append(.init(ref: Self.ref(round: rounds[r].number, stepID: later.id), from: later.due, to: newDue))
            }
        }
        // The thank-you carries the promised material (the plan says so, and the draft holds it):
        // sending it keeps that promise too.
        var settled: [String] = []
        if mark == .sent, step.kind == .thankYou, let draft = step.draftID {
            for other in rounds[r].steps.indices {
                let promised = rounds[r].steps[other]
                guard promised.kind == .promisedMaterial, promised.state == .pending, promised.draftID == draft else { continue }
                rounds[r].steps[other].state = .sent
                rounds[r].steps[other].doneOn = date
                rounds[r].steps[other].note = "went with \(ref)"
                settled.append(Self.ref(round: rounds[r].number, stepID: promised.id))
            }
        }
        var text = "\(ref) marked \(mark.rawValue)"
        if !settled.isEmpty { text += " with \(settled.joined(separator: ", ")) (the promised material went with it)" }
        if mark == .sent, delta > 0 { text += ", \(delta) day\(delta == 1 ? "" : "s") after it was due" }
        if mark == .sent, delta < 0 { text += ", \(-delta) day\(delta == -1 ? "" : "s") early" }
        if !moved.isEmpty {
            text += "; moved " + moved.map { "\($0.ref) to \($0.to.readable)" }.joined(separator: ", ")
        }
        history.append(TrackerHistoryEntry(date: date, text: text + "."))
        return MarkReport(ref: ref, moved: moved, settledWithIt: settled)
    }
}
