import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation
import Spelling
import TestSupport

/// In-process benchmarks for Scripts/bench: the dialogue per answer, the plan by phase, plan and
/// drafts assembly by panel size, and the feedback engine. Each prints one JSON object on standard output.
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
            // Each session reads its notes afresh, as one process does.
            Note.forgetReadings()
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

    /// The answers of the scripted session (`sessionLines`) as a value, with `interviewers` people
    /// of distinct names, titles and topics, every other one with an address. No panel cap: the
    /// core takes any number; the dialogue and the answers file stop at `AnswerRules.maxInterviewers`.
    static func assembleAnswers(interviewers: Int) -> Answers {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let titles = ["Engineering Lead", "Staff Engineer", "SRE Manager", "Product Director", "Principal Architect", "CTO"]
        let subjects = ["the migration to managed clusters", "on-call across Paris and Montréal", "capacity planning", "the billing API", "incident reviews"]
        let people = (0..<max(1, interviewers)).map { i in
            Interviewer(
                name: "Interviewer \(letters[i % letters.count])\(i + 1)",
                title: "\(titles[i % titles.count]), team \(i + 1)",
                email: i % 2 == 0 ? "person\(i + 1)@acme.example" : nil,
                topics: ["\(subjects[i % subjects.count]) for region \(i + 1)", subjects[(i + 2) % subjects.count]])
        }
        return Answers(
            candidate: Candidate(name: "Maya Chen", email: "maya.chen@example.com"),
            interview: Interview(
                company: "Acme Robotics", role: "Senior Platform Engineer", date: FuzzTargets.environment.today.adding(days: -1),
                format: .video, round: .final),
            interviewers: people,
            highlights: ["We sketched the rollout plan together on the whiteboard"],
            strengths: ["Five years running Kubernetes", "led an on-call rotation"],
            concerns: [
                Concern(topic: "cost optimisation", response: "Last quarter I cut our CI spend by 30% by caching layers"),
                Concern(topic: "capacity planning at scale"),
            ],
            promised: ["A link to my talk on incident reviews"],
            nextSteps: "A call with the VP of Engineering",
            recruiter: Contact(name: "Sam Lee", email: "sam@acme.example"),
            tone: .warm)
    }

    /// Throws unless the plan and drafts cover every interviewer once: a thank-you step and a
    /// thank-you draft each (bodies pairwise distinct), a connection note each, one file per draft.
    static func checkAssembly(_ answers: Answers, plan: FollowUpPlan, drafts: DraftSet, files: [ExportFile]) throws {
        let count = answers.interviewers.count
        let names = Set(answers.interviewers.map(\.name))
        func broken(_ message: String) -> DialogueInvariants.Violation {
            DialogueInvariants.Violation(line: "bench-assemble \(count)", message: message)
        }
        let thankYouSteps = plan.steps.filter { $0.kind == .thankYou }
        guard thankYouSteps.count == count, Set(thankYouSteps.map(\.recipient.name)) == names else {
            throw broken("\(thankYouSteps.count) thank-you steps for \(count) interviewers")
        }
        let thankYous = drafts.drafts(of: .thankYou)
        guard thankYous.count == count, Set(thankYous.map(\.recipientName)) == names else {
            throw broken("\(thankYous.count) thank-you drafts for \(count) interviewers")
        }
        guard Set(thankYous.map(\.body)).count == count else {
            throw broken("two thank-you drafts have the same body")
        }
        guard drafts.drafts(of: .networking).count == count else {
            throw broken("\(drafts.drafts(of: .networking).count) connection notes for \(count) interviewers")
        }
        guard Set(drafts.drafts.map(\.id)).count == drafts.drafts.count else { throw broken("two drafts share an id") }
        // One .eml a draft (a connection note has its .txt beside it).
        let emls = files.filter { $0.relativePath.hasPrefix("drafts/") && $0.relativePath.hasSuffix(".eml") }
        guard emls.count == drafts.drafts.count, Set(files.map(\.relativePath)).count == files.count else {
            throw broken("\(emls.count) draft files for \(drafts.drafts.count) drafts, or two files share a path")
        }
    }

    /// PlanBuilder.build + DraftComposer().compose + PlanExport.render for `interviewers` people,
    /// `iterations` times; reports CPU per run, per interviewer and per phase. Every run's output
    /// is checked (outside the timing) with `checkAssembly`.
    static func assemble(interviewers: Int, iterations: Int) throws {
        let answers = assembleAnswers(interviewers: interviewers)
        let today = FuzzTargets.environment.today
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let zone = TimeZone(identifier: "UTC") ?? .current
        var perRun: [UInt64] = []
        var phases: [[UInt64]] = [[], [], []]
        var bytes = 0
        for _ in 0..<max(1, iterations) {
            // Each run reads the notes afresh, as one plan does.
            Note.forgetReadings()
            let t0 = cpuNanoseconds()
            let plan = PlanBuilder.build(from: answers, today: today)
            let t1 = cpuNanoseconds()
            let drafts = DraftComposer().compose(answers)
            let t2 = cpuNanoseconds()
            let files = try PlanExport.render(answers: answers, plan: plan, drafts: drafts, now: now, timeZone: zone, key: "bench")
            let t3 = cpuNanoseconds()
            perRun.append(t3 - t0)
            phases[0].append(t1 - t0)
            phases[1].append(t2 - t1)
            phases[2].append(t3 - t2)
            try checkAssembly(answers, plan: plan, drafts: drafts, files: files)
            bytes = files.reduce(0) { $0 + $1.data.count }
        }
        perRun.sort()
        for i in phases.indices { phases[i].sort() }
        func us(_ ns: UInt64) -> Double { Double(ns) / 1_000 }
        func median(_ values: [UInt64]) -> UInt64 { values[values.count / 2] }
        let n = Double(answers.interviewers.count)
        func rounded(_ value: Double) -> Double { (value * 1_000).rounded() / 1_000 }
        print(
            """
            {"mode":"assemble","interviewers":\(answers.interviewers.count),"iterations":\(perRun.count),"output_bytes":\(bytes),\
            "run_cpu_us":{"median":\(us(median(perRun))),"min":\(us(perRun[0])),"max":\(us(perRun[perRun.count - 1]))},\
            "per_interviewer_cpu_us":{"median":\(rounded(us(median(perRun)) / n)),"min":\(rounded(us(perRun[0]) / n)),\
            "max":\(rounded(us(perRun[perRun.count - 1]) / n))},\
            "phase_median_cpu_us":{"plan":\(us(median(phases[0]))),"drafts":\(us(median(phases[1]))),"export":\(us(median(phases[2])))}}
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
            let rendered = try PlanExport.render(answers: answers, plan: plan, drafts: drafts, now: now, timeZone: zone, key: "bench")
            if phase == "render" { continue }
            _ = try PlanExport.write(rendered, into: "\(out)/\(index)")
        }
        print("{\"mode\":\"plan\",\"phase\":\"\(phase)\",\"files\":\(count)}")
    }

    /// The feedback engine alone (no process start, no file reading) on every draft in `files`,
    /// `iterations` times, with the dictionary as `followup check` uses it (when installed),
    /// as of a fixed day: CPU time per draft (median, min, max over the iterations).
    static func check(files: [String], iterations: Int) throws {
        let drafts = try files.map { file -> Draft in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw DialogueInvariants.Violation(line: file, message: "cannot read the file")
            }
            return DraftParser.parse(String(decoding: data, as: UTF8.self), format: DraftFormat(fileName: file))
        }
        var context = FeedbackContext(today: LocalDate(year: 2026, month: 11, day: 20))
        context.spellChecker = try? HunspellChecker(words: context.acceptedWords.sorted())
        let engine = FeedbackEngine()
        var perDraft: [Double] = []
        var findings = 0
        for _ in 0..<max(1, iterations) {
            findings = 0
            let t0 = cpuNanoseconds()
            for draft in drafts { findings += engine.check(draft, context: context).count }
            perDraft.append(Double(cpuNanoseconds() - t0) / 1e6 / Double(max(1, drafts.count)))
        }
        perDraft.sort()
        let words = drafts.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count } }
        print(
            """
            {"mode":"check","drafts":\(drafts.count),"words":\(words),"findings":\(findings),"iterations":\(perDraft.count),\
            "dictionary":\(context.spellChecker != nil),\
            "cpu_ms_per_draft":{"median":\(perDraft[perDraft.count / 2]),"min":\(perDraft[0]),"max":\(perDraft[perDraft.count - 1])}}
            """)
    }
}
