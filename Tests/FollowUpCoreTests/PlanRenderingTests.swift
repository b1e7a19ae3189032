import XCTest

@testable import FollowUpCore

final class PlanRenderingTests: XCTestCase {
    let d = PlanFixtures.date

    func render(today: String, answers: Answers = PlanFixtures.full()) -> String {
        let plan = PlanBuilder.build(from: answers, today: d(today))
        return PlanMarkdown.render(plan: plan, drafts: DraftComposer().compose(answers).drafts, answers: answers)
    }

    func testMarkdownHasTitleFactsTimelineAndDrafts() {
        let md = render(today: "2026-03-03")
        XCTAssertTrue(md.hasPrefix("# Follow-up plan: Platform Engineer at Acme\n"))
        XCTAssertTrue(md.contains("Tue 3 Mar 2026 (video, final round)"))
        XCTAssertTrue(md.contains("Ana Pérez (Engineering Manager); Bob Li (Staff Engineer)"))
        XCTAssertTrue(md.contains("Sam Ray <sam@example.com>"))
        XCTAssertTrue(md.contains("expected by Fri 13 Mar 2026"))
        XCTAssertTrue(md.contains("## Timeline"))
        XCTAssertTrue(md.contains("1. Wed 4 Mar 2026 (latest Thu 5 Mar 2026): Thank-you to Ana Pérez <ana@example.com>"), md)
        XCTAssertTrue(md.contains("Mon 16 Mar 2026 (latest Tue 17 Mar 2026): Check-in to Sam Ray"))
        XCTAssertTrue(md.contains("   Why:   "))
        XCTAssertTrue(md.contains("When the answer comes (expected around Fri 13 Mar 2026): If an offer comes (Sam Ray"))
        XCTAssertTrue(md.contains("## Drafts"))
        XCTAssertFalse(md.contains("OVERDUE"))
        // Every draft appears with its subject and body.
        for draft in DraftComposer().compose(PlanFixtures.full()).drafts {
            XCTAssertTrue(md.contains("### \(draft.id): to \(draft.recipientName)"), draft.id)
            XCTAssertTrue(md.contains("Subject: \(draft.subject)\n\n\(draft.body)\n```"), draft.id)
        }
    }

    func testMarkdownFlagsOverdueAndDueTodaySteps() {
        let late = render(today: "2026-03-06")
        XCTAssertTrue(late.contains("Wed 4 Mar 2026 (latest Thu 5 Mar 2026) [OVERDUE: send today, Fri 6 Mar 2026]: Thank-you"), late)
        XCTAssertTrue(late.contains("**4 steps are overdue: send them today.**"))
        XCTAssertTrue(late.contains("## Notes"))
        XCTAssertTrue(late.contains("3 days ago"))

        let dueToday = render(today: "2026-03-04")
        XCTAssertTrue(dueToday.contains("Wed 4 Mar 2026 (latest Thu 5 Mar 2026) [DUE TODAY]: Thank-you"))
        XCTAssertFalse(dueToday.contains("OVERDUE"))
    }

    func testMarkdownWithoutInterviewDateSaysSo() {
        let md = render(today: "2026-03-10", answers: PlanFixtures.minimal(date: nil))
        XCTAssertTrue(md.contains("date not given (timeline counts from Tue 10 Mar 2026)"))
        XCTAssertTrue(md.contains("no date given"))
    }

    func testDocumentShape() throws {
        let answers = PlanFixtures.full()
        let plan = PlanBuilder.build(from: answers, today: d("2026-03-04"))
        let drafts = DraftComposer().compose(answers).drafts
        let data = try PlanDocument(plan: plan, drafts: drafts, answers: answers).jsonData()
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        XCTAssertEqual(object?["schema"] as? String, "followup.plan")
        XCTAssertEqual(object?["version"] as? Int, 1)
        XCTAssertEqual(object?["generated_on"] as? String, "2026-03-04")
        XCTAssertEqual(Set(object?.keys.map { $0 } ?? []), ["schema", "version", "generated_on", "interview", "notes", "steps", "drafts"])

        let interview = object?["interview"] as? [String: Any]
        XCTAssertEqual(interview?["company"] as? String, "Acme")
        XCTAssertEqual(interview?["date"] as? String, "2026-03-03")
        XCTAssertEqual(interview?["timeline_start"] as? String, "2026-03-03")
        XCTAssertEqual(interview?["decision_date"] as? String, "2026-03-13")
        XCTAssertEqual(interview?["format"] as? String, "video")
        XCTAssertEqual(interview?["tone"] as? String, "warm")
        XCTAssertEqual((interview?["recruiter"] as? [String: Any])?["email"] as? String, "sam@example.com")
        XCTAssertEqual((interview?["interviewers"] as? [[String: Any]])?.count, 2)

        let steps = object?["steps"] as? [[String: Any]]
        XCTAssertEqual(steps?.first?["id"] as? String, "thank-you-1")
        XCTAssertEqual(steps?.first?["kind"] as? String, "thank-you")
        XCTAssertEqual(steps?.first?["due"] as? String, "2026-03-04")
        XCTAssertEqual(steps?.first?["latest"] as? String, "2026-03-05")
        XCTAssertEqual(steps?.first?["draft_id"] as? String, "thank-you-1")
        XCTAssertEqual(steps?.first?["status"] as? String, "due-today")
        XCTAssertEqual((steps?.first?["recipient"] as? [String: Any])?["name"] as? String, "Ana Pérez")

        let firstDraft = (object?["drafts"] as? [[String: Any]])?.first
        XCTAssertEqual(firstDraft?["recipient_name"] as? String, "Ana Pérez")
        XCTAssertEqual(firstDraft?["kind"] as? String, "thank-you")
        XCTAssertNotNil(firstDraft?["body"] as? String)
    }

    /// Each step names its draft's file and, once tracked, the interview's id and the step as
    /// `followup mark` takes it; untracked, those keys are absent (optional fields: version 1).
    func testDocumentNamesDraftFilesAndTheTrackedStep() throws {
        let answers = PlanFixtures.full()
        let plan = PlanBuilder.build(from: answers, today: d("2026-03-04"))
        let drafts = DraftComposer().compose(answers).drafts
        let files = ["thank-you-1": "drafts/01-thank-you-ana-perez.eml"]
        func object(_ tracker: (id: String, round: Int)?) throws -> [String: Any] {
            let data = try PlanDocument(plan: plan, drafts: drafts, answers: answers, draftFiles: files, tracker: tracker).jsonData()
            return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        let tracked = try object(("acme-0303", 2))
        XCTAssertEqual(tracked["tracker_id"] as? String, "acme-0303")
        XCTAssertEqual(tracked["tracker_round"] as? Int, 2)
        XCTAssertEqual(tracked["version"] as? Int, 1)
        let steps = try XCTUnwrap(tracked["steps"] as? [[String: Any]])
        XCTAssertEqual(steps[0]["draft_file"] as? String, "drafts/01-thank-you-ana-perez.eml")
        XCTAssertEqual(steps[0]["tracker_step"] as? String, "r2.thank-you-1")
        XCTAssertEqual(steps[0]["id"] as? String, "thank-you-1", "the plan step's own keys sit beside them")
        XCTAssertEqual(
            Set(steps[0].keys), ["id", "kind", "recipient", "due", "latest", "what", "why", "draft_id", "status", "draft_file", "tracker_step"])
        XCTAssertNil(steps.first { $0["draft_id"] == nil }?["draft_file"], "no draft, no file")

        let untracked = try object(nil)
        XCTAssertNil(untracked["tracker_id"])
        XCTAssertNil(untracked["tracker_round"])
        XCTAssertNil((untracked["steps"] as? [[String: Any]])?.first?["tracker_step"])
        let document = PlanDocument(plan: plan, drafts: drafts, answers: answers, draftFiles: files, tracker: ("acme-0303", 1))
        XCTAssertEqual(try PlanDocument.decode(try document.jsonData()), document)
        XCTAssertEqual(document.steps[0].trackerStep, "thank-you-1", "the first round's steps are named by their id alone")
    }

    func testDocumentRoundTripsAndIsDeterministic() throws {
        let answers = PlanFixtures.full()
        let plan = PlanBuilder.build(from: answers, today: d("2026-03-04"))
        let document = PlanDocument(plan: plan, drafts: DraftComposer().compose(answers).drafts, answers: answers)
        let data = try document.jsonData()
        XCTAssertEqual(try PlanDocument.decode(data), document)
        XCTAssertEqual(try document.jsonData(), data)
        XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("\\/"))
    }

    func testDocumentOmitsUnknownInterviewDate() throws {
        let answers = PlanFixtures.minimal(date: nil)
        let plan = PlanBuilder.build(from: answers, today: d("2026-03-10"))
        let data = try PlanDocument(plan: plan, drafts: [], answers: answers).jsonData()
        let interview = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["interview"] as? [String: Any]
        XCTAssertNil(interview?["date"])
        XCTAssertEqual(interview?["timeline_start"] as? String, "2026-03-10")
    }

    func testDecodeRefusesOtherSchemasAndNewerVersions() throws {
        let answers = PlanFixtures.minimal(date: d("2026-03-03"))
        let plan = PlanBuilder.build(from: answers, today: d("2026-03-03"))
        var document = PlanDocument(plan: plan, drafts: [], answers: answers)
        document.version = 2
        XCTAssertThrowsError(try PlanDocument.decode(try document.jsonData()))
        document.version = 1
        document.schema = "something.else"
        XCTAssertThrowsError(try PlanDocument.decode(try document.jsonData()))
    }
}
