import Foundation

/// Validation and storage of one typed answer: what each question accepts, and where it goes.
///
/// Pure functions over `Answers`; the state machine calls them and decides where to go next.
public enum AnswerRules {
    public static let maxAnswerLength = 2_000
    public static let maxInterviewers = 20
    public static let maxListItems = 12

    /// The result of applying one answer.
    public enum Outcome: Equatable, Sendable {
        /// The answer was taken. `notes` are remarks for the user; `closesConcerns` ends the concern loop.
        case accepted(Answers, notes: [String], closesConcerns: Bool)
        case rejected(String)
    }

    static let noWords: Set<String> = ["no", "none", "nothing", "n", "nope", "no more", "that's all", "thats all", "done", "-"]
    static let unknownDecision: Set<String> = [
        "no", "none", "n", "not said", "didn't say", "didnt say", "they didn't say", "unknown", "no date", "not sure", "?", "-",
    ]

    public static func apply(
        _ text: String, to question: Question, in answers: Answers, concernsClosed: Bool, environment: DialogueEnvironment
    ) -> Outcome {
        if text.count > maxAnswerLength {
            return .rejected("That answer is \(text.count) characters long; keep it under \(maxAnswerLength). A sentence or two is plenty here.")
        }
        if text.isEmpty {
            if currentValue(of: question, in: answers) != nil {
                return .accepted(answers, notes: [], closesConcerns: false)
            }
            if question.isRequired {
                return .rejected(emptyRequiredMessage(question))
            }
            // Enter takes the offered form of address when it carries a title ("Dr. Osei"): then
            // every tone uses it. A plain given name is left to the tone ("Dear Amara Osei", "Hi Amara").
            if case .interviewerAddress(let i) = question, answers.interviewers.indices.contains(i),
                let offered = offeredAddress(for: answers.interviewers[i]), offered != answers.interviewers[i].personName.given
            {
                var a = answers
                a.interviewers[i].addressAs = offered
                return .accepted(a, notes: [], closesConcerns: false)
            }
            var closes = false
            if case .concern(let index) = question, index >= answers.concerns.count { closes = true }
            return .accepted(clearing(question, in: answers), notes: [], closesConcerns: closes)
        }
        var a = answers
        let lowered = text.lowercased()
        switch question {
        case .company:
            guard text.count <= 120 else { return .rejected("A company name of \(text.count) characters is too long; 120 at most.") }
            a.interview.company = text
        case .role:
            guard text.count <= 120 else { return .rejected("A role of \(text.count) characters is too long; 120 at most.") }
            a.interview.role = text
        case .interviewDate:
            switch environment.dateParser(for: answers, saidOn: environment.today).read(text, preferring: .past) {
            case .failure(let failure): return .rejected(failure.message)
            case .success(let reading):
                let date = reading.date
                let ahead = environment.today.days(until: date)
                if ahead > 14 {
                    return .rejected(
                        "\(date.readable) is \(ahead) days from now. This coach is for after the interview: check the year, or give the date it happened.")
                }
                if ahead < -365 {
                    return .rejected("\(date.readable) is more than a year ago. Check the year; '2026-11-20' leaves no doubt.")
                }
                a.interview.date = date
                let window = ThankYouWindow(interview: date, calendar: environment.businessCalendar(for: a))
                var notes = ["Noted: \(date.readable)."]
                if ahead < 0, environment.today > window.due {
                    notes = [
                        "Noted: \(date.readable), \(-ahead) days ago. The thank-you is overdue, so the plan puts it first: better late and specific than not at all."
                    ]
                } else if ahead < -1, window.spansDaysOff {
                    notes = [CoachScript.Remark.thankYouOnTimeAfterDaysOff(interview: date, due: window.due, daysAgo: -ahead)]
                } else if ahead > 0 {
                    notes = ["Noted: \(date.readable), still ahead. The plan will count from that day."]
                }
                return .accepted(a, notes: notes, closesConcerns: false)
            }
        case .format:
            guard let format = InterviewFormat(loose: text) else {
                return .rejected("'\(text)' isn't a format I know. Choose phone, video, on-site or panel, or /skip.")
            }
            a.interview.format = format
        case .round:
            guard let round = InterviewRound(loose: text) else {
                return .rejected("'\(text)' isn't a round I know. Choose screening, first, second, third or final, or /skip.")
            }
            a.interview.round = round
        case .interviewerNames:
            let people = ListAnswer.namesWithTitles(text)
            let names = people.map(\.name)
            if names.isEmpty { return .rejected(emptyRequiredMessage(question)) }
            if names.count > maxInterviewers {
                return .rejected(
                    "That's \(names.count) names; I can draft for \(maxInterviewers) at most. For a larger panel, thank the panel as a group through the recruiter."
                )
            }
            if let bad = names.first(where: { $0.count > 80 || !$0.contains(where: \.isLetter) }) {
                return .rejected("'\(bad.prefix(40))' doesn't look like a name. Separate names with commas: Ana Pérez, Bob Li.")
            }
            var seen = Set<String>()
            for name in names {
                if !seen.insert(name.lowercased()).inserted {
                    return .rejected("'\(name)' appears twice. Add a surname or an initial so each person gets their own note.")
                }
            }
            let previous = answers.interviewers
            a.interviewers = people.map { name, title in
                var person = previous.first(where: { $0.name.lowercased() == name.lowercased() }) ?? Interviewer(name: PersonName.written(name))
                if let title { person.title = title }
                return person
            }
            let noun = names.count == 1 ? "one note" : "\(names.count) notes, each different"
            return .accepted(a, notes: ["\(noun.prefix(1).uppercased() + noun.dropFirst()). A few questions about each person now."], closesConcerns: false)
        case .interviewerTitle(let i):
            guard a.interviewers.indices.contains(i) else { return .rejected(missingInterviewer) }
            guard text.count <= 100 else { return .rejected("A title of \(text.count) characters is too long; 100 at most.") }
            a.interviewers[i].title = text
        case .interviewerEmail(let i):
            guard a.interviewers.indices.contains(i) else { return .rejected(missingInterviewer) }
            let address = EmailAddress.stripped(text)
            if let problem = EmailAddress.problem(with: address) {
                return .rejected("'\(text.prefix(80))' isn't a usable address. \(problem) Or press Enter to leave it out.")
            }
            a.interviewers[i].email = address
        case .interviewerAddress(let i):
            guard a.interviewers.indices.contains(i) else { return .rejected(missingInterviewer) }
            let value = text.trimmingCharacters(in: CharacterSet(charactersIn: ",:; "))
            guard !value.isEmpty, value.count <= 60, value.contains(where: \.isLetter) else {
                return .rejected("Give the name as it should appear after 'Dear' or 'Hi', e.g. 'Ana' or 'Dr. Pérez'.")
            }
            // "her team's clinics, the new ultrasound": topics typed one question early.
            if value.contains(",") || value.contains(";") || value.split(separator: " ").count > 4 {
                return .rejected(
                    "'\(value.prefix(60))' reads like more than a name. Give the name as it should appear after 'Dear' or 'Hi', e.g. 'Ana' or 'Dr. Pérez', or press Enter for the one suggested; the topics come next."
                )
            }
            a.interviewers[i].addressAs = value
        case .interviewerTopics(let i):
            guard a.interviewers.indices.contains(i) else { return .rejected(missingInterviewer) }
            let items = ListAnswer.items(text)
            guard !items.isEmpty else { return .rejected(emptyRequiredMessage(question)) }
            guard items.count <= maxListItems else {
                return .rejected("That's \(items.count) topics; pick the \(maxListItems) that mattered most (two or three is ideal).")
            }
            a.interviewers[i].topics = items
        case .highlights:
            let items = ListAnswer.notes(text)
            guard items.count <= maxListItems else { return .rejected("Pick the \(maxListItems) moments that mattered most (one or two is ideal).") }
            a.highlights = items
        case .strengths:
            let items = ListAnswer.notes(text)
            guard items.count <= maxListItems else { return .rejected("Pick two or three strengths: a short list is remembered, a long one is skimmed.") }
            a.strengths = items
            if items.count > 3 {
                return .accepted(
                    a, notes: ["Noted all \(items.count). The drafts use the first two or three; put the strongest first with /edit strengths if needed."],
                    closesConcerns: false)
            }
        case .concern(let i):
            if i >= a.concerns.count {
                if noWords.contains(lowered) { return .accepted(a, notes: [], closesConcerns: true) }
                guard a.concerns.count < maxListItems else {
                    return .accepted(a, notes: ["That's plenty of concerns to address; the drafts use the first few."], closesConcerns: true)
                }
                a.concerns.append(Concern(topic: text))
            } else if noWords.contains(lowered) || lowered == "remove" {
                a.concerns.remove(at: i)
                return .accepted(a, notes: ["Removed that concern."], closesConcerns: false)
            } else {
                a.concerns[i].topic = text
            }
            // "Dana: my budget experience": Dana raised it.
            let k = min(i, a.concerns.count - 1)
            if let (person, topic) = InterviewLoop.label(of: text, names: a.interviewers.map(InterviewLoop.names(of:))), let person,
                Note(topic) != nil
            {
                a.concerns[k].topic = topic
                a.concerns[k].raisedBy = a.interviewers[person].name
            }
        case .concernResponse(let i):
            guard a.concerns.indices.contains(i) else { return .rejected("That concern is no longer in the list.") }
            a.concerns[i].response = text
        case .promised:
            if noWords.contains(lowered) { a.promised = []; break }
            a.promised = ListAnswer.items(text)
        case .decisionDate:
            a.decisionDateIsApproximate = nil
            if unknownDecision.contains(lowered) {
                a.decisionDate = nil
                break
            }
            // Relative expressions ("end of next week") count from the day they were said: the interview.
            let saidOn = a.interview.date ?? environment.today
            switch environment.dateParser(for: answers, saidOn: saidOn).read(text, preferring: .future) {
            case .failure(let failure):
                if case .ambiguous = failure { return .rejected(failure.message) }
                if case .vague = failure { return .rejected(failure.message) }
                return .rejected(failure.message + " If they gave no date, press Enter.")
            case .success(let reading):
                let date = reading.date
                if let interview = a.interview.date, date < interview {
                    return .rejected("\(date.readable) is before the interview (\(interview.readable)). Check the month, or press Enter if they gave no date.")
                }
                if environment.today.days(until: date) > 366 {
                    return .rejected("\(date.readable) is more than a year away. Check the year, or press Enter if they gave no date.")
                }
                a.decisionDate = date
                if ExpectedDecision.isLoose(text) { a.decisionDateIsApproximate = true }
                var note = CoachScript.Remark.notedDecision(date, phrase: reading.phrase, saidOn: a.interview.date)
                if date < environment.today {
                    note += " That day has passed, so the check-in is due now if you've heard nothing."
                }
                return .accepted(a, notes: [note], closesConcerns: false)
            }
        case .nextSteps:
            guard text.count <= 500 else { return .rejected("Keep the next steps under 500 characters; the gist is enough.") }
            a.nextSteps = text
        case .recruiter:
            if noWords.contains(lowered) { a.recruiter = nil; break }
            switch parseContact(text) {
            case .failure(let problem): return .rejected(problem.message)
            case .success(let contact): a.recruiter = contact
            }
        case .tone:
            let key: String
            switch lowered {
            case "1": key = "formal"
            case "2": key = "warm"
            case "3": key = "brief"
            default: key = lowered
            }
            guard let tone = Tone(rawValue: key) else {
                return .rejected("'\(text)' isn't one of the tones. Choose formal, warm or brief.")
            }
            a.tone = tone
        case .signOff:
            guard text.count <= 80, text.contains(where: \.isLetter) else {
                return .rejected("Give the name you sign with, e.g. Maya Chen (80 characters at most).")
            }
            // "jl@example.com": the address has a question of its own, next.
            if text.contains("@") {
                return .rejected("That looks like an email address; the next question takes it. Give the name you sign with, e.g. Maya Chen.")
            }
            a.candidate.name = PersonName.written(text)
        case .candidateEmail:
            let address = EmailAddress.stripped(text)
            if let problem = EmailAddress.problem(with: address) {
                return .rejected("'\(text.prefix(80))' isn't a usable address. \(problem) Or press Enter to leave it out.")
            }
            a.candidate.email = address
        case .review:
            return .rejected("Answer yes to write the files.")
        }
        return .accepted(a, notes: [], closesConcerns: false)
    }

    /// Why a recruiter answer was refused.
    public struct ContactProblem: Error {
        public let message: String
    }

    static let missingInterviewer = "That interviewer is no longer in the list; check the names with /edit interviewers."

    static func emptyRequiredMessage(_ question: Question) -> String {
        switch question {
        case .company: return "The company name can't be empty. Type it as you'd write it in an email, e.g. Acme Robotics."
        case .role: return "The role can't be empty. Use the job title from the posting, e.g. Data Analyst."
        case .interviewDate: return "I need the interview date: 'today', 'yesterday' or a date such as Nov 20."
        case .interviewerNames: return "Give at least one name, separated by commas if there were several."
        case .interviewerTopics: return "Give at least one thing this person talked about; a few words are enough."
        case .signOff: return "Your sign-off name can't be empty."
        default: return "This answer can't be empty."
        }
    }

    /// Parses `Sam Lee <sam@acme.com>`, `Sam Lee, sam@acme.com`, `Sam Lee sam@acme.com` or `Sam Lee`.
    public static func parseContact(_ text: String) -> Result<Contact, ContactProblem> {
        var name = text
        var email: String?
        if let open = text.firstIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            email = String(text[text.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            name = String(text[..<open])
        } else if let token = text.split(whereSeparator: { $0 == " " || $0 == "," }).last(where: { $0.contains("@") }) {
            email = String(token)
            name = text.replacingOccurrences(of: String(token), with: "")
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        if let email, let problem = EmailAddress.problem(with: email) {
            return .failure(ContactProblem(message: "'\(email)' isn't a usable address. \(problem)"))
        }
        guard !name.isEmpty, name.contains(where: \.isLetter), name.count <= 80 else {
            return .failure(ContactProblem(message: "Give the recruiter's name, optionally with an address: Sam Lee <sam@acme.com>."))
        }
        return .success(Contact(name: PersonName.written(name), email: email))
    }

    /// The answer already stored for a question, as text, or nil when there is none.
    public static func currentValue(of question: Question, in a: Answers) -> String? {
        func nonEmpty(_ s: String?) -> String? { (s?.isEmpty ?? true) ? nil : s }
        func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: "; ") }
        switch question {
        case .company: return nonEmpty(a.interview.company)
        case .role: return nonEmpty(a.interview.role)
        case .interviewDate: return a.interview.date?.iso8601
        case .format: return a.interview.format?.rawValue
        case .round: return a.interview.round?.rawValue
        case .interviewerNames: return a.interviewers.isEmpty ? nil : a.interviewers.map(\.name).joined(separator: ", ")
        case .interviewerTitle(let i): return a.interviewers.indices.contains(i) ? nonEmpty(a.interviewers[i].title) : nil
        case .interviewerEmail(let i): return a.interviewers.indices.contains(i) ? nonEmpty(a.interviewers[i].email) : nil
        case .interviewerAddress(let i): return a.interviewers.indices.contains(i) ? nonEmpty(a.interviewers[i].addressAs) : nil
        case .interviewerTopics(let i): return a.interviewers.indices.contains(i) ? list(a.interviewers[i].topics) : nil
        case .highlights: return list(a.highlights)
        case .strengths: return list(a.strengths)
        case .concern(let i): return a.concerns.indices.contains(i) ? a.concerns[i].topic : nil
        case .concernResponse(let i): return a.concerns.indices.contains(i) ? nonEmpty(a.concerns[i].response) : nil
        case .promised: return list(a.promised)
        case .decisionDate: return a.decisionDate?.iso8601
        case .nextSteps: return nonEmpty(a.nextSteps)
        case .recruiter: return a.recruiter.map { r in r.email.map { "\(r.name) <\($0)>" } ?? r.name }
        case .tone: return a.tone.rawValue
        case .signOff: return nonEmpty(a.candidate.name)
        case .candidateEmail: return nonEmpty(a.candidate.email)
        case .review: return nil
        }
    }

    /// The form of address the dialogue offers for `person` (``PersonName/defaultAddress``), or
    /// nil when the name leaves it unclear and the coach should ask plainly.
    public static func offeredAddress(for person: Interviewer) -> String? {
        let name = person.personName
        guard !name.greetingIsUncertain, !name.defaultAddress.isEmpty else { return nil }
        return name.defaultAddress
    }

    /// The answers with one optional question's value removed (`/skip`).
    public static func clearing(_ question: Question, in answers: Answers) -> Answers {
        var a = answers
        switch question {
        case .format: a.interview.format = nil
        case .round: a.interview.round = nil
        case .interviewerTitle(let i) where a.interviewers.indices.contains(i): a.interviewers[i].title = nil
        case .interviewerEmail(let i) where a.interviewers.indices.contains(i): a.interviewers[i].email = nil
        case .interviewerAddress(let i) where a.interviewers.indices.contains(i): a.interviewers[i].addressAs = nil
        case .highlights: a.highlights = []
        case .strengths: a.strengths = []
        case .concern(let i) where a.concerns.indices.contains(i): a.concerns.remove(at: i)
        case .concernResponse(let i) where a.concerns.indices.contains(i): a.concerns[i].response = nil
        case .promised: a.promised = []
        case .decisionDate:
            a.decisionDate = nil
            a.decisionDateIsApproximate = nil
        case .nextSteps: a.nextSteps = nil
        case .recruiter: a.recruiter = nil
        case .tone: a.tone = .warm
        case .candidateEmail: a.candidate.email = nil
        default: break
        }
        return a
    }
}
