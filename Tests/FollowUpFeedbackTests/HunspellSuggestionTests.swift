import Foundation
import TestSupport
import XCTest

@testable import Spelling

/// The quick suggestion search (words one edit away, then hunspell's full search when there
/// is none) against common misspellings and against `Hunspell_suggest` itself.
final class HunspellSuggestionTests: XCTestCase {
    /// Common misspellings and the word meant (one list, in TestSupport).
    static let misspellings = commonMisspellings

    /// Where the first suggestion is not the word meant: another word one edit away comes
    /// first, and hunspell's full search puts the same word first.
    static let knownMisses = ["wich": "wite", "happend": "happens", "persue": "peruse"]

    func speller() throws -> HunspellChecker {
        do { return try HunspellChecker() } catch { throw XCTSkip("no en_US dictionary: \(error)") }
    }

    func testCommonMisspellingsGetTheWordMeantFirst() throws {
        let speller = try speller()
        // A real word (a machine that presses cloth), so never flagged.
        XCTAssertTrue(speller.isCorrect("calender"))
        var right = 0
        for (word, meant) in Self.misspellings where word != "calender" {
            XCTAssertFalse(speller.isCorrect(word), word)
            let suggestions = speller.suggestions(for: word)
            if let miss = Self.knownMisses[word] {
                XCTAssertEqual(suggestions.first, miss, word)
                XCTAssertEqual(speller.fullSuggestions(for: word).first, miss, "hunspell's full search agrees on \(word)")
            } else {
                XCTAssertEqual(suggestions.first, meant, "\(word): \(suggestions)")
            }
            if suggestions.first == meant { right += 1 }
        }
        XCTAssertEqual(right, 26)
    }

    func testFirstSuggestionAgreesWithHunspellsFullSearch() throws {
        let speller = try speller()
        var disagreements: [String] = []
        for (word, _) in Self.misspellings {
            let quick = speller.suggestions(for: word).first
            let full = speller.fullSuggestions(for: word).first
            if quick != full { disagreements.append("\(word): \(quick ?? "-") / hunspell \(full ?? "-")") }
        }
        // adress: "address" here, "dress" from hunspell (a first letter is rarely missing);
        // calender: hunspell's list starts with the word itself, which is correct.
        XCTAssertEqual(disagreements, ["adress: address / hunspell dress", "calender: calenders / hunspell calender"])
    }

    func testSuggestionsAreCappedAndOneEditAway() throws {
        let speller = try speller()
        XCTAssertEqual(speller.suggestions(for: "recieve"), ["receive", "relieve"])
        XCTAssertEqual(speller.suggestions(for: "alot"), ["a lot", "alto", "slot"], "REP entries first, then at most three")
        XCTAssertEqual(speller.suggestions(for: "adress"), ["address", "dress"])
        XCTAssertEqual(speller.suggestions(for: "paris"), ["pairs", "Paris", "pars"], "capitals only as the dictionary has them")
        XCTAssertEqual(speller.suggestions(for: "nasa").first, "NASA")
        XCTAssertEqual(speller.suggestions(for: "thankyou"), ["thank you"])
        XCTAssertEqual(speller.suggestions(for: "vacacation").first, "vacation")
        XCTAssertEqual(speller.fullSearches, 0)
    }

    func testCaseIsKept() throws {
        let speller = try speller()
        XCTAssertEqual(speller.suggestions(for: "Beleive"), ["Believe"])
        XCTAssertEqual(speller.suggestions(for: "BELEIVE"), ["BELIEVE"])
        XCTAssertEqual(speller.suggestions(for: "Recieve").first, "Receive")
        XCTAssertEqual(speller.suggestions(for: "Alot").first, "A lot")
    }

    func testNonASCIILetters() throws {
        let speller = try speller()
        XCTAssertEqual(speller.suggestions(for: "cafè").first, "cafe")
        XCTAssertEqual(speller.suggestions(for: "cafe\u{300}").first, "cafe", "a combining accent is one letter")
        XCTAssertEqual(speller.suggestions(for: "Zoë").first, "Zoe")
        XCTAssertEqual(speller.suggestions(for: "expérience").first, "experience")
        for word in ["ß", "ǅungla", "İstanbull", "naïveté", "日本語", "-", "'", "a"] {
            _ = speller.suggestions(for: word)  // no crash
        }
    }

    func testARepeatedPairOfLettersIsDropped() throws {
        // hunspell's doubletwochars: a pair typed twice ("ksks"), from the fifth letter on.
        let speller = try speller()
        XCTAssertEqual(speller.editSuggestions(for: "booksks").first, "books")
        XCTAssertEqual(speller.editSuggestions(for: "vacacation").first, "vacation")
        XCTAssertEqual(speller.fullSearches, 0)
    }

    func testNoWordOneEditAwayFallsBackToTheFullSearch() throws {
        let speller = try speller()
        XCTAssertEqual(speller.editSuggestions(for: "tommorow"), [])
        XCTAssertEqual(speller.suggestions(for: "tommorow").first, "tomorrow")
        XCTAssertEqual(speller.suggestions(for: "reccomend").first, "recommend")
        XCTAssertEqual(speller.fullSearches, 2)
        XCTAssertEqual(speller.suggestions(for: "tommorow").first, "tomorrow", "cached")
        XCTAssertEqual(speller.fullSearches, 2)
        XCTAssertEqual(speller.suggestions(for: "xyzzyq"), [])
    }

    func testPrefetchOpensTheSecondHandleOnlyForAFullSearch() throws {
        let speller = try speller()
        speller.prefetchSuggestions(for: "beleive")
        speller.waitForPrefetches()
        XCTAssertEqual(speller.suggestions(for: "beleive"), ["believe"])
        XCTAssertFalse(speller.hasSuggestionHandle)
        speller.prefetchSuggestions(for: "tommorow")
        speller.waitForPrefetches()
        XCTAssertEqual(speller.suggestions(for: "tommorow").first, "tomorrow")
        XCTAssertTrue(speller.hasSuggestionHandle)
        XCTAssertEqual(speller.fullSearches, 1)
    }

    func testAddedWordsAreSuggested() throws {
        let speller = try speller()
        speller.add(["Kubeflow"])
        XCTAssertEqual(speller.suggestions(for: "Kubeflwo").first, "Kubeflow")
    }

    func testWordsGivenAtOpeningAreCorrectAndSuggested() throws {
        for inBackground in [true, false] {
            let speller: HunspellChecker
            do {
                speller = try HunspellChecker(inBackground: inBackground, words: ["rollout", "zoë", "kubeflow"])
            } catch {
                throw XCTSkip("no en_US dictionary: \(error)")
            }
            XCTAssertTrue(speller.isCorrect("rollout"), "inBackground: \(inBackground)")
            XCTAssertTrue(speller.isCorrect("Zoë"), "a capital is fine for a word given in lower case")
            XCTAssertEqual(speller.suggestions(for: "rolout").first, "rollout")
            XCTAssertEqual(speller.suggestions(for: "Kubeflwo").first, "Kubeflow")
            // Two edits away: hunspell's full search, on its own handle, knows them too.
            speller.prefetchSuggestions(for: "rrolotu")
            XCTAssertTrue(speller.suggestions(for: "rrolotu").contains("rollout"), "\(speller.suggestions(for: "rrolotu"))")
            XCTAssertEqual(speller.fullSearches, 1)
        }
    }

    func testNoSuggestWordsAndHyphenatedPairsAreNeverSuggested() throws {
        let speller = try speller()
        for word in ["fucj", "shiit", "shitt", "cunts", "Fuking"] {
            let suggestions = speller.editSuggestions(for: word)
            XCTAssertFalse(suggestions.contains { ["fuck", "shit", "cunt", "fucking"].contains($0.lowercased()) }, "\(word): \(suggestions)")
        }
        XCTAssertFalse(speller.editSuggestions(for: "adress").contains("a-dress"))
    }

    func testAffixRules() throws {
        let rules = SuggestionRules(
            affixText: """
                SET UTF-8
                TRY esiaé
                KEY qwe|asd
                NOSPLITSUGS
                REP 3
                REP ^f ph
                REP shun$ tion
                REP alot a_lot
                """)
        XCTAssertEqual(rules.alphabet, ["e", "s", "i", "a", "é"])
        XCTAssertEqual(rules.keyboard, "qwe|asd")
        XCTAssertFalse(rules.splitsWords)
        XCTAssertEqual(
            rules.replacements,
            [
                .init(pattern: Array("f".utf8), replacement: Array("ph".utf8), atStart: true),
                .init(pattern: Array("shun".utf8), replacement: Array("tion".utf8), atEnd: true),
                .init(pattern: Array("alot".utf8), replacement: Array("a lot".utf8)),
            ])
        let latin1 = SuggestionRules(affixText: "SET ISO8859-1\nTRY esiaé\n")
        XCTAssertEqual(latin1.alphabet, ["e", "s", "i", "a"], "only ASCII from a dictionary that is not UTF-8")
    }

    func testNoSuggestFlagsInEveryFlagFormat() {
        func flagged(_ dic: String, _ flag: String, _ type: SuggestionRules.FlagType, aliases: [String] = []) -> Set<String> {
            SuggestionRules.words(in: Data(dic.utf8), flaggedWith: flag, type: type, aliases: aliases)
        }
        XCTAssertEqual(flagged("3\nbad/MS!\ngood/MS\nWorse/!\n", "!", .single), ["bad", "worse"])
        XCTAssertEqual(flagged("2\nbad/Aa!!\ngood/!A\n", "!!", .long), ["bad"])
        XCTAssertEqual(flagged("2\nbad/12,999\ngood/99,9\n", "999", .numeric), ["bad"])
        XCTAssertEqual(flagged("2\nbad/ñ\tpo:noun\ngood/n\n", "ñ", .utf8), ["bad"])
        XCTAssertEqual(flagged("2\nbad/2\ngood/1\n", "!", .single, aliases: ["AB", "A!"]), ["bad"])
        XCTAssertEqual(flagged("1\nand\\/or/!\n", "!", .single), ["and/or"])
    }
}

/// Timings and a wider comparison, run on demand (best in release):
/// `FOLLOWUP_SPELL_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter HunspellSuggestionBench`.
final class HunspellSuggestionBench: XCTestCase {
    override func setUpWithError() throws {
        guard ProcessInfo.processInfo.environment["FOLLOWUP_SPELL_BENCH"] != nil else { throw XCTSkip("set FOLLOWUP_SPELL_BENCH=1") }
    }

    static func milliseconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Milliseconds a suggestion search takes, hunspell's full search against the quick one.
    func testTimePerSuggestion() throws {
        let speller = try HunspellChecker()
        var rules = SuggestionRules()
        let load = Self.milliseconds { rules = SuggestionRules(affix: "/usr/share/hunspell/en_US.aff", dictionary: "/usr/share/hunspell/en_US.dic") }
        print(String(format: "reading the affix rules and NOSUGGEST words: %.2f ms (%d words)", load, rules.neverSuggested.count))
        _ = speller.editSuggestions(for: "warm-up")
        var before: [Double] = []
        var after: [Double] = []
        for (word, _) in HunspellSuggestionTests.misspellings {
            let full = Self.median((0..<5).map { _ in Self.milliseconds { _ = speller.fullSuggestions(for: word) } })
            let quick = Self.median(
                (0..<5).map { _ in
                    Self.milliseconds {
                        if speller.editSuggestions(for: word).isEmpty { _ = speller.fullSuggestions(for: word) }
                    }
                })
            before.append(full)
            after.append(quick)
            print(String(format: "%-12@ Hunspell_suggest %6.2f ms   quick %6.3f ms", word as NSString, full, quick))
        }
        print(
            String(
                format: "median per word: Hunspell_suggest %.2f ms, quick %.3f ms; total %.1f ms / %.1f ms",
                Self.median(before), Self.median(after), before.reduce(0, +), after.reduce(0, +)))
    }

    /// Words of the dictionary with one random edit: how often each search puts the word back first.
    func testRandomTypos() throws {
        let speller = try HunspellChecker()
        let text = try String(contentsOfFile: "/usr/share/hunspell/en_US.dic", encoding: .utf8)
        let stems = text.split(separator: "\n").dropFirst().map { String($0.split(separator: "/")[0]) }
            .filter { $0.count >= 5 && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var typos: [(String, String)] = []
        while typos.count < 300 {
            let word = stems[next(stems.count)]
            var characters = Array(word)
            let position = next(characters.count)
            switch next(4) {
            case 0: if position + 1 < characters.count { characters.swapAt(position, position + 1) }
            case 1: characters[position] = letters[next(26)]
            case 2: characters.remove(at: position)
            default: characters.insert(letters[next(26)], at: position)
            }
            let typo = String(characters)
            if !speller.isCorrect(typo) { typos.append((typo, word)) }
        }
        var quickRight = 0
        var fullRight = 0
        var agree = 0
        var fallbacks = 0
        for (typo, word) in typos {
            var quick = speller.editSuggestions(for: typo)
            let full = speller.fullSuggestions(for: typo)
            if quick.isEmpty {
                fallbacks += 1
                quick = full
            }
            if quick.first == word { quickRight += 1 }
            if full.first == word { fullRight += 1 }
            if quick.first == full.first {
                agree += 1
            } else {
                print("\(typo) (\(word)): quick \(quick.prefix(3)), Hunspell_suggest \(full.prefix(3))")
            }
        }
        print(
            "random typos: \(typos.count); the word first: quick \(quickRight), Hunspell_suggest \(fullRight); "
                + "same first suggestion \(agree); fell back to the full search \(fallbacks)")
    }
}
