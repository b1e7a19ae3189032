import FollowUpCore
import Foundation

/// Reads a version-1 session file (followup up to this format's change): the guided-session
/// machine as Swift's synthesized `Codable` wrote it, under `machine`. Questions were objects
/// named by the Swift case (`{"interviewerTitle": {"_0": 1}}`); those names are frozen here.
/// `failedTries`, a count of refused answers in a row, is no longer kept.
struct SessionFileVersion1: Decodable {
    var id: String
    var created: String
    var updated: String
    var outputDirectory: String?
    var machine: Machine

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case created = "created"
        case updated = "updated"
        case outputDirectory = "output_directory"
        case machine = "machine"
    }

    struct Machine: Decodable {
        var state: State
        var answers: Answers
        var settled: [LegacyQuestion]
        var history: [LegacyQuestion]
        var concernsClosed: Bool

        enum CodingKeys: String, CodingKey {
            case state = "state"
            case answers = "answers"
            case settled = "settled"
            case history = "history"
            case concernsClosed = "concernsClosed"
        }
    }

    /// `{"asking": {"_0": QUESTION}}` or `{"finished": {}}`.
    struct State: Decodable {
        var value: GuidedSessionStateMachine.State

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            if c.contains(AnyKey("finished")) {
                value = .finished
            } else {
                let asking = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("asking"))
                value = .asking(try asking.decode(LegacyQuestion.self, forKey: AnyKey("_0")).value)
            }
        }
    }

    /// `{"company": {}}`, or `{"interviewerTitle": {"_0": 1}}` for a question with an index.
    struct LegacyQuestion: Decodable {
        var value: Question

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            guard c.allKeys.count == 1, let key = c.allKeys.first else {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "a question is an object with one key"))
            }
            let fields = try c.nestedContainer(keyedBy: AnyKey.self, forKey: key)
            let index = try fields.decodeIfPresent(Int.self, forKey: AnyKey("_0"))
            guard let question = Self.question(key.stringValue, index) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: c.codingPath + [key], debugDescription: "'\(key.stringValue.prefix(60))' is not a question of a version-1 session"))
            }
            value = question
        }

        static func question(_ name: String, _ index: Int?) -> Question? {
            switch (name, index) {
            case ("company", nil): return .company
            case ("role", nil): return .role
            case ("interviewDate", nil): return .interviewDate
            case ("format", nil): return .format
            case ("round", nil): return .round
            case ("interviewerNames", nil): return .interviewerNames
            case ("interviewerTitle", let i?): return .interviewerTitle(i)
            case ("interviewerEmail", let i?): return .interviewerEmail(i)
            case ("interviewerAddress", let i?): return .interviewerAddress(i)
            case ("interviewerTopics", let i?): return .interviewerTopics(i)
            case ("highlights", nil): return .highlights
            case ("strengths", nil): return .strengths
            case ("concern", let i?): return .concern(i)
            case ("concernResponse", let i?): return .concernResponse(i)
            case ("promised", nil): return .promised
            case ("decisionDate", nil): return .decisionDate
            case ("nextSteps", nil): return .nextSteps
            case ("recruiter", nil): return .recruiter
            case ("tone", nil): return .tone
            case ("signOff", nil): return .signOff
            case ("candidateEmail", nil): return .candidateEmail
            case ("review", nil): return .review
            default: return nil
            }
        }
    }

    /// The same session in today's model.
    var record: SessionRecord {
        let restored = GuidedSessionStateMachine(
            restoring: machine.answers, state: machine.state.value, settled: Set(machine.settled.map(\.value)),
            history: machine.history.map(\.value), concernsClosed: machine.concernsClosed)
        var record = SessionRecord(id: id, created: created, machine: restored)
        record.updated = updated
        record.outputDirectory = outputDirectory
        return record
    }
}

/// A key read from the file as it is: the names of version-1 questions.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
