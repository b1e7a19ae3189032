/// Answers from the company (or the candidate's own decision), and the silence rule.
extension TrackedInterview {
    /// Records how the application ended: closes the open follow-ups, opens the closing message
    /// that fits (the reply to an offer, the gracious reply that asks for feedback, a note when
    /// withdrawing) and keeps the connection notes open. Returns the references of the steps opened.
    @discardableResult
    public mutating func record(_ outcome: ApplicationLifecycle.Outcome, on date: LocalDate) throws(TrackerError) -> [String] {
        var machine = ApplicationLifecycle(state: status)
        if case .failure(let refusal) = machine.handle(.outcome(outcome)) {
            throw TrackerError("Can't record '\(outcome.rawValue)' for \(id): \(refusal)")
        }
        status = machine.state
        let reason = "outcome: \(outcome.rawValue)"
        let replyDue = date.adding(businessDays: 1, in: latestRound?.answers.businessCalendar ?? .weekendsOnly)
        var closed = 0
        var opened: [String] = []
        for r in rounds.indices {
            let isLatest = r == rounds.count - 1
            for s in rounds[r].steps.indices {
                let step = rounds[r].steps[s]
                guard step.state == .pending || step.state == .waiting else { continue }
                let opens = isLatest && ((step.kind == .afterOffer && outcome == .offer) || (step.kind == .afterRejection && outcome == .rejected))
                if opens {
                    rounds[r].steps[s].state = .pending
                    rounds[r].steps[s].due = replyDue
                    rounds[r].steps[s].plannedDue = replyDue
                    rounds[r].steps[s].what =
                        step.kind == .afterOffer
                        ? "Reply to \(step.recipient.name) within a business day: thank them, ask for the offer in writing and when they need your answer."
                        : "Gracious reply to \(step.recipient.name): thank them, ask for feedback, and keep the door open."
                    opened.append(Self.ref(round: rounds[r].number, stepID: step.id))
                } else if step.kind == .networking || step.kind == .withdrawalNote {
                    // A connection note is worth sending whatever the answer.
                    continue
                } else {
                    rounds[r].steps[s].close(on: date, note: reason)
                    closed += 1
                }
            }
        }
        if outcome == .withdrawn, var round = rounds.last, !round.steps.contains(where: { $0.kind == .withdrawalNote }) {
            let contact = round.steps.first { $0.kind == .checkIn }?.recipient ?? Recipient(name: "the hiring team")
            round.steps.append(
                TrackedStep(
                    id: "withdrawal-note", kind: .withdrawalNote, recipient: contact, due: replyDue,
                    what: "Tell \(contact.name) you are withdrawing: thank them for their time, and keep the door open."))
            rounds[rounds.count - 1] = round
            opened.append(Self.ref(round: round.number, stepID: "withdrawal-note"))
        }
        var text = "Outcome: \(outcome.rawValue)"
        if closed > 0 { text += "; closed \(closed) open step\(closed == 1 ? "" : "s")" }
        if !opened.isEmpty { text += "; next: \(opened.joined(separator: ", "))" }
        let notes = allSteps.filter { $0.step.kind == .networking && $0.step.state == .pending }.map(\.ref)
        if !notes.isEmpty { text += "; connection notes still open: \(notes.joined(separator: ", "))" }
        history.append(TrackerHistoryEntry(date: date, text: text + "."))
        return opened
    }

    /// The last day a check-in was sent, if one was.
    public var lastCheckInSent: LocalDate? {
        allSteps.filter { $0.step.kind.isCheckIn && $0.step.state == .sent }.compactMap(\.step.doneOn).max()
    }

    /// The day the application counts as quiet: 14 days after the last check-in sent.
    public var quietFrom: LocalDate? {
        lastCheckInSent?.adding(days: Self.quietAfterDays)
    }

    /// Marks an active application quiet when the silence rule says so on `today`.
    /// Returns true when the record changed.
    @discardableResult
    public mutating func applySilence(today: LocalDate) -> Bool {
        guard status == .active, let from = quietFrom, from <= today else { return false }
        var machine = ApplicationLifecycle(state: status)
        guard case .success(let next) = machine.handle(.wentQuiet) else { return false }
        status = next
        history.append(
            TrackerHistoryEntry(
                date: from,
                text:
                    "No reply \(Self.quietAfterDays) days after the last check-in: marked quiet. Stop following up, keep applying elsewhere, send the connection notes; close it with `followup outcome \(id) no-response`."
            ))
        return true
    }
}
