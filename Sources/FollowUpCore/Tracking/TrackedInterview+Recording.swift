/// Turning a written plan into a tracked record, or into a new round of an existing one.
extension TrackedInterview {
    /// A new record whose first round is this plan.
    ///
    /// - Parameter draftFiles: draft id → the path of its written `.eml` file.
    public static func new(
        id: String, answers: Answers, plan: FollowUpPlan, draftFiles: [String: String], outputDirectory: String?, key: String? = nil
    ) -> TrackedInterview {
        let round = TrackedRound.make(
            number: 1, answers: answers, plan: plan, draftFiles: draftFiles, outputDirectory: outputDirectory, key: key)
        let entry = TrackerHistoryEntry(
            date: plan.generatedOn,
            text: "Tracking started: \(round.stage) on \(round.interviewDate.readable)\(outputDirectory.map { ", files in \($0)" } ?? "").")
        return TrackedInterview(
            id: id, company: answers.interview.company, role: answers.interview.role, rounds: [round], history: [entry])
    }

    /// `acme-1120`: the company's first word or two (at most 14 characters) and the interview's month and day.
    public static func proposedID(company: String, interviewDate: LocalDate) -> String {
        "\(idBase(company: company))-\(interviewDate.month.zeroPadded(2))\(interviewDate.day.zeroPadded(2))"
    }

    /// The company part every id of this company starts with: whole slug words, 14 characters at most.
    public static func idBase(company: String) -> String {
        var base = ""
        for part in Slug.make(company, fallback: "interview").split(separator: "-") {
            let candidate = base.isEmpty ? String(part) : base + "-" + part
            if candidate.count > 14 { break }
            base = candidate
        }
        if base.isEmpty { base = String(Slug.make(company, fallback: "interview").prefix(14)) }
        return base
    }

    /// True when these answers are about this application: the same candidate, company and
    /// role, ignoring case, accents and punctuation. A coach's two candidates interviewing for
    /// one role on one day are two applications.
    public func isSameApplication(as answers: Answers) -> Bool {
        Slug.make(company, fallback: "") == Slug.make(answers.interview.company, fallback: "")
            && Slug.make(role, fallback: "") == Slug.make(answers.interview.role, fallback: "")
            && Slug.make(candidate, fallback: "") == Slug.make(answers.candidate.name, fallback: "")
    }

    /// Who is applying: the name the first round's drafts are signed with.
    public var candidate: String { rounds.first?.answers.candidate.name ?? "" }

    /// The id to try after `proposedID` is taken by someone else's interview: `acme-1120-sam`.
    public static func candidateID(base: String, candidate: String) -> String? {
        let given = PersonName(candidate).given
        let slug = Slug.make(given.isEmpty ? candidate : given, fallback: "")
        return slug.isEmpty ? nil : "\(base)-\(String(slug.prefix(12)))"
    }

    /// The round for an interview on this day, if one is tracked.
    public func roundNumber(interviewOn date: LocalDate) -> Int? {
        rounds.first { $0.interviewDate == date }?.number
    }

    /// Adds the next interview round with its own interviewers and plan. The earlier rounds'
    /// check-ins are closed (the company answered by inviting you back); their thank-yous and
    /// connection notes stay open.
    public mutating func addRound(
        answers: Answers, plan: FollowUpPlan, draftFiles: [String: String], outputDirectory: String?, key: String? = nil
    ) throws(TrackerError) {
        var machine = ApplicationLifecycle(state: status)
        if case .failure(let refusal) = machine.handle(.newRound) {
            throw TrackerError("Can't add a round to \(id): \(refusal)")
        }
        let round = TrackedRound.make(
            number: rounds.count + 1, answers: answers, plan: plan, draftFiles: draftFiles, outputDirectory: outputDirectory,
            key: key)
        var closed = 0
        for r in rounds.indices {
            for s in rounds[r].steps.indices {
                let step = rounds[r].steps[s]
                guard step.state == .pending || step.state == .waiting else { continue }
                switch step.kind {
                case .checkIn, .finalCheckIn, .afterSilence, .afterOffer, .afterRejection:
                    rounds[r].steps[s].close(on: plan.generatedOn, note: "round \(round.number) was arranged")
                    closed += 1
                default:
                    break
                }
            }
        }
        rounds.append(round)
        status = machine.state
        var text = "Round \(round.number) added: \(round.stage) on \(round.interviewDate.readable)"
        if closed > 0 { text += "; closed \(closed) open step\(closed == 1 ? "" : "s") of the earlier round" }
        history.append(TrackerHistoryEntry(date: plan.generatedOn, text: text + "."))
    }
}

extension TrackedInterview {
    /// The plan of the round on `plan.interviewDate` made again from changed answers
    /// (`followup plan --update`): its steps are the new plan's, what was already sent,
    /// skipped or closed stays so (a done step the new plan no longer has is kept, as a record),
    /// and its key and folder stay, so the drafts' Message-IDs and the reminders' UIDs do not
    /// change. A pending step the new plan dates as the old one did keeps its day (a move made
    /// by marking an earlier step stays). Returns what changed, in words, or nil when neither
    /// the answers nor the steps did; the history says it too.
    public mutating func replacePlan(answers: Answers, plan: FollowUpPlan, draftFiles: [String: String]) -> String? {
        guard let r = rounds.firstIndex(where: { $0.interviewDate == plan.interviewDate }) else { return nil }
        let old = rounds[r]
        var fresh = TrackedRound.make(
            number: old.number, answers: answers, plan: plan, draftFiles: draftFiles, outputDirectory: old.outputDirectory, key: old.key)
        var moved = 0
        for s in fresh.steps.indices {
            guard let before = old.steps.first(where: { $0.id == fresh.steps[s].id }) else { continue }
            fresh.steps[s].sequence = before.sequence
            if before.state.isDone {
                // As it was when marked, with the new plan's draft file.
                var kept = before
                kept.draftFile = fresh.steps[s].draftFile
                fresh.steps[s] = kept
            } else if before.plannedDue == fresh.steps[s].plannedDue {
                // The plan says the same day: a move made by marking an earlier step stays.
                fresh.steps[s].due = before.due
            } else {
                moved += 1
            }
        }
        fresh.steps += old.steps.filter { step in step.state.isDone && !fresh.steps.contains { $0.id == step.id } }
        let added = fresh.steps.filter { step in !old.steps.contains { $0.id == step.id } }.count
        let removed = old.steps.filter { step in !fresh.steps.contains { $0.id == step.id } }.count
        var changes: [String] = []
        if old.answers != answers { changes.append("new answers") }
        if added > 0 { changes.append("\(added) step\(added == 1 ? "" : "s") added") }
        if removed > 0 { changes.append("\(removed) removed") }
        if moved > 0 { changes.append("\(moved) with a new date") }
        // The same answers planned on a later day: nothing to follow anew.
        guard !changes.isEmpty else { return nil }
        rounds[r] = fresh
        let text = "Round \(fresh.number)'s plan made again from changed answers (\(changes.joined(separator: ", "))); what was done is kept."
        history.append(TrackerHistoryEntry(date: plan.generatedOn, text: text))
        return changes.joined(separator: ", ")
    }
}

extension TrackedRound {
    /// A round from a plan: dated steps pending, outcome steps waiting.
    public static func make(
        number: Int, answers: Answers, plan: FollowUpPlan, draftFiles: [String: String], outputDirectory: String?,
        key: String? = nil
    ) -> TrackedRound {
        let steps = plan.steps.map { step in
            TrackedStep(
                id: step.id, kind: step.kind, recipient: step.recipient, due: step.due, latest: step.latest,
                what: step.what, draftID: step.draftID, draftFile: step.draftID.flatMap { draftFiles[$0] },
                state: step.status == .onOutcome ? .waiting : .pending)
        }
        let stage =
            answers.interview.round.map { round -> String in
                round == .screening ? "screening" : "\(round.rawValue) round"
            } ?? "round \(number)"
        return TrackedRound(
            number: number, stage: stage, interviewDate: plan.interviewDate, planMadeOn: plan.generatedOn,
            answers: answers, outputDirectory: outputDirectory, steps: steps, key: key)
    }
}

extension TrackedStep {
    mutating func close(on date: LocalDate, note: String) {
        state = .closed
        doneOn = date
        self.note = note
    }
}
