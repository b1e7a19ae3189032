import Foundation

/// The `plan.json` document: the interview, the plan's steps and the drafts, in one file.
///
/// Keys are snake_case; dates are `YYYY-MM-DD`. `version` changes only when a field is removed,
/// renamed or changes meaning; new optional fields may appear without a version change, so
/// readers must ignore keys they do not know. See `docs/plan-json.md`.
public struct PlanDocument: Codable, Equatable, Sendable {
    public static let schemaName = "followup.plan"
    public static let currentVersion = 1

    public var schema: String
    public var version: Int
    public var generatedOn: LocalDate
    public var interview: InterviewFacts
    public var notes: [String]
    public var steps: [Step]
    public var drafts: [EmailDraft]
    /// The tracked interview (`followup list`'s id), once the plan is tracked.
    public var trackerID: String?
    /// Which of its rounds this plan is, once tracked.
    public var trackerRound: Int?

    /// - Parameters:
    ///   - draftFiles: draft id → its file, relative to the plan's folder (`drafts/01-….eml`).
    ///   - tracker: the tracked interview's id and this plan's round in it, when known.
    public init(
        plan: FollowUpPlan, drafts: [EmailDraft], answers: Answers, draftFiles: [String: String] = [:],
        tracker: (id: String, round: Int)? = nil
    ) {
        schema = PlanDocument.schemaName
        version = PlanDocument.currentVersion
        generatedOn = plan.generatedOn
        interview = InterviewFacts(answers: answers, timelineStart: plan.interviewDate)
        notes = plan.notes
        steps = plan.steps.map { step in
            Step(
                step, draftFile: step.draftID.flatMap { draftFiles[$0] },
                trackerStep: tracker.map { TrackedInterview.ref(round: $0.round, stepID: step.id) })
        }
        self.drafts = drafts
        trackerID = tracker?.id
        trackerRound = tracker?.round
    }

    enum CodingKeys: String, CodingKey {
        case schema, version
        case generatedOn = "generated_on"
        case interview, notes, steps, drafts
        case trackerID = "tracker_id"
        case trackerRound = "tracker_round"
    }

    /// A step of the plan, with its draft's file and how `followup mark` names it.
    public struct Step: Codable, Equatable, Sendable {
        public var step: PlanStep
        /// The draft's file, relative to the plan's folder; absent when the step has no draft.
        public var draftFile: String?
        /// The step as `followup mark <tracker_id>` takes it (`thank-you-1`, from the second round `r2.thank-you-1`).
        public var trackerStep: String?

        public init(_ step: PlanStep, draftFile: String? = nil, trackerStep: String? = nil) {
            self.step = step
            self.draftFile = draftFile
            self.trackerStep = trackerStep
        }

        enum CodingKeys: String, CodingKey {
            case draftFile = "draft_file"
            case trackerStep = "tracker_step"
        }

        /// The plan step's own keys, and these two beside them in the same object.
        public init(from decoder: any Decoder) throws {
            step = try PlanStep(from: decoder)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            draftFile = try container.decodeIfPresent(String.self, forKey: .draftFile)
            trackerStep = try container.decodeIfPresent(String.self, forKey: .trackerStep)
        }

        public func encode(to encoder: any Encoder) throws {
            try step.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(draftFile, forKey: .draftFile)
            try container.encodeIfPresent(trackerStep, forKey: .trackerStep)
        }
    }

    /// Pretty-printed UTF-8 JSON with sorted keys, so the same plan always gives the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a document, refusing another schema or a newer version than this build knows.
    public static func decode(_ data: Data) throws -> PlanDocument {
        let document = try JSONDecoder().decode(PlanDocument.self, from: data)
        guard document.schema == schemaName else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [CodingKeys.schema], debugDescription: "'\(document.schema)' is not a \(schemaName) document"))
        }
        guard document.version <= currentVersion else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [CodingKeys.version],
                    debugDescription: "version \(document.version) is newer than this build reads (\(currentVersion))"))
        }
        return document
    }

    /// What the plan was made from.
    public struct InterviewFacts: Codable, Equatable, Sendable {
        public var company: String
        public var role: String
        /// Absent when the answers had no date.
        public var date: LocalDate?
        /// The day the timeline counts from (the interview date, or the day the plan was made).
        public var timelineStart: LocalDate
        public var timezone: String?
        public var format: InterviewFormat?
        public var round: InterviewRound?
        public var candidate: String
        public var interviewers: [Person]
        public var recruiter: Recipient?
        public var decisionDate: LocalDate?
        public var nextSteps: String?
        public var tone: Tone

        public init(answers: Answers, timelineStart: LocalDate) {
            company = answers.interview.company
            role = answers.interview.role
            date = answers.interview.date
            self.timelineStart = timelineStart
            timezone = answers.interview.timezone
            format = answers.interview.format
            round = answers.interview.round
            candidate = answers.candidate.name
            interviewers = answers.interviewers.map { Person(name: $0.name, title: $0.title, email: $0.email, topics: $0.topics) }
            recruiter = answers.recruiter.map { Recipient(name: $0.name, email: $0.email) }
            decisionDate = answers.decisionDate
            nextSteps = answers.nextSteps
            tone = answers.tone
        }

        enum CodingKeys: String, CodingKey {
            case company, role, date
            case timelineStart = "timeline_start"
            case timezone, format, round, candidate, interviewers, recruiter
            case decisionDate = "decision_date"
            case nextSteps = "next_steps"
            case tone
        }
    }

    /// One interviewer, as the document records them.
    public struct Person: Codable, Equatable, Sendable {
        public var name: String
        public var title: String?
        public var email: String?
        public var topics: [String]

        public init(name: String, title: String? = nil, email: String? = nil, topics: [String] = []) {
            self.name = name
            self.title = title
            self.email = email
            self.topics = topics
        }
    }
}
