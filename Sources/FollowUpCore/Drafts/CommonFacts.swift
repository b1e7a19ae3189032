import Foundation

/// The facts every draft of one interview shares, and the tone's greeting and sign-off.
struct CommonFacts: Sendable {
    struct Subjects: Sendable {
        var thankYou: String
        var recruiterNote: String
        var checkIn: String
        var finalCheckIn: String
        var networking: String
        var rejectionReply: String
    }

    var tone: Tone
    var company: String
    var role: String
    var interviewDate: String
    var decisionDate: String?
    var nextSteps: String?
    var interviewers: String
    var firstTopic: String
    var promised: String
    var candidateName: String
    var candidateEmail: String?
    var candidatePhone: String?
    var signOff: String
    var signature: String
    var subjects: Subjects

    init(_ answers: Answers, loop: InterviewLoop) {
        tone = answers.tone
        company = Prose.firstNonEmpty(answers.interview.company) ?? "your company"
        role = Prose.firstNonEmpty(answers.interview.role) ?? "open"
        interviewDate = answers.interview.date.map { Prose.longDate($0, style: answers.dateStyle) } ?? "our recent meeting"
        decisionDate = answers.decisionDate.map { Prose.longDate($0, style: answers.dateStyle) }
        nextSteps = Prose.firstNonEmpty(answers.nextSteps)
        interviewers = answers.interviewers.isEmpty ? "the team" : Prose.list(answers.interviewers.map(\.name))
        firstTopic = loop.members.lazy.compactMap(\.topics.first).first ?? "the team's work"
        promised = Prose.list(answers.promised)
        candidateName = ListAnswer.clean(answers.candidate.name)
        candidateEmail = Prose.firstNonEmpty(answers.candidate.email)
        candidatePhone = Prose.firstNonEmpty(answers.candidate.phone)
        switch tone {
        case .formal:
            signOff = "Kind regards,"
            signature = [candidateName, candidateEmail ?? "", candidatePhone ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
            subjects = Subjects(
                thankYou: "Thank you: \(role) interview",
                recruiterNote: "Thank you for arranging the \(role) interview",
                checkIn: "\(role) position: follow-up on timing",
                finalCheckIn: "\(role) position: final follow-up",
                networking: "Connecting after the \(role) interview",
                rejectionReply: "Thank you: \(role) position decision")
        case .warm:
            signOff = "Best wishes,"
            signature = [candidateName, candidateEmail ?? "", candidatePhone ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
            subjects = Subjects(
                thankYou: "Thank you for the \(role) conversation",
                recruiterNote: "Thanks for arranging my \(role) interview",
                checkIn: "Following up on the \(role) role",
                finalCheckIn: "One last note about the \(role) role",
                networking: "Connecting after the \(role) interview",
                rejectionReply: "Thanks for letting me know about the \(role) role")
        case .brief:
            signOff = "Best,"
            signature = candidateName
            subjects = Subjects(
                thankYou: "Thanks: \(role) interview",
                recruiterNote: "\(role) interview: thank you",
                checkIn: "\(role) role: timeline question",
                finalCheckIn: "\(role) role: final follow-up",
                networking: "Connecting after the \(role) interview",
                rejectionReply: "Re: \(role) role")
        }
    }

    func greeting(_ name: String) -> String {
        // "Hello Dr. Pérez" and "Hi Mme Dubois" mix registers: a title takes "Dear" in any tone.
        let titles: Set<String> = [
            "dr", "mr", "mrs", "ms", "mx", "prof", "professor", "mme", "mlle", "m", "herr", "frau", "sr", "sra", "dott", "dottoressa", "sir", "dame",
        ]
        let firstWord = name.split(separator: " ").first.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) } ?? ""
        if name.contains(" "), titles.contains(firstWord) { return "Dear \(name)," }
        switch tone {
        case .formal: return "Dear \(name),"
        case .warm: return "Hello \(name),"
        case .brief: return "Hi \(name),"
        }
    }

    /// The variables every template sees (see ``DraftTemplates``). Absent facts are absent keys,
    /// so `{{#decision_date}}` sections skip cleanly.
    func context(greetingName: String, recipient: String, email: String?) -> [String: Any] {
        var c: [String: Any] = [
            "greeting": greeting(greetingName),
            "greeting_name": greetingName,
            "recipient_name": recipient,
            "sign_off": signOff,
            "signature": signature,
            "candidate_name": candidateName,
            "company": company,
            "role": role,
            "interview_date": interviewDate,
            "interviewers": interviewers,
            "formal": tone == .formal,
            "warm": tone == .warm,
            "brief": tone == .brief,
        ]
        if let email { c["recipient_email"] = email }
        if let candidateEmail { c["candidate_email"] = candidateEmail }
        if let candidatePhone { c["candidate_phone"] = candidatePhone }
        if let decisionDate { c["decision_date"] = decisionDate }
        if let nextSteps { c["next_steps"] = nextSteps }
        if !promised.isEmpty { c["promised"] = promised }
        return c
    }
}
