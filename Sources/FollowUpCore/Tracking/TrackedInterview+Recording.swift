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

extension TrackedRound {
    /// A round from a plan: dated steps pending, outcome steps waiting.
    public static func make(
        number: Int, answers: Answers, plan: FollowUpPlan, draftFiles: [String: String], outputDirectory: String?,
        key: String? = nil
    ) -> TrackedRound {
        let steps = plan.steps.map { step in
            TrackedStep(
                id: step.id, kind: TrackedStepKind(step.kind), recipient: step.recipient, due: step.due, latest: step.latest,
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
