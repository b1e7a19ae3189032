/// The field names `/edit` understands, and how they map to questions.
public enum EditableField {
    /// Field names, for `/edit` and tab completion.
    public static let names = [
        "company", "role", "date", "format", "round", "interviewers", "title", "email", "address", "topics",
        "highlights", "strengths", "concern", "response", "promised", "decision", "nextsteps", "recruiter", "tone",
        "name", "myemail",
    ]

    /// Why `/edit` could not find the field.
    public struct Problem: Error, Equatable, Sendable {
        public let message: String
    }

    /// Resolves `topics 2`, `title Ana`, `concern 1`, `date` to the question to ask again.
    public static func resolve(_ text: String, in answers: Answers) -> Result<Question, Problem> {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let field = words.first?.lowercased() else {
            return .failure(Problem(message: "Which answer? Try /edit <field> with one of: \(names.joined(separator: ", "))."))
        }
        let argument = words.count > 1 ? words[1] : nil
        switch field {
        case "company": return .success(.company)
        case "role", "job", "position": return .success(.role)
        case "date", "interviewdate", "when": return .success(.interviewDate)
        case "format": return .success(.format)
        case "round": return .success(.round)
        case "interviewers", "names", "who": return .success(.interviewerNames)
        case "title", "email", "address", "topics", "greeting":
            return interviewer(argument, in: answers).map { index in
                switch field {
                case "title": return .interviewerTitle(index)
                case "email": return .interviewerEmail(index)
                case "address", "greeting": return .interviewerAddress(index)
                default: return .interviewerTopics(index)
                }
            }
        case "highlights", "highlight": return .success(.highlights)
        case "strengths", "strength": return .success(.strengths)
        case "concern", "concerns", "response":
            guard let argument else {
                if field == "response" {
                    return answers.concerns.isEmpty
                        ? .failure(Problem(message: "There are no concerns yet; /edit concerns adds one."))
                        : .success(.concernResponse(0))
                }
                return .success(.concern(field == "concerns" ? answers.concerns.count : 0))
            }
            guard let n = Int(argument), n >= 1, n <= answers.concerns.count + (field == "response" ? 0 : 1) else {
                return .failure(
                    Problem(
                        message:
                            "There is no concern \(argument); there are \(answers.concerns.count). Use /edit \(field) 1 to \(max(1, answers.concerns.count))."))
            }
            return .success(field == "response" ? .concernResponse(n - 1) : .concern(n - 1))
        case "promised", "material": return .success(.promised)
        case "decision", "decisiondate", "deadline": return .success(.decisionDate)
        case "nextsteps", "next", "steps":
            if let date = answers.decisionDate {
                return .failure(
                    Problem(
                        message:
                            "Next steps are asked only when no decision date was given, and they gave \(date.readable). To change that, /edit decision (Enter there if they gave no date)."
                    ))
            }
            return .success(.nextSteps)
        case "recruiter", "coordinator": return .success(.recruiter)
        case "tone": return .success(.tone)
        case "name", "signoff", "sign-off", "me": return .success(.signOff)
        case "myemail", "my-email", "from": return .success(.candidateEmail)
        default:
            if let near = names.first(where: { $0.hasPrefix(field) || field.hasPrefix($0) }), field.count >= 3 {
                let rest = argument.map { " \($0)" } ?? ""
                return .failure(Problem(message: "There is no field '\(field)'. Did you mean /edit \(near)\(rest)?"))
            }
            return .failure(Problem(message: "There is no field '\(field)'. Fields: \(names.joined(separator: ", "))."))
        }
    }

    /// Finds an interviewer by 1-based number or by the start of their name.
    static func interviewer(_ argument: String?, in answers: Answers) -> Result<Int, Problem> {
        let people = answers.interviewers
        guard !people.isEmpty else {
            return .failure(Problem(message: "There are no interviewers yet; /edit interviewers names them."))
        }
        guard let argument else {
            if people.count == 1 { return .success(0) }
            let list = people.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: ", ")
            return .failure(Problem(message: "Whose? Add a number or a name, e.g. /edit topics 2. Interviewers: \(list)."))
        }
        if let n = Int(argument) {
            guard (1...people.count).contains(n) else {
                return .failure(Problem(message: "There is no interviewer \(n); give a number from 1 to \(people.count)."))
            }
            return .success(n - 1)
        }
        let key = argument.lowercased()
        let matches = people.indices.filter {
            people[$0].name.lowercased().hasPrefix(key) || people[$0].name.lowercased().split(separator: " ").contains { $0.hasPrefix(key) }
        }
        if matches.count == 1 { return .success(matches[0]) }
        if matches.isEmpty {
            return .failure(Problem(message: "No interviewer's name starts with '\(argument)'. Interviewers: \(people.map(\.name).joined(separator: ", "))."))
        }
        return .failure(Problem(message: "'\(argument)' fits several interviewers; use their number (1 to \(people.count))."))
    }
}
