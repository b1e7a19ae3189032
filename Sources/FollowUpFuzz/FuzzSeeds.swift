import FollowUpCore
import FollowUpStorage
import Foundation

/// Seed inputs for every fuzz target, made from what followup itself writes (Scripts/fuzz).
enum FuzzSeeds {
    /// Writes `<directory>/<target>/seed-*`, each starting with its target's selector byte.
    static func write(into directory: String) throws {
        let answers = Bench.assembleAnswers(interviewers: 2)
        let plan = PlanBuilder.build(from: answers, today: FuzzTargets.environment.today)
        let drafts = DraftComposer().compose(answers)
        let files = try PlanExport.render(
            answers: answers, plan: plan, drafts: drafts, now: Date(timeIntervalSince1970: 1_795_000_000),
            timeZone: TimeZone(identifier: "UTC") ?? .current, key: "fuzzseeds")

        // A session part-way through, and one at the review, as `resume` reads them.
        let lines = Bench.sessionLines(interviewers: 2)
        var sessions: [Data] = []
        for stop in [lines.count / 3, lines.count - 1] {
            var machine = GuidedSessionStateMachine()
            for line in lines.prefix(stop) { _ = machine.handle(DialogueEvent(line: line), environment: FuzzTargets.environment) }
            sessions.append(try JSONEncoder().encode(SessionRecord(id: "20261120-090000", created: "2026-11-20T09:00:00Z", machine: machine)))
        }

        // A tracker record, as `followup plan` leaves it.
        let home = NSTemporaryDirectory() + "followup-fuzz-seeds-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tracker = TrackerStore(home: home)
        try tracker.record(answers: answers, plan: plan, drafts: drafts.drafts, outputDirectory: nil)
        let trackerFiles = try FileManager.default.contentsOfDirectory(atPath: tracker.directory).filter { $0.hasSuffix(".json") }
        let records = trackerFiles.compactMap { FileManager.default.contents(atPath: "\(tracker.directory)/\($0)") }

        var seeds: [(target: String, name: String, data: Data)] = [
            ("answers-yaml", "seed", Data(FuzzTargets.seedYAML.utf8)), ("answers-yaml", "export", Data(AnswersFile.encodeYAML(answers).utf8)),
            ("rule-config", "seed", Data("rules:\n  tone.cliche: off\n  length.sentence: suggestion\n".utf8)),
        ]
        // The built-in phrase families are rule files in the same format as a candidate's own.
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../FollowUpFeedback/Data")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? [] where name.hasSuffix(".yaml") {
            if let text = FileManager.default.contents(atPath: data.appendingPathComponent(name).path) { seeds.append(("user-rules", name, text)) }
        }
        for (index, session) in sessions.enumerated() { seeds.append(("session", "seed-\(index)", session)) }
        for (index, record) in records.enumerated() { seeds.append(("tracker", "seed-\(index)", record)) }
        for (name, source) in DraftTemplates.defaults { seeds.append(("template", name, Data(source.utf8))) }
        for file in files where file.relativePath.hasSuffix(".eml") {
            seeds.append(("eml-check", (file.relativePath as NSString).lastPathComponent, file.data))
        }
        for seed in seeds {
            guard let selector = FuzzTargets.names.firstIndex(of: seed.target) else { continue }
            let folder = "\(directory)/\(seed.target)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try (Data([UInt8(selector)]) + seed.data).write(to: URL(fileURLWithPath: "\(folder)/seed-\(seed.name)"))
        }
    }
}
