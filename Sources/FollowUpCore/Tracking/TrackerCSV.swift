/// The tracker as CSV (RFC 4180 quoting, one line per row), one row per interview round, with the date of each stage: for
/// a coach's spreadsheet of a cohort. Empty cells for stages that haven't happened.
public enum TrackerCSV {
    public static let header = [
        "id", "candidate", "company", "role", "round", "interview_date", "plan_made_on", "thank_you_sent", "recruiter_note_sent",
        "check_in_sent", "final_check_in_sent", "status", "outcome_date",
    ]

    public static func render(_ records: [TrackedInterview]) -> String {
        var lines = [header.map(field).joined(separator: ",")]
        for record in records {
            // The outcome is recorded once, for the application: its date is that history entry's.
            let outcomeDate = record.history.last { $0.text.hasPrefix("Outcome: ") }?.date
            for round in record.rounds {
                func sent(_ kind: StepKind) -> String {
                    // The last of them (a thank-you per interviewer): the stage is done when all went out.
                    round.steps.filter { $0.kind == kind && $0.state == .sent }.compactMap(\.doneOn).max()?.iso8601 ?? ""
                }
                let isLatest = round.number == record.rounds.last?.number
                let row = [
                    record.id, round.answers.candidate.name, record.company, record.role, String(round.number),
                    round.interviewDate.iso8601, round.planMadeOn.iso8601, sent(.thankYou), sent(.recruiterNote), sent(.checkIn),
                    sent(.finalCheckIn), isLatest ? record.status.rawValue : "", isLatest ? outcomeDate?.iso8601 ?? "" : "",
                ]
                lines.append(row.map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field quoted when it holds a comma, quote or line break (RFC 4180), and a leading
    /// `=`, `+`, `-` or `@` kept from being read as a formula by spreadsheets.
    static func field(_ value: String) -> String {
        var text = UntrustedText.cleaned(value)
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
