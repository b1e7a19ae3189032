/// Builds the dated follow-up timeline from the answers. Pure: `today` is passed in.
///
/// The timeline, from the coaching rules:
/// - thank-you to each interviewer by the next business day after the interview (the one
///   after at the latest): after a Friday interview, Monday morning;
/// - promised material with the first thank-you; a note to the recruiter on the same day;
/// - a connection note to each interviewer one business day after the thank-you;
/// - business days skip weekends and the public holidays of the answers' country;
/// - a check-in one business day after the decision date (two at the latest), or seven
///   business days after the interview (ten at the latest) when no date was given;
/// - a last check-in five business days later, then stop (after silence) five more later;
/// - what to do if an offer or a rejection arrives, dated at the expected decision.
public enum PlanBuilder {
    public static func build(from answers: Answers, today: LocalDate) -> FollowUpPlan {
        let interviewDay = answers.interview.date ?? today
        let calendar = answers.businessCalendar
        let loop = InterviewLoop(answers)
        let role = Prose.firstNonEmpty(answers.interview.role) ?? "the role"
        var notes: [String] = []
        if answers.interview.date == nil { notes.append(PlanCoaching.noInterviewDate) }

        func status(_ due: LocalDate) -> StepStatus {
            due < today ? .overdue : (due == today ? .dueToday : .upcoming)
        }

        let window = ThankYouWindow(interview: interviewDay, calendar: calendar)
        let thankDue = window.due
        let thankLatest = window.latest
        let late = today > thankDue
        /// "Send today: thank-you email..." when the window has passed.
        func urgent(_ what: String) -> String {
            guard late, let first = what.first else { return what }
            return "Send today: " + first.lowercased() + what.dropFirst()
        }
        if late { notes.append(PlanCoaching.lateStart(daysSince: interviewDay.days(until: today))) }
        if !late, window.spansDaysOff {
            notes.append(
                PlanCoaching.thankYouAfterDaysOff(interview: interviewDay, due: thankDue, holidays: calendar.holidays(from: interviewDay, through: thankDue)))
        }

        var dated: [PlanStep] = []
        for member in loop.members {
            let recipient = Recipient(name: member.person.name, email: member.person.email)
            var what = "Thank-you email to \(member.person.name)"
            let topics = member.person.topics.flatMap(InterviewLoop.splitItems).compactMap(Note.init).map(\.text)
            what += topics.isEmpty ? "" : " about \(Realiser.list(topics))"
            // As the draft takes them up: a concern it cannot say cleanly is in the plan's notes instead.
            let readings = member.concerns.compactMap { ConcernReading($0, names: member.names) }
            let answered = readings.filter { $0.answer != nil }.map(\.note.text)
            let open = readings.filter(\.isOffered).map(\.note.text)
            if !answered.isEmpty { what += "; adds what you'd say now on \(Realiser.list(answered.map { "'\($0)'" }))" }
            if !open.isEmpty { what += "; offers to talk again about \(Realiser.list(open.map { "'\($0)'" }))" }
            let promised = member.promised.compactMap(PromisedItem.init)
            if !promised.isEmpty { what += "; keeps your promise of \(Realiser.list(promised.map(\.mention)))" }
            dated.append(
                PlanStep(
                    id: DraftID.thankYou(member.index), kind: .thankYou, recipient: recipient,
                    due: thankDue, latest: thankLatest, what: urgent(what + "."),
                    why: late ? PlanCoaching.thankYouLate : PlanCoaching.thankYou,
                    draftID: DraftID.thankYou(member.index), status: status(thankDue)))
        }

        for member in loop.members {
            // Something promised for later ("once I pass the test") has nothing to attach now.
            let promised = member.promised.compactMap(PromisedItem.init).filter { $0.condition == nil }
            guard !promised.isEmpty else { continue }
            let tasks = promised.map { item -> String in
                switch item.kind {
                case .link where item.url != nil: return "check the link to \(item.label) opens"
                case .link: return "paste the link to \(item.label) where the draft says [paste …]"
                case .document: return "attach \(item.label) and delete the [attach …] reminder after its sentence"
                case .detail: return "write \(item.label) where the draft says [add …]"
                case .people: return "write out \(item.label) where the draft says [add …]"
                }
            }
            dated.append(
                PlanStep(
                    id: loop.members.count == 1 || member.index == 0 ? "promised-material" : "promised-material-\(member.index + 1)",
                    kind: .promisedMaterial,
                    recipient: Recipient(name: member.person.name, email: member.person.email),
                    due: thankDue, latest: thankLatest,
                    what: urgent(
                        "Before sending the thank-you to \(member.person.name): \(Realiser.list(tasks, actions: true)). `followup check` flags any placeholder left."
                    ),
                    why: PlanCoaching.promisedMaterial, draftID: DraftID.thankYou(member.index), status: status(thankDue)))
        }

        // A recruiter who also interviewed has their thank-you, and no recruiter note (DraftComposer).
        if let recruiter = answers.recruiter, !ListAnswer.clean(recruiter.name).isEmpty, loop.processMember == nil {
            dated.append(
                PlanStep(
                    id: DraftID.recruiterNote, kind: .recruiterNote,
                    recipient: Recipient(name: recruiter.name, email: recruiter.email),
                    due: thankDue, latest: thankLatest,
                    what: urgent("Short thank-you to \(recruiter.name) for arranging the interview, with a question about timing."),
                    why: PlanCoaching.recruiterNote, draftID: DraftID.recruiterNote, status: status(thankDue)))
        }

        // Connect a business day after the thank-yous actually go out (today, when they are late).
        let networkingDue = (late ? today : thankDue).adding(businessDays: 1, in: calendar)
        for member in loop.members where !answers.interviewers.isEmpty {
            dated.append(
                PlanStep(
                    id: DraftID.networking(member.index), kind: .networking,
                    recipient: Recipient(name: member.person.name, email: member.person.email),
                    due: networkingDue,
                    what: "Connection note to \(member.person.name): on LinkedIn, paste the draft's .txt into a connection request "
                        + "(under \(DraftComposer.networkingCharacterLimit) characters, no subject or signature): it keeps you in their network "
                        + "whatever the outcome. Send the .eml instead if you only have their email address.",
                    why: PlanCoaching.networking, draftID: DraftID.networking(member.index),
                    status: status(networkingDue)))
        }

        var checkInDue: LocalDate
        var checkInLatest: LocalDate
        let checkInWhy: String
        // No decision date, but the next steps name a day ("they'll decide by end of next week"):
        // the check-in waits for that day, counted from the interview.
        let expected = ExpectedDecision(answers, interviewDay: interviewDay)
        let decisionDate = expected.date
        if let said = expected.readFromNextSteps, let date = expected.date, !expected.isNextStep {
            notes.append(PlanCoaching.decisionFromNextSteps(said, date: date))
        }
        if let decision = decisionDate {
            let base = max(decision, interviewDay)
            checkInDue = base.adding(businessDays: 1, in: calendar)
            checkInLatest = base.adding(businessDays: 2, in: calendar)
            if let said = expected.readFromNextSteps, expected.isNextStep {
                checkInWhy = PlanCoaching.checkIn(nextStep: decision)
                notes.append(PlanCoaching.nextStepDate(said, date: decision, checkIn: checkInDue))
            } else {
                checkInWhy = PlanCoaching.checkIn(decision: decision, approximate: expected.isApproximate)
                notes.append(PlanCoaching.decisionDate(decision, checkIn: checkInDue, approximate: expected.isApproximate))
            }
        } else {
            checkInDue = interviewDay.adding(businessDays: 7, in: calendar)
            checkInLatest = interviewDay.adding(businessDays: 10, in: calendar)
            checkInWhy = PlanCoaching.checkInNoDate
            notes.append(PlanCoaching.noDecisionDate(checkIn: checkInDue, latest: checkInLatest))
        }
        // Late thank-yous go out today: the check-in waits two business days after them, never
        // the same day or the next ("thanks for your time" and "any news?" at once).
        let afterThankYous = (late ? today : thankDue).adding(businessDays: 2, in: calendar)
        if checkInDue < afterThankYous {
            notes.append(PlanCoaching.checkInAfterThankYous(planned: checkInDue, moved: afterThankYous))
            checkInDue = afterThankYous
            checkInLatest = afterThankYous.adding(businessDays: 1, in: calendar)
        }
        let contact = loop.processContact
        dated.append(
            PlanStep(
                id: DraftID.checkIn, kind: .checkIn, recipient: contact, due: checkInDue, latest: checkInLatest,
                what: "If you have heard nothing, a polite check-in to \(contact.name) about the \(role) decision.",
                why: checkInWhy, draftID: DraftID.checkIn, status: status(checkInDue)))

        let finalDue = checkInDue.adding(businessDays: 5, in: calendar)
        dated.append(
            PlanStep(
                id: DraftID.finalCheckIn, kind: .finalCheckIn, recipient: contact, due: finalDue,
                what: "If the check-in went unanswered, one last courteous note to \(contact.name).",
                why: PlanCoaching.finalCheckIn, draftID: DraftID.finalCheckIn, status: status(finalDue)))

        let silenceDue = finalDue.adding(businessDays: 5, in: calendar)
        dated.append(
            PlanStep(
                id: "after-silence", kind: .afterSilence, recipient: contact, due: silenceDue,
                what: "Still no answer: stop following up, keep applying elsewhere, and stay connected with the people you met.",
                why: PlanCoaching.afterSilence, status: status(silenceDue)))

        // The holidays the check-ins were moved past, and what the dates could not know.
        let skipped = calendar.holidays(from: interviewDay, through: silenceDue)
        if !skipped.isEmpty { notes.append(PlanCoaching.holidaysSkipped(skipped, country: calendar.countryName ?? "")) }
        notes += PlanCoaching.calendarCaveats(country: answers.country, last: silenceDue)

        // Stable sort by date: same-day steps keep the order above.
        let ordered = dated.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)

        let outcomeDate = decisionDate.map { max($0, interviewDay) } ?? checkInDue
        let outcomes = [
            PlanStep(
                id: "after-offer", kind: .afterOffer, recipient: contact, due: outcomeDate,
                what: "If an offer comes: thank them within a business day, ask for it in writing, and ask when they need your answer.",
                why: PlanCoaching.afterOffer, status: .onOutcome),
            PlanStep(
                id: "after-rejection", kind: .afterRejection, recipient: contact, due: outcomeDate,
                what: "If the answer is no: send the gracious reply that asks for feedback, then the connection notes if not sent yet.",
                why: PlanCoaching.afterRejection, draftID: DraftID.rejectionReply, status: .onOutcome),
        ]
        return FollowUpPlan(generatedOn: today, interviewDate: interviewDay, steps: ordered + outcomes, notes: notes)
    }
}
