import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation
import TestSupport

/// What the fuzzer feeds: the first byte picks a target (see `names`), the rest is its input.
/// `FOLLOWUP_FUZZ_TARGET=<name>` pins one target whatever the first byte (Scripts/fuzz runs
/// each target on its own that way).
enum FuzzTargets {
    static let environment = DialogueEnvironment(today: LocalDate(daysSinceEpoch: 20_777))  // 2026-11-20

    /// The targets, in the order of their selector byte (modulo their count).
    static let names = [
        "dialogue-lines", "dialogue-text", "date", "email", "answers-yaml", "answers-json", "session", "tracker", "template",
        "eml-check", "rule-config", "user-rules",
    ]

    /// The target pinned by `FOLLOWUP_FUZZ_TARGET`, if any.
    nonisolated(unsafe) static var pinned: Int? = ProcessInfo.processInfo.environment["FOLLOWUP_FUZZ_TARGET"].flatMap { names.firstIndex(of: $0) }

    /// Runs one input; throws the first broken invariant.
    static func run(_ bytes: [UInt8]) throws {
        guard let selector = bytes.first else { return }
        var input = ByteRandom(Array(bytes.dropFirst()))
        switch pinned ?? Int(selector) % names.count {
        case 0:
            var lines: [String] = []
            while !input.isExhausted, lines.count < 60 {
                lines.append(FuzzLines.line(using: &input, names: []))
            }
            try dialogue(lines)
        case 1:
            try dialogue(String(decoding: input.rest(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(60).map(String.init))
        case 2:
            try date(String(decoding: input.rest(), as: UTF8.self))
        case 3:
            email(String(decoding: input.rest(), as: UTF8.self))
        case 4:
            try answersFile(Data(input.rest()))
        case 5:
            try answersFile(Data(input.rest()), fileName: "fuzz.json")
        case 6:
            try sessionRecord(Data(input.rest()))
        case 7:
            try trackerRecord(Data(input.rest()))
        case 8:
            try template(String(decoding: input.rest(), as: UTF8.self))
        case 9:
            try checkedDraft(String(decoding: input.rest(), as: UTF8.self), format: .email)
        case 10:
            ruleConfiguration(String(decoding: input.rest(), as: UTF8.self))
        default:
            try userRules(String(decoding: input.rest(), as: UTF8.self))
        }
    }

    /// Known bugs stepped over so far (see `DialogueInvariants.Violation.known`).
    nonisolated(unsafe) static var knownViolations: [DialogueInvariants.Violation] = []

    /// Feeds lines to a fresh machine, checking every step. A known bug ends the session.
    static func dialogue(_ lines: [String]) throws {
        var machine = GuidedSessionStateMachine()
        for line in lines {
            let event = DialogueEvent(line: line)
            let before = machine
            let step = machine.handle(event, environment: environment)
            do {
                try DialogueInvariants.checkWithSessionFile(line: line, event: event, before: before, after: machine, step: step)
            } catch let violation as DialogueInvariants.Violation where violation.known {
                knownViolations.append(violation)
                return
            }
            _ = machine.prompt
        }
    }

    /// A parsed date is a real day that survives its own ISO form.
    static func date(_ text: String) throws {
        for preference in [DateParser.Preference.past, .future] {
            if case .success(let day) = DateParser(today: environment.today).parse(text, preferring: preference) {
                guard LocalDate(iso8601: day.iso8601) == day else {
                    throw DialogueInvariants.Violation(line: text, message: "DateParser gave \(day), which does not round-trip")
                }
            }
        }
    }

    static func email(_ text: String) {
        _ = EmailAddress.problem(with: text)
    }

    /// An answers file that reads without problems reads the same after writing it back as YAML.
    static func answersFile(_ data: Data, fileName: String = "fuzz.yaml") throws {
        guard let answers = try? AnswersFile.decode(data, fileName: fileName) else { return }
        let yaml = AnswersFile.encodeYAML(answers)
        do {
            let again = try AnswersFile.decode(Data(yaml.utf8), fileName: "again.yaml")
            if again != answers {
                throw DialogueInvariants.Violation(line: String(decoding: data, as: UTF8.self), message: "the YAML round trip changed the answers:\n\(yaml)")
            }
        } catch let error as AnswersFileError {
            throw DialogueInvariants.Violation(
                line: String(decoding: data, as: UTF8.self), message: "its own YAML export does not read back: \(error)\n\(yaml)")
        }
    }

    /// A session file that reads is one `resume` can carry on: its machine gives a prompt,
    /// takes a command and an answer, and survives a JSON round trip unchanged.
    static func sessionRecord(_ data: Data) throws {
        let store = SessionStore(home: "/nonexistent")
        guard var record = try? store.decode(data, path: "fuzz.json") else { return }
        let encoded = try JSONEncoder().encode(record)
        guard let again = try? store.decode(encoded, path: "again.json"), again == record else {
            throw DialogueInvariants.Violation(line: String(decoding: data, as: UTF8.self), message: "the session does not survive its own JSON")
        }
        _ = record.machine.prompt
        _ = record.machine.handle(.command(.summary), environment: environment)
        _ = record.machine.handle(.answer("Acme"), environment: environment)
        _ = record.machine.prompt
    }

    /// A tracker record that reads can be listed and survives a JSON round trip unchanged.
    static func trackerRecord(_ data: Data) throws {
        let store = TrackerStore(home: "/nonexistent")
        guard let record = try? store.decode(data, path: "fuzz.json") else { return }
        let encoded = try JSONEncoder().encode(record)
        guard let again = try? store.decode(encoded, path: "again.json"), again == record else {
            throw DialogueInvariants.Violation(line: String(decoding: data, as: UTF8.self), message: "the tracker record does not survive its own JSON")
        }
        _ = record.pendingSteps
    }

    /// A user template compiles or is reported; either way every draft is composed.
    static func template(_ source: String) throws {
        let composer = DraftComposer(overrides: ["thank-you": source, "check-in": source])
        _ = composer.compose(Bench.assembleAnswers(interviewers: 2))
    }

    /// The checker reads any text: every finding points inside it.
    static func checkedDraft(_ text: String, format: DraftFormat) throws {
        let draft = DraftParser.parse(text, format: format)
        let lineCount = max(1, text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count)
        for finding in FeedbackEngine().check(draft, context: FeedbackContext(today: environment.today)) {
            guard finding.start.line >= 1, finding.start.column >= 1, finding.start <= finding.end, finding.end.line <= lineCount + 1 else {
                throw DialogueInvariants.Violation(line: text, message: "\(finding.rule) points outside the text: \(finding.start)–\(finding.end)")
            }
        }
    }

    /// `<home>/config.yaml` parses or is reported.
    static func ruleConfiguration(_ text: String) {
        _ = try? FeedbackConfiguration.parse(yaml: text, fileName: "config.yaml")
    }

    /// A candidate's rule file (`<home>/rules/*.yaml`) is read or reported, and a rule read from
    /// it checks a draft without failing: its patterns come from the file.
    static func userRules(_ text: String) throws {
        let read = UserPhraseRules(files: [(name: "fuzz.yaml", text: text)])
        guard read.rules.count + read.problems.count == 1 else {
            throw DialogueInvariants.Violation(line: text, message: "a rule file gave \(read.rules.count) rules and \(read.problems.count) problems")
        }
        for rule in read.rules {
            _ = FeedbackEngine(rules: [rule]).check(text: "Hi Ana,\n\nThank you for the interview today. I look forward to hearing from you.\n\nBest,\nSam")
        }
    }

    /// A valid answers file to mutate.
    static let seedYAML = """
        candidate: {name: Maya Chen, email: maya@example.com, phone: "+1 555 0100"}
        interview: {company: Acme, role: Platform Engineer, date: 2026-11-20, timezone: Europe/Paris, format: video, round: final}
        interviewers:
          - {name: José Pérez, title: CTO, email: jose@acme.example, address_as: José, topics: [on-call, Rust]}
          - name: 李雷
            topics: ["latency: budgets", 'quotes "here"']
        highlights: [whiteboard]
        strengths: [Kubernetes]
        concerns: [{topic: Terraform, response: I use it daily}]
        promised: [a link]
        decision_date: 2026-12-04
        next_steps: a call
        recruiter: {name: Ana Lee, email: ana@acme.example}
        tone: warm

        """

    /// Random edits of the seed file: bytes flipped, lines dropped or repeated, YAML punctuation inserted.
    static func mutatedYAML<R: RandomNumberGenerator>(using rng: inout R) -> Data {
        var lines = seedYAML.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let punctuation = Array(":-[]{}\"'#&*!|>%@` \t,?".utf8)
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let i = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: lines.remove(at: i); if lines.isEmpty { lines = [[]] }
            case 1: lines.insert(lines[i], at: i)
            case 2 where !lines[i].isEmpty: lines[i][Int.random(in: 0..<lines[i].count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            case 3: lines[i].insert(punctuation.randomElement(using: &rng) ?? 58, at: Int.random(in: 0...lines[i].count, using: &rng))
            default: lines[i] = Array("  ".utf8) + lines[i]
            }
        }
        return Data(lines.joined(separator: [10]))
    }
}
