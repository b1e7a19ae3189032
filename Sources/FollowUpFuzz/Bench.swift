import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation

/// In-process benchmarks for Scripts/bench: the dialogue per answer, the plan by phase, and the
/// feedback engine. Each prints one JSON object on standard output.
enum Bench {
    /// The answers of a whole scripted session with `interviewers` people, in the order the
    /// dialogue asks; Scripts/bench pipes the same lines into `followup`.
    static func sessionLines(interviewers: Int) -> [String] {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let names = (1...max(1, interviewers)).map { "Interviewer \(letters[($0 - 1) % letters.count])\($0)" }
        var lines = ["Acme Robotics", "Senior Platform Engineer", "yesterday", "video", "final", names.joined(separator: ", ")]
        for (i, _) in names.enumerated() {
            lines += ["Engineering Lead", "person\(i + 1)@acme.example", "", "the migration to managed clusters; on-call across Paris and Montréal"]
        }
        lines += [
            "We sketched the rollout plan together on the whiteboard", "Five years running Kubernetes; led an on-call rotation",
            "I had no example of cost optimisation", "Last quarter I cut our CI spend by 30% by caching layers", "no",
            "A link to my talk on incident reviews", "", "A call with the VP of Engineering", "Sam Lee <sam@acme.example>", "warm",
            "Maya Chen", "maya.chen@example.com", "yes",
        ]
        return lines
    }

    /// CPU time of this thread, in nanoseconds.
    static func cpuNanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Runs the scripted session `iterations` times; reports CPU time per answer (handle + the next prompt).
    static func session(interviewers: Int, iterations: Int) throws {
        let lines = sessionLines(interviewers: interviewers)
        var perAnswer: [UInt64] = []
        var perSession: [UInt64] = []
        for _ in 0..<iterations {
            var machine = GuidedSessionStateMachine()
            let start = cpuNanoseconds()
            for line in lines {
                let t0 = cpuNanoseconds()
                _ = machine.handle(DialogueEvent(line: line), environment: FuzzTargets.environment)
                _ = machine.prompt
                perAnswer.append(cpuNanoseconds() - t0)
            }
            perSession.append(cpuNanoseconds() - start)
            guard machine.state == .finished else {
                throw DialogueInvariants.Violation(line: lines.joined(separator: "\\n"), message: "the scripted session did not finish: \(machine.state)")
            }
        }
        perAnswer.sort()
        perSession.sort()
        func at(_ values: [UInt64], _ q: Double) -> Double { Double(values[min(values.count - 1, Int(Double(values.count) * q))]) / 1_000 }
        print(
            """
            {"mode":"session","interviewers":\(interviewers),"answers":\(lines.count),"iterations":\(iterations),\
            "answer_cpu_us":{"median":\(at(perAnswer, 0.5)),"p99":\(at(perAnswer, 0.99)),"min":\(at(perAnswer, 0)),"max":\(at(perAnswer, 1))},\
            "session_cpu_us":{"median":\(at(perSession, 0.5)),"min":\(at(perSession, 0)),"max":\(at(perSession, 1))}}
            """)
    }

    /// The phases of `followup plan`, stopping after `phase`: parse, render or write.
    static func plan(phase: String, out: String, files: [String]) throws {
        let today = LocalDate(iso8601: "2026-11-21")
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let zone = TimeZone(identifier: "UTC") ?? .current
        var count = 0
        for (index, file) in files.enumerated() {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw DialogueInvariants.Violation(line: file, message: "cannot read the file")
            }
            let answers = try AnswersFile.decode(data, fileName: file)
            count += 1
            if phase == "parse" { continue }
            let day = today ?? FuzzTargets.environment.today
            let plan = PlanBuilder.build(from: answers, today: day)
            let drafts = DraftComposer().compose(answers)
            let rendered = try PlanExport.render(answers: answers, plan: plan, drafts: drafts, now: now, timeZone: zone)
            if phase == "render" { continue }
            _ = try PlanExport.write(rendered, into: "\(out)/\(index)")
        }
        print("{\"mode\":\"plan\",\"phase\":\"\(phase)\",\"files\":\(count)}")
    }

    /// The feedback engine (no dictionary) on one draft, `iterations` times.
    static func check(file: String, iterations: Int) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DialogueInvariants.Violation(line: file, message: "cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let engine = FeedbackEngine()
        var times: [UInt64] = []
        var findings = 0
        for _ in 0..<iterations {
            let t0 = cpuNanoseconds()
            findings = engine.check(text: text, format: .plain).count
            times.append(cpuNanoseconds() - t0)
        }
        times.sort()
        let words = text.split(whereSeparator: \.isWhitespace).count
        print(
            """
            {"mode":"check","words":\(words),"findings":\(findings),"iterations":\(iterations),\
            "cpu_ms":{"median":\(Double(times[times.count / 2]) / 1e6),"min":\(Double(times[0]) / 1e6),"max":\(Double(times[times.count - 1]) / 1e6)}}
            """)
    }
}
