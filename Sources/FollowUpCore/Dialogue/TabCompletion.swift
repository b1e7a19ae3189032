/// What Tab offers at the prompt: commands, `/edit` fields, and the words that fit the question
/// being asked (the tones at the tone question, the names known so far where people are talked
/// about), never tone words at "Which company?".
public enum TabCompletion {
    /// Candidate words for the last word of `line` (the text before the cursor), at `question`.
    public static func candidates(for line: String, answers: Answers, question: Question? = nil) -> [String] {
        let endsWithSpace = line.last == " "
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let current = endsWithSpace ? "" : (words.last ?? "")
        let previous = endsWithSpace ? words : Array(words.dropLast())

        let pool: [String]
        if previous.isEmpty, current.hasPrefix("/") {
            // `/edit` is completed with its space, so the next Tab lists the fields.
            pool = DialogueCommand.names.map { $0 == "/edit" ? "/edit " : $0 }
        } else if previous.first == "/edit" {
            pool = previous.count == 1 ? EditableField.names : answers.interviewers.map { $0.name.split(separator: " ").first.map(String.init) ?? $0.name }
        } else if previous.first?.hasPrefix("/") == true {
            pool = []
        } else {
            pool = Self.words(for: question, answers: answers)
        }
        // An empty word completes only after `/edit`, where the choices are few and known.
        if current.isEmpty, previous.first != "/edit" { return [] }
        let lowered = current.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
    }

    /// The words an answer to `question` is likely to use.
    static func words(for question: Question?, answers: Answers) -> [String] {
        var names: [String] = []
        for person in answers.interviewers {
            names.append(contentsOf: person.name.split(separator: " ").map(String.init))
        }
        let company = answers.interview.company.split(separator: " ").map(String.init)
        switch question {
        case .tone: return Tone.allCases.map(\.rawValue)
        case .format: return InterviewFormat.allCases.map(\.rawValue)
        case .round: return InterviewRound.allCases.map(\.rawValue)
        // Typed fresh: a name, a title, a date, an address. Nothing known fits.
        case .company, .role, .interviewDate, .interviewerNames, .decisionDate, .signOff, .candidateEmail, .interviewerEmail, .review:
            return []
        case .interviewerTitle, .interviewerAddress, .recruiter:
            return names
        // Free text about the interview: the people and the company come up.
        case .interviewerTopics, .highlights, .strengths, .concern, .concernResponse, .promised, .nextSteps, nil:
            return names + company
        }
    }
}
