import FollowUpCore
import XCTest

final class PlaceholderTests: XCTestCase {
    func testWritingPlaceholdersAddressesTheCandidate() {
        XCTAssertEqual(Placeholder.paste("my portfolio"), "[paste the link to your portfolio here]")
        XCTAssertEqual(Placeholder.paste("the link to my talk."), "[paste the link to your talk here]")
        XCTAssertEqual(Placeholder.paste("  My GitHub profile "), "[paste the link to your GitHub profile here]")
        XCTAssertEqual(Placeholder.paste(""), "[paste the link here]")
        XCTAssertEqual(Placeholder.attach("my two references"), "[attach your two references]")
        XCTAssertEqual(Placeholder.attach("the [draft] of mine"), "[attach the (draft) of yours]")
        XCTAssertEqual(Placeholder.add("each reference's name and contact details"), "[add each reference's name and contact details here]")
        XCTAssertEqual(Placeholder.add("the date here"), "[add the date here]")
        // "mystery" and "Myers" are not "my".
        XCTAssertEqual(Placeholder.attach("the mystery shopper report by Myers"), "[attach the mystery shopper report by Myers]")
    }

    func testWrittenPlaceholdersAreFound() {
        for text in [Placeholder.paste("my portfolio"), Placeholder.attach("my references"), Placeholder.add("the date")] {
            XCTAssertEqual(found("As promised: \(text)."), [text])
        }
    }

    func testFindsInstructionsAndTemplateSlots() {
        let hits = [
            "[paste the link to your portfolio here]", "[Attach your two references]", "[ADD the date]",
            "[insert link]", "[Fill in the role]", "[write one sentence on Terraform]", "[replace with your name]",
            "[Include the sample]", "[NAME]", "[LINK]", "[Company]", "[date]", "[X]", "[…]", "[...]",
            "[Hiring Manager's Name]", "[FIRST_NAME]", "[your name]", "<insert company name>", "<Name>", "{{company}}",
            "{{ interviewer.first_name }}", "XXX", "XXXX",
        ]
        for hit in hits {
            XCTAssertEqual(found("Dear Ana, see \(hit) today."), [hit], hit)
        }
        XCTAssertEqual(found("[NAME] and [date]\nXXX"), ["[NAME]", "[date]", "XXX"])
    }

    func testNearMissesAreNotPlaceholders() {
        let misses = [
            "a footnote[1] here", "it was “their [sic] roadmap”", "[my portfolio](https://example.com/me)",
            "[portfolio][1]", "<ana@acme.example>", "<https://example.com>", "[Adding context: I was nervous]",
            "[additional note]", "[paste", "paste the link]", "[paste the link\nhere]", "XX marks the spot",
            "the XXXL shirt", "FOXXX", "{{unclosed", "{single}", "[ ]", "[]", "[in 2024 we shipped]",
            "[name@example.com]", "a [team] of five", "[writer's note]",
        ]
        for miss in misses {
            XCTAssertEqual(found(miss), [], miss)
        }
    }

    func testOddTextNeverTraps() {
        for text in ["[", "]", "<", "{{", "{", "X", "XX", "[é]", "[\u{301}paste]", "[paste\u{301}]", "é[X]", "[X]é", "XXX\u{301}"] {
            _ = Placeholder.spans(in: text)
        }
        XCTAssertEqual(found("é [NAME] ü"), ["[NAME]"])
    }

    private func found(_ text: String) -> [String] {
        Placeholder.spans(in: text).map { String(text[$0]) }
    }
}
