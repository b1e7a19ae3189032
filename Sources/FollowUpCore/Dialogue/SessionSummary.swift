/// One line of the summary: a label, the answer, and the `/edit` field that changes it.
public struct SummaryLine: Equatable, Sendable {
    public var label: String
    public var value: String
    public var field: String

    public init(label: String, value: String, field: String) {
        self.label = label
        self.value = value
        self.field = field
    }
}

/// Everything collected so far, in the order it was asked.
public enum SessionSummary {
    public static func lines(for a: Answers) -> [SummaryLine] {
        func orDash(_ s: String?) -> String {
            guard let s, !s.isEmpty else { return "—" }
            return s
        }
        var lines: [SummaryLine] = [
            SummaryLine(label: "Company", value: orDash(a.interview.company), field: "company"),
            SummaryLine(label: "Role", value: orDash(a.interview.role), field: "role"),
            SummaryLine(label: "Interview", value: a.interview.date?.readable ?? "—", field: "date"),
            SummaryLine(label: "Format", value: orDash(a.interview.format?.rawValue), field: "format"),
            SummaryLine(label: "Round", value: orDash(a.interview.round?.rawValue), field: "round"),
        ]
        for (n, person) in a.interviewers.enumerated() {
            var parts = [person.name]
            if let title = person.title { parts.append(title) }
            if let email = person.email { parts.append("<\(email)>") }
            parts.append("greeted as \(person.greetingName(tone: a.tone))")
            lines.append(SummaryLine(label: "Interviewer \(n + 1)", value: parts.joined(separator: ", "), field: "interviewers"))
            lines.append(SummaryLine(label: "  talked about", value: orDash(person.topics.joined(separator: "; ")), field: "topics \(n + 1)"))
        }
        lines.append(SummaryLine(label: "Stood out", value: orDash(a.highlights.joined(separator: "; ")), field: "highlights"))
        lines.append(SummaryLine(label: "Strengths", value: orDash(a.strengths.joined(separator: "; ")), field: "strengths"))
        for (n, concern) in a.concerns.enumerated() {
            var value = concern.response.map { "\(concern.topic) → \($0)" } ?? concern.topic
            if let by = concern.raisedBy { value += " (raised by \(by))" }
            lines.append(SummaryLine(label: "Concern \(n + 1)", value: value, field: "concern \(n + 1)"))
        }
        lines.append(SummaryLine(label: "Promised", value: orDash(a.promised.joined(separator: "; ")), field: "promised"))
        lines.append(SummaryLine(label: "Decision by", value: a.decisionDate?.readable ?? "not given", field: "decision"))
        if a.decisionDate == nil {
            lines.append(SummaryLine(label: "Next steps", value: orDash(a.nextSteps), field: "nextsteps"))
        }
        let recruiter = a.recruiter.map { r in r.email.map { "\(r.name) <\($0)>" } ?? r.name }
        lines.append(SummaryLine(label: "Recruiter", value: orDash(recruiter), field: "recruiter"))
        lines.append(SummaryLine(label: "Tone", value: a.tone.rawValue, field: "tone"))
        // The closing line and the phone come from the settings (`followup config`): shown, never silent.
        var signed = orDash(a.candidate.name)
        if let signOff = a.candidate.signOff, !signOff.isEmpty { signed = signOff + " " + signed }
        if let phone = a.candidate.phone, !phone.isEmpty { signed += ", " + phone }
        lines.append(SummaryLine(label: "Signed", value: signed, field: "name"))
        lines.append(SummaryLine(label: "Your email", value: orDash(a.candidate.email), field: "myemail"))
        return lines
    }
}
