import Spelling
import XCTest

@testable import FollowUpFeedback

/// A short thank-you that is complete (thanks, something specific) needs no question about next
/// steps and no offer of more information: those rules only suggest them there.
final class ShortNoteTests: XCTestCase {
    static let shortNote = """
        Hi Marcus,

        1️⃣Thank you for meeting with me today. I enjoyed hearing about the new patient intake process, and I'm excited about the chance to join your front-desk team.

        Best,
        Jordan
        """

    func testAShortCompleteThankYouOnlySuggestsNextStepsAndAnOffer() {
        assertLint(NoNextSteps(), Self.shortNote, findings: [FindingSpec("1️⃣", severity: .suggestion)])
        assertLint(NoOffer(), Self.shortNote, findings: [FindingSpec("1️⃣", severity: .suggestion)])
    }

    func testALongThankYouWithoutThemIsWarned() {
        let long = Self.shortNote.replacingOccurrences(
            of: "front-desk team.",
            with: "front-desk team. " + String(repeating: "I also enjoyed the tour of the clinic and meeting the nurses on the ward. ", count: 10))
        assertLint(NoNextSteps(), long, findings: [FindingSpec("1️⃣", severity: .warning)])
        assertLint(NoOffer(), long, findings: [FindingSpec("1️⃣", severity: .warning)])
    }

    func testAThinNoteIsNotComplete() {
        assertLint(
            NoOffer(), "Hi Marcus,\n\n1️⃣Thanks for today. It was great.\n\nBest,\nJordan",
            findings: [FindingSpec("1️⃣", severity: .warning)])
    }

    func testLookingForwardToHearingCountsAsNextSteps() {
        assertLint(
            NoNextSteps(), "Hi Marcus,\n\nThank you for meeting with me today. I look forward to hearing from you.\n\nBest,\nJordan",
            findings: [])
    }
}

/// The reviewed list of words the dictionary lacks.
final class AcceptedWordsTests: XCTestCase {
    func testBritishAndTradeWordsAreNotMisspelt() throws {
        let speller = try XCTUnwrap(sharedSpeller)
        assertLint(
            Misspelling(),
            "Dear Mr Hamilton,\n\nThank you: I learnt a lot about the enrolment programme, the microbiome study and the commis role, whilst 1️⃣recieving feedback.\n\nBest,\nAisha",
            findings: [FindingSpec("1️⃣", suggestion: "receiving")], context: FeedbackContext(spellChecker: speller))
    }

    /// A listed word is one that en_US, or another installed English dictionary the locale may
    /// pick, lacks (en_GB's lacks "reconciliations").
    func testEveryListedWordIsOneADictionaryLacks() throws {
        let spellers = [try XCTUnwrap(sharedSpeller)] + ["en_GB", "en_CA", "en_AU"].compactMap { try? HunspellChecker(language: $0) }
        XCTAssertGreaterThan(Misspelling.listedWords.count, 50)
        let redundant = Misspelling.listedWords.filter { word in spellers.allSatisfy { $0.isCorrect(word) } }.sorted()
        XCTAssertEqual(redundant, [], "every dictionary knows these already: drop them from Data/accepted-words.txt")
    }
}
