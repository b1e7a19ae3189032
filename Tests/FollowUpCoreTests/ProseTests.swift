import XCTest

@testable import FollowUpCore

final class ProseTests: XCTestCase {
    func testFragmentsLowercaseOrdinaryFirstWordsButKeepNames() {
        XCTAssertEqual(Prose.fragment("Five years of Go."), "five years of Go")
        XCTAssertEqual(Prose.fragment("A link to my talk"), "a link to my talk")
        XCTAssertEqual(Prose.fragment("Led a Postgres migration"), "led a Postgres migration")
        XCTAssertEqual(Prose.fragment("Postgres tuning"), "Postgres tuning")
        XCTAssertEqual(Prose.fragment("AWS certification"), "AWS certification")
        XCTAssertEqual(Prose.fragment("I built the pipeline"), "I built the pipeline")
        XCTAssertEqual(Prose.fragment("José's roadmap"), "José's roadmap")
    }

    func testNotesToSelfAreNotQuotedBackToTheInterviewer() {
        XCTAssertEqual(Prose.concernTopic("They asked about Terraform and I froze"), "one of your questions")
        XCTAssertEqual(Prose.concernTopic("I had no example of cost work"), "one of your questions")
        XCTAssertEqual(Prose.concernTopic("my Terraform experience"), "my Terraform experience")
    }

    func testListsSplitItemsTypedWithSemicolons() {
        XCTAssertEqual(Prose.list(["Rust services; latency budgets"]), "Rust services and latency budgets")
        XCTAssertEqual(Prose.list(["a", "b", "c"]), "a, b and c")
    }
}

final class GreetingTests: XCTestCase {
    func testATitleTakesDearInEveryTone() {
        for tone in Tone.allCases {
            var answers = Answers()
            answers.interview = Interview(company: "Société Générale", role: "Analyst", date: LocalDate(year: 2026, month: 11, day: 20))
            answers.interviewers = [
                Interviewer(name: "Émilie Dubois", addressAs: "Mme Dubois", topics: ["risk models"]), Interviewer(name: "Zoë Ng", topics: ["hiring"]),
            ]
            answers.candidate.name = "Maya"
            answers.tone = tone
            let drafts = DraftComposer().compose(answers).drafts(of: .thankYou)
            XCTAssertTrue(drafts[0].body.hasPrefix("Dear Mme Dubois,"), "\(tone): \(drafts[0].body.prefix(30))")
            XCTAssertFalse(drafts[1].body.hasPrefix("Dear Zoë") && tone != .formal, "\(tone)")
        }
    }
}
