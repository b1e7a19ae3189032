@testable import FollowUpCore
import XCTest

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
