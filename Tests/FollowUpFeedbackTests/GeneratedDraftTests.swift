import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation
import XCTest

/// Every draft the project itself writes must pass the checker with no warning or error.
final class GeneratedDraftTests: XCTestCase {
    func testComposedDraftsPassTheChecker() {
        let engine = FeedbackEngine()
        var cases: [Answers] = []
        // Six people, so that every phrasing variant of a thank-you's closing is used, once with
        // the decision date, once with next steps described, once with nothing known.
        var six = panelAnswers()
        six.interviewers = (0..<6).map { k in
            var person = six.interviewers[k % six.interviewers.count]
            person.name = ["Ana Ruiz", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eva Novak", "Finn Byrne"][k]
            person.addressAs = nil
            return person
        }
        var described = six
        described.decisionDate = nil
        described.nextSteps = "a second round with the CTO"
        var unknown = six
        unknown.decisionDate = nil
        unknown.nextSteps = nil
        for base in [acmeAnswers(), panelAnswers(), minimalAnswers(), six, described, unknown] {
            for tone in Tone.allCases {
                var answers = base
                answers.tone = tone
                cases.append(answers)
            }
        }
        for answers in cases {
            let set = DraftComposer().compose(answers)
            XCTAssertFalse(set.drafts.isEmpty)
            for draft in set.drafts {
                let text = "Subject: \(draft.subject)\n\n\(draft.body)"
                // Each draft is checked on the day the plan would send it.
                let interviewDay = answers.interview.date ?? LocalDate(year: 2026, month: 11, day: 20)!
                let decisionDay = answers.decisionDate ?? interviewDay.adding(businessDays: 7)
                let today: LocalDate
                switch draft.kind {
                case .thankYou, .recruiterNote, .networking: today = interviewDay
                case .checkIn: today = decisionDay.adding(businessDays: 2)
                case .finalCheckIn, .rejectionReply: today = decisionDay.adding(businessDays: 7)
                }
                let context = FeedbackContext(answers: answers, today: today, spellChecker: sharedSpeller)
                let all = engine.check(text: text, context: context).filter { $0.severity >= .warning }
                // A placeholder (a promised link or file) is the one error a draft carries on
                // purpose, until the candidate fills it in: each is flagged, nothing else is.
                let placeholders = all.filter { $0.rule == "content.unfilled-placeholder" }
                XCTAssertEqual(placeholders.count, Placeholder.spans(in: text).count, "\(draft.id):\n\(text)")
                let findings = all.filter { $0.rule != "content.unfilled-placeholder" }
                XCTAssertEqual(findings, [], "\(draft.id) (\(draft.kind.rawValue)):\n\(text)")
            }
        }
    }
}

/// The drafts of every answers fixture (typed the way candidates type) pass the checker, each
/// checked on the day its plan step says to send it; placeholders excepted, one error each.
final class FixtureDraftsPassTheCheckerTests: XCTestCase {
    func testEveryFixtureDraftPassesOnItsPlannedDay() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../FollowUpStorageTests/Fixtures/answers").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 12)
        let engine = FeedbackEngine()
        for file in files {
            let answers = try AnswersFile.decode(Data(contentsOf: folder.appendingPathComponent(file)), fileName: file)
            let today = LocalDate(year: 2026, month: 11, day: 21)!
            let plan = PlanBuilder.build(from: answers, today: today)
            for draft in DraftComposer().compose(answers).drafts {
                let text = "Subject: \(draft.subject)\n\n\(draft.body)"
                let day = plan.steps.first { $0.draftID == draft.id }?.due ?? today
                let context = FeedbackContext(answers: answers, today: day, spellChecker: sharedSpeller)
                let findings = engine.check(text: text, context: context).filter {
                    $0.severity >= .warning && $0.rule != "content.unfilled-placeholder"
                }
                XCTAssertEqual(findings.map { "\($0.rule): \($0.message) [\($0.excerpt)]" }, [], "\(file) \(draft.id):\n\(text)")
            }
        }
    }
}

func panelAnswers() -> Answers {
    Answers(
        candidate: Candidate(name: "Maya Chen", email: "maya.chen@example.com"),
        interview: Interview(
            company: "Acme Robotics", role: "Senior Platform Engineer", date: LocalDate(year: 2026, month: 11, day: 20),
            timezone: "Europe/Paris", format: .onSite, round: .final),
        interviewers: [
            Interviewer(
                name: "José Pérez", title: "CTO", addressAs: "José",
                topics: ["the migration from Kubernetes 1.24 to managed clusters", "how on-call works across Paris and Montréal"]),
            Interviewer(
                name: "Zoë Ng", title: "Engineering Manager, Platform", topics: ["hiring plans for 2027", "the team's \"you build it, you run it\" rule"]),
            Interviewer(name: "李雷", title: "Staff Engineer", addressAs: "Lei", topics: ["Rust services; latency budgets"]),
        ],
        highlights: ["We sketched the rollout plan together on the whiteboard", "Zoë mentioned the team ships to production every day"],
        strengths: ["Five years running Kubernetes in production", "Led an on-call rotation of 12 people"],
        concerns: [
            Concern(topic: "I had no example of cost optimisation", response: "Last quarter I cut our CI spend by 30% by caching container layers."),
            Concern(topic: "They asked about Terraform and I froze"),
        ],
        promised: ["A link to my conference talk on incident reviews", "Two references"],
        decisionDate: LocalDate(year: 2026, month: 12, day: 4),
        nextSteps: "A call with the VP of Engineering, then an offer decision.",
        recruiter: Contact(name: "Ana Lee", email: "ana.lee@acme.example"))
}

func minimalAnswers() -> Answers {
    Answers(
        candidate: Candidate(name: "Lee Park"),
        interview: Interview(company: "Northwind", role: "Support Lead", date: LocalDate(year: 2026, month: 11, day: 18)),
        interviewers: [Interviewer(name: "Sam Okafor")])
}
