/// Renders `plan.md`: the interview facts, the dated timeline and every draft, readable as is
/// in a terminal (plain lines, no tables, drafts fenced so line breaks survive a renderer), with
/// no control or invisible characters (`UntrustedText.cleaned`).
public enum PlanMarkdown {
    public static func render(plan: FollowUpPlan, drafts: [EmailDraft], answers: Answers) -> String {
        var out: [String] = []
        let role = Prose.firstNonEmpty(answers.interview.role) ?? "Interview"
        let company = Prose.firstNonEmpty(answers.interview.company)
        out.append("# Follow-up plan: \(role)\(company.map { " at \($0)" } ?? "")")
        out.append("")

        var facts: [(String, String)] = []
        var held = answers.interview.date?.readable ?? "date not given (timeline counts from \(plan.interviewDate.readable))"
        let details = [answers.interview.format.map(formatName), answers.interview.round.map { "\($0.rawValue) round" }]
            .compactMap { $0 }
        if !details.isEmpty { held += " (\(details.joined(separator: ", ")))" }
        if let zone = Prose.firstNonEmpty(answers.interview.timezone) { held += ", \(zone)" }
        facts.append(("Interview", held))
        if !answers.interviewers.isEmpty {
            let people = answers.interviewers.map { person in
                Prose.firstNonEmpty(person.title).map { "\(person.name) (\($0))" } ?? person.name
            }
            facts.append(("Interviewers", people.joined(separator: "; ")))
        }
        if let recruiter = answers.recruiter, !ListAnswer.clean(recruiter.name).isEmpty {
            facts.append(("Recruiter", Recipient(name: recruiter.name, email: recruiter.email).display))
        }
        if let decision = answers.decisionDate {
            facts.append(("Decision", "expected \(answers.decisionDateIsApproximate == true ? "around" : "by") \(decision.readable)"))
        } else {
            facts.append(("Decision", "no date given"))
        }
        if let next = Prose.firstNonEmpty(answers.nextSteps) { facts.append(("Next steps", next)) }
        facts.append(("Tone", answers.tone.rawValue))
        facts.append(("Plan made", plan.generatedOn.readable))
        let width = (facts.map(\.0.count).max() ?? 0) + 1
        for (label, value) in facts {
            out.append("- \(label + ":" + String(repeating: " ", count: width - label.count)) \(value)")
        }

        let overdue = plan.overdueSteps.count
        if overdue > 0 {
            out.append("")
            out.append("**\(overdue) step\(overdue == 1 ? " is" : "s are") overdue: send \(overdue == 1 ? "it" : "them") today.**")
        }

        if !plan.notes.isEmpty {
            out.append("")
            out.append("## Notes")
            out.append("")
            out.append(contentsOf: plan.notes.map { "- \($0)" })
        }

        out.append("")
        out.append("## Timeline")
        for (n, step) in plan.steps.enumerated() {
            out.append("")
            let whom = step.draftID == nil || step.kind == .afterRejection ? " (\(step.recipient.display))" : " to \(step.recipient.display)"
            out.append("\(n + 1). \(when(step, today: plan.generatedOn)): \(title(step.kind))\(whom)")
            out.append("   What:  \(step.what)")
            out.append("   Why:   \(step.why)")
            if let draft = step.draftID { out.append("   Draft: \(draft)") }
        }

        if !drafts.isEmpty {
            out.append("")
            out.append("## Drafts")
            for draft in drafts {
                out.append("")
                let to = Recipient(name: draft.recipientName, email: draft.recipientEmail).display
                out.append("### \(draft.id): to \(to)")
                out.append("")
                out.append("```text")
                out.append("Subject: \(draft.subject)")
                out.append("")
                out.append(draft.body)
                out.append("```")
                out.append("")
                // No address for this person: the .eml and the link go to the recruiter, asking them to pass it on.
                var sent = draft
                if let forwarded = draft.forwarded(through: answers.recruiter, tone: answers.tone) {
                    out.append(
                        "No address for \(draft.recipientName): the draft file is addressed to \(forwarded.recipientName) and asks them to forward it.")
                    sent = forwarded
                } else if draft.recipientEmail == nil {
                    if let recruiter = answers.recruiter, !recruiter.name.isEmpty, recruiter.name != draft.recipientName {
                        out.append(
                            "No address for \(draft.recipientName): send it to \(recruiter.name) and ask them to forward it to \(draft.recipientName).")
                    } else {
                        out.append(
                            "No address for \(draft.recipientName): fill it in in your mail app, or ask whoever arranged the interview to forward the note.")
                    }
                }
                out.append("[Open in your mail app](\(MailtoLink.make(to: sent.recipientEmail, subject: sent.subject, body: sent.body)))")
            }
        }
        // Values from files may hold escape sequences or invisible characters: plan.md is read
        // in terminals too (`cat plan.md`).
        return UntrustedText.cleaned(out.joined(separator: "\n"), keepingLayout: true) + "\n"
    }

    /// `Wed 4 Mar 2026 (latest Thu 5 Mar 2026) [OVERDUE: send today]`.
    static func when(_ step: PlanStep, today: LocalDate) -> String {
        if step.status == .onOutcome {
            return "When the answer comes (expected around \(step.due.readable))"
        }
        var text = step.due.readable
        if let latest = step.latest { text += " (latest \(latest.readable))" }
        switch step.status {
        // Past its first day, and today its last: due today, on the last day it can go.
        case .overdue where step.latest == today: text += " [DUE TODAY: the last day]"
        case .overdue: text += " [OVERDUE: send today, \(today.readable)]"
        case .dueToday: text += " [DUE TODAY]"
        case .upcoming, .onOutcome: break
        }
        return text
    }

    static func title(_ kind: StepKind) -> String {
        switch kind {
        case .thankYou: return "Thank-you"
        case .recruiterNote: return "Recruiter note"
        case .promisedMaterial: return "Promised material"
        case .checkIn: return "Check-in"
        case .finalCheckIn: return "Final check-in"
        case .networking: return "Connection note"
        case .afterOffer: return "If an offer comes"
        case .afterRejection: return "If it is a no"
        case .afterSilence: return "If there is still no answer"
        case .withdrawalNote: return "Withdrawal note"
        }
    }

    static func formatName(_ format: InterviewFormat) -> String {
        switch format {
        case .phone: return "phone"
        case .video: return "video"
        case .onSite: return "on-site"
        case .panel: return "panel"
        }
    }
}
