import Spelling
import XCTest

final class HunspellCheckerTests: XCTestCase {
    func testKnownAndUnknownWordsWithSuggestions() throws {
        let speller = try XCTUnwrap(sharedSpeller)
        XCTAssertTrue(speller.isCorrect("interview"))
        XCTAssertTrue(speller.isCorrect("don't"))
        XCTAssertFalse(speller.isCorrect("intervew"))
        XCTAssertEqual(speller.suggestions(for: "recieve").first, "receive")
        XCTAssertEqual(speller.suggestions(for: "recieve").first, "receive", "cached answer is the same")
    }

    func testAddedWordsBecomeCorrect() throws {
        let speller = try HunspellChecker()
        XCTAssertFalse(speller.isCorrect("kubeflowy"))
        speller.add(["kubeflowy"])
        XCTAssertTrue(speller.isCorrect("kubeflowy"))
    }

    func testMissingDictionaryIsAnError() {
        XCTAssertThrowsError(try HunspellChecker(language: "xx_XX", searchPaths: ["/nonexistent"])) { error in
            XCTAssertTrue("\(error)".contains("xx_XX"))
        }
    }
}
