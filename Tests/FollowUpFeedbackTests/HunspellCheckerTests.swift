import Foundation
import XCTest

@testable import FollowUpFeedback
@testable import Spelling

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

/// The word list made from the dictionary's files (`WordList`), and the dictionary that follows
/// the candidate's locale.
final class WordListTests: XCTestCase {
    func testFormsFollowTheAffixRules() {
        let affix = "SET UTF-8\nPFX U Y 1\nPFX U 0 un .\n\nSFX D Y 2\nSFX D 0 ed [^ey]\nSFX D y ied [^aeiou]y\n\nSFX S N 1\nSFX S 0 s .\n"
        let dictionary = "3\nlock/DUS\ncarry/D\nplay/D\n"
        XCTAssertEqual(
            Set(WordList.forms(affix: affix, dictionary: dictionary)),
            ["lock", "unlock", "locked", "unlocked", "locks", "carry", "carried", "play"])
    }

    /// en_US's own affix file with a few of its stems (the whole dictionary takes seconds in a debug build).
    func smallDictionary(in folder: String) throws -> (affix: String, dictionary: String) {
        let stems = [
            "interview/GMDRSZ", "discuss/GDS", "opportunity/SM", "thank/SDG", "don't", "I'd", "lock/UDSMG", "carry/GDSM",
            "Paris/M", "receive/DRSZGB", "colour/MS", "1st/p", "1/n1", "2/nm", "0th/pt", "organize/GDS",
        ]
        let affix = folder + "/en_XX.aff"
        let dictionary = folder + "/en_XX.dic"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "/usr/share/hunspell/en_US.aff", toPath: affix)
        try "\(stems.count)\n\(stems.joined(separator: "\n"))\n".write(toFile: dictionary, atomically: true, encoding: .utf8)
        return (affix, dictionary)
    }

    func testTheListAnswersLikeHunspellWithoutReadingTheDictionary() throws {
        let folder = NSTemporaryDirectory() + "wordlist-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (affix, dictionary) = try smallDictionary(in: folder)
        let first = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        XCTAssertTrue(first.isLoaded, "the list is made from the dictionary, once")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/cache/en_XX.words")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "readable by the candidate alone")
        let plain = try HunspellChecker(affix: affix, dictionary: dictionary)
        let second = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        XCTAssertFalse(second.isLoaded)
        for word in ["interview", "Interviewed", "interviewers", "discussed", "opportunities", "Thank", "don't", "I'd", "unlocked", "carried"] {
            XCTAssertTrue(second.isCorrect(word), word)
        }
        XCTAssertFalse(second.isLoaded, "every word was in the list")
        let words = ["Paris", "paris", "PARIS", "recieve", "intervew", "colours", "Colour", "21st", "11th", "ASAP", "receivable", "unthank"]
        for word in words {
            XCTAssertEqual(second.isCorrect(word), plain.isCorrect(word), word)
        }
        XCTAssertTrue(second.isLoaded, "a word not in the list is asked of the dictionary")
    }

    func testAWordOutsideTheListIsNotAnsweredWhileTheDictionaryIsRead() throws {
        let folder = NSTemporaryDirectory() + "wordlist-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (affix, dictionary) = try smallDictionary(in: folder)
        _ = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        let speller = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        XCTAssertEqual(speller.isCorrectWithoutWaiting("interviewed"), true)
        XCTAssertFalse(speller.isLoaded, "a word in the list needs no dictionary")
        XCTAssertNil(speller.isCorrectWithoutWaiting("recieve"))
        XCTAssertTrue(speller.isLoaded, "the dictionary is being read, on another thread")
        XCTAssertFalse(speller.isCorrect("recieve"))
        XCTAssertEqual(speller.isCorrectWithoutWaiting("recieve"), false)
        XCTAssertEqual(speller.isCorrectWithoutWaiting("organising"), false)
    }

    func testManyDraftsGetWhatEachGetsAlone() throws {
        // Checking many drafts, a word outside the list is decided once they are all checked
        // (`Misspelling.resolveSuggestions`): the findings are those of each draft checked alone.
        let folder = NSTemporaryDirectory() + "wordlist-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (affix, dictionary) = try smallDictionary(in: folder)
        _ = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        let drafts = [
            "Hi Ana,\n\nThank you for organising the interview. I recieve your colours.\n",
            "Hi Ana,\n\nThank you: I discussed the opportunity. I recieve the intervew notes.\n",
            "Hi Ana,\n\nThank you for organising it.\n",
        ].map { DraftParser.parse($0, format: .plain) }
        let engine = FeedbackEngine(rules: [Misspelling()])
        // Words the small dictionary lacks.
        let common: Set<String> = ["hi", "you", "for", "the", "your", "notes", "it"]
        let speller = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        let batch = engine.check(drafts, context: FeedbackContext(spellChecker: speller, personalWords: common))
        let plain = try HunspellChecker(affix: affix, dictionary: dictionary)
        XCTAssertEqual(batch, drafts.map { engine.check($0, context: FeedbackContext(spellChecker: plain, personalWords: common)) })
        XCTAssertEqual(batch.map { $0.map(\.excerpt) }, [["recieve"], ["recieve", "intervew"], []], "“organising” is accepted as “organizing”")
        XCTAssertEqual(batch[0][0].suggestions.first, "receive")
    }

    func testTheDictionarysAnswersAreKeptForTheNextRunOfTheSameBuild() throws {
        let folder = NSTemporaryDirectory() + "wordlist-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (affix, dictionary) = try smallDictionary(in: folder)
        _ = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        let first = try HunspellChecker(affix: affix, dictionary: dictionary, words: ["Osei"], wordListFolder: folder + "/cache")
        first.recallAnswers(build: "b1")
        XCTAssertFalse(first.isCorrect("recieve"))
        XCTAssertTrue(first.isCorrect("Paris"))
        let suggestions = first.suggestions(for: "recieve")
        XCTAssertEqual(suggestions.first, "receive")
        XCTAssertTrue(first.isLoaded)
        first.keepAnswers()
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/cache/en_XX.answers")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "readable by the candidate alone")

        // The next run of the same build, with the same added words: answered without the dictionary.
        let second = try HunspellChecker(affix: affix, dictionary: dictionary, words: ["Osei"], wordListFolder: folder + "/cache")
        second.recallAnswers(build: "b1")
        XCTAssertEqual(second.isCorrectWithoutReading("recieve"), false)
        XCTAssertEqual(second.isCorrectWithoutReading("Paris"), true)
        XCTAssertEqual(second.suggestions(for: "recieve"), suggestions)
        XCTAssertEqual(second.isCorrectWithoutReading("interviewed"), true, "from the list, as before")
        XCTAssertFalse(second.isLoaded, "the dictionary was not read")
        XCTAssertEqual(second.isCorrect("intervew"), false)
        XCTAssertTrue(second.isLoaded, "a word met for the first time is asked of the dictionary")

        // Another build, other added words, or words added since: not read, or not kept.
        for (build, words) in [("b2", ["Osei"]), ("b1", ["Osei", "Lima"]), ("b1", [])] {
            let other = try HunspellChecker(affix: affix, dictionary: dictionary, words: words, wordListFolder: folder + "/cache")
            other.recallAnswers(build: build)
            XCTAssertNil(other.isCorrectWithoutReading("recieve"), "\(build) \(words)")
        }
        let added = try HunspellChecker(affix: affix, dictionary: dictionary, words: ["Osei"], wordListFolder: folder + "/cache")
        added.recallAnswers(build: "b1")
        added.add(["recieve"])
        XCTAssertTrue(added.isCorrect("recieve"))
        added.keepAnswers()
        let third = try HunspellChecker(affix: affix, dictionary: dictionary, words: ["Osei"], wordListFolder: folder + "/cache")
        third.recallAnswers(build: "b1")
        XCTAssertEqual(third.isCorrectWithoutReading("recieve"), false, "what the added word changed is not kept")
    }

    func testAFolderThatCannotBeWrittenGetsNoList() throws {
        let folder = NSTemporaryDirectory() + "wordlist-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (affix, dictionary) = try smallDictionary(in: folder)
        try "not a folder".write(toFile: folder + "/cache", atomically: true, encoding: .utf8)
        let speller = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        XCTAssertTrue(speller.isCorrect("interviewed"))
        XCTAssertFalse(speller.isCorrect("intervew"))
    }

    func testAStaleOrForeignListIsNotUsed() throws {
        let folder = NSTemporaryDirectory() + "wordlist-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (affix, dictionary) = try smallDictionary(in: folder)
        try WordList.write(["intervew"], key: "followup-words 1 some other dictionary", to: folder + "/cache/en_XX.words")
        let speller = try HunspellChecker(affix: affix, dictionary: dictionary, wordListFolder: folder + "/cache")
        XCTAssertFalse(speller.isCorrect("intervew"))
        let list = try XCTUnwrap(WordList(path: folder + "/cache/en_XX.words", key: try XCTUnwrap(WordList.key(affix: affix, dictionary: dictionary))))
        XCTAssertTrue(list.contains("interviewed"), "made again from the dictionary")
        XCTAssertFalse(list.contains("intervew"))
        XCTAssertFalse(list.contains(""))
    }

    func testTheDictionaryFollowsTheLocale() {
        // Scripts/install-deps installs the British, Canadian and Australian dictionaries.
        XCTAssertEqual(HunspellChecker.language(forLocale: "en_GB.UTF-8"), "en_GB")
        XCTAssertEqual(HunspellChecker.language(forLocale: "en-AU"), "en_AU")
        XCTAssertEqual(HunspellChecker.language(forLocale: "en_CA"), "en_CA")
        XCTAssertEqual(HunspellChecker.language(forLocale: "en_US.UTF-8"), "en_US")
        XCTAssertEqual(HunspellChecker.language(forLocale: "en_ZZ"), "en_US", "not installed")
        XCTAssertEqual(HunspellChecker.language(forLocale: "fr_FR.UTF-8"), "en_US", "the checker reads English")
        XCTAssertEqual(HunspellChecker.language(forLocale: "C.UTF-8"), "en_US")
        XCTAssertEqual(HunspellChecker.language(forLocale: nil), "en_US")
    }

    func testEachDictionaryAcceptsItsOwnSpelling() throws {
        let british = try HunspellChecker(language: "en_GB")
        XCTAssertTrue(british.isCorrect("colour"))
        XCTAssertTrue(british.isCorrect("programme"))
        XCTAssertFalse(british.isCorrect("intervew"))
        let australian = try HunspellChecker(language: "en_AU")
        XCTAssertTrue(australian.isCorrect("organisation"))
        let canadian = try HunspellChecker(language: "en_CA")
        XCTAssertTrue(canadian.isCorrect("colour"))
        XCTAssertTrue(canadian.isCorrect("organization"))
    }
}
