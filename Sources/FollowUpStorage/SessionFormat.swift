import FollowUpCore
import Foundation

// The session file, version 2 (docs/file-formats.md). Every key and every question name is
// spelled out here, so renaming a Swift property, type or enum case changes nothing on disk.

extension SessionRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case format = "format"
        case version = "version"
        case id = "id"
        case created = "created"
        case updated = "updated"
        case outputDirectory = "output_directory"
        case answers = "answers"
        case dialogue = "dialogue"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let dialogue = try c.decode(StoredDialogue.self, forKey: .dialogue)
        let machine = try dialogue.machine(answers: c.decode(Answers.self, forKey: .answers))
        self.init(id: try c.decode(String.self, forKey: .id), created: try c.decode(String.self, forKey: .created), machine: machine)
        format = try c.decode(String.self, forKey: .format)
        version = try c.decode(Int.self, forKey: .version)
        updated = try c.decode(String.self, forKey: .updated)
        outputDirectory = try c.decodeIfPresent(String.self, forKey: .outputDirectory)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(version, forKey: .version)
        try c.encode(id, forKey: .id)
        try c.encode(created, forKey: .created)
        try c.encode(updated, forKey: .updated)
        try c.encodeIfPresent(outputDirectory, forKey: .outputDirectory)
        try c.encode(machine.answers, forKey: .answers)
        try c.encode(StoredDialogue(machine), forKey: .dialogue)
    }
}

/// Where the dialogue stands, as the session file keeps it: the answers are beside it.
struct StoredDialogue: Codable, Equatable {
    /// `asking` or `finished`.
    var state: String
    /// The question being asked; absent once finished.
    var question: String?
    /// The questions answered or skipped.
    var settled: [String]
    /// The questions visited before the current one, oldest first: where `/back` goes.
    var back: [String]
    /// True once the user said there are no (more) concerns.
    var concernsClosed: Bool

    enum CodingKeys: String, CodingKey {
        case state = "state"
        case question = "question"
        case settled = "settled"
        case back = "back"
        case concernsClosed = "concerns_closed"
    }

    init(_ machine: GuidedSessionStateMachine) {
        switch machine.state {
        case .asking(let question):
            state = "asking"
            self.question = StoredQuestion.name(of: question)
        case .finished:
            state = "finished"
            question = nil
        }
        // In the order they are asked (any no longer asked after them, by name), so the same
        // session is always written the same way.
        let asked = machine.sequence.filter(machine.settled.contains)
        let others = machine.settled.subtracting(asked).map(StoredQuestion.name(of:)).sorted()
        settled = asked.map(StoredQuestion.name(of:)) + others
        back = machine.history.map(StoredQuestion.name(of:))
        concernsClosed = machine.concernsClosed
    }

    func machine(answers: Answers) throws -> GuidedSessionStateMachine {
        let state: GuidedSessionStateMachine.State
        switch self.state {
        case "asking":
            guard let question else { throw Self.problem("'dialogue.question' is missing; a session that is \"asking\" names its question") }
            state = .asking(try StoredQuestion.question(named: question))
        case "finished":
            state = .finished
        default:
            throw Self.problem("'dialogue.state' is '\(self.state.prefix(40))'; it is \"asking\" or \"finished\"")
        }
        return GuidedSessionStateMachine(
            restoring: answers, state: state, settled: Set(try settled.map(StoredQuestion.question(named:))),
            history: try back.map(StoredQuestion.question(named:)), concernsClosed: concernsClosed)
    }

    static func problem(_ text: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: text))
    }
}

/// The names questions have in a session file: `company`, or `interviewer-title:0` for a
/// question about one interviewer or concern (counted from 0). Fixed: a renamed `Question`
/// case keeps its name here.
enum StoredQuestion {
    static func name(of question: Question) -> String {
        switch question {
        case .company: return "company"
        case .role: return "role"
        case .interviewDate: return "interview-date"
        case .format: return "format"
        case .round: return "round"
        case .interviewerNames: return "interviewer-names"
        case .interviewerTitle(let i): return "interviewer-title:\(i)"
        case .interviewerEmail(let i): return "interviewer-email:\(i)"
        case .interviewerAddress(let i): return "interviewer-address:\(i)"
        case .interviewerTopics(let i): return "interviewer-topics:\(i)"
        case .highlights: return "highlights"
        case .strengths: return "strengths"
        case .concern(let i): return "concern:\(i)"
        case .concernResponse(let i): return "concern-response:\(i)"
        case .promised: return "promised"
        case .decisionDate: return "decision-date"
        case .nextSteps: return "next-steps"
        case .recruiter: return "recruiter"
        case .tone: return "tone"
        case .signOff: return "sign-off"
        case .candidateEmail: return "candidate-email"
        case .review: return "review"
        }
    }

    static func question(named text: String) throws -> Question {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let index = parts.count == 2 ? Int(parts[1]) : nil
        if parts.count == 2, index == nil || index ?? -1 < 0 || index ?? 0 > 10_000 { throw unknown(text) }
        switch (parts[0], index) {
        case ("company", nil): return .company
        case ("role", nil): return .role
        case ("interview-date", nil): return .interviewDate
        case ("format", nil): return .format
        case ("round", nil): return .round
        case ("interviewer-names", nil): return .interviewerNames
        case ("interviewer-title", let i?): return .interviewerTitle(i)
        case ("interviewer-email", let i?): return .interviewerEmail(i)
        case ("interviewer-address", let i?): return .interviewerAddress(i)
        case ("interviewer-topics", let i?): return .interviewerTopics(i)
        case ("highlights", nil): return .highlights
        case ("strengths", nil): return .strengths
        case ("concern", let i?): return .concern(i)
        case ("concern-response", let i?): return .concernResponse(i)
        case ("promised", nil): return .promised
        case ("decision-date", nil): return .decisionDate
        case ("next-steps", nil): return .nextSteps
        case ("recruiter", nil): return .recruiter
        case ("tone", nil): return .tone
        case ("sign-off", nil): return .signOff
        case ("candidate-email", nil): return .candidateEmail
        case ("review", nil): return .review
        default: throw unknown(text)
        }
    }

    private static func unknown(_ text: String) -> DecodingError {
        StoredDialogue.problem("'\(text.prefix(60))' is not a question of the guided session (see docs/file-formats.md)")
    }
}
