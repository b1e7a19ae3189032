/// What Tab offers at the prompt: commands, `/edit` fields, and words the session already knows.
public enum TabCompletion {
    /// Candidate words for the last word of `line` (the text before the cursor).
    public static func candidates(for line: String, answers: Answers) -> [String] {
        let endsWithSpace = line.last == " "
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let current = endsWithSpace ? "" : (words.last ?? "")
        let previous = endsWithSpace ? words : Array(words.dropLast())

        let pool: [String]
        if previous.isEmpty, current.hasPrefix("/") {
            pool = DialogueCommand.names
        } else if previous.first == "/edit" {
            pool = previous.count == 1 ? EditableField.names : answers.interviewers.map { $0.name.split(separator: " ").first.map(String.init) ?? $0.name }
        } else if previous.first?.hasPrefix("/") == true {
            pool = []
        } else {
            var known = Tone.allCases.map(\.rawValue) + InterviewFormat.allCases.map(\.rawValue) + InterviewRound.allCases.map(\.rawValue)
            for person in answers.interviewers {
                known.append(contentsOf: person.name.split(separator: " ").map(String.init))
            }
            known.append(contentsOf: answers.interview.company.split(separator: " ").map(String.init))
            pool = known
        }
        // An empty word completes only after `/edit`, where the choices are few and known.
        if current.isEmpty, previous.first != "/edit" { return [] }
        let lowered = current.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
    }
}
