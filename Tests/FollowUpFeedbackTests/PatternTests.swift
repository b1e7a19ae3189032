import Foundation
import XCTest

@testable import FollowUpFeedback

/// The pattern pre-filters must agree with the regex itself.
final class PatternTests: XCTestCase {
    /// Every built-in pattern used for a yes/no question or a list of matches.
    static var builtIn: [Pattern] {
        var patterns = [
            NoOffer.offer, NoNextSteps.nextSteps, NoThanks.gratitude, DraftDocument.checkInSignals, DraftDocument.thankYouSignals,
            DraftDocument.rejectionSignals, DraftDocument.networkingSignals, DraftDocument.connectingSubject, DraftDocument.questionOrNextSteps,
            DraftDocument.greeting, DraftDocument.signOff, OverFamiliar.address, PassiveVoice.passive, GreetingName.salutation,
        ]
        for rule in PhraseRule.builtIn.values.sorted(by: { $0.id < $1.id }) {
            patterns += rule.phrases.entries.map(\.pattern)
        }
        return patterns
    }

    func testEveryBuiltInPatternCompiles() {
        // Patterns are compiled the first time a draft may match them (the built-in families are
        // read without compiling theirs), so here is where a broken one shows.
        for pattern in Self.builtIn {
            XCTAssertNoThrow(try NSRegularExpression(pattern: pattern.source), pattern.source)
        }
        XCTAssertTrue(Pattern.isValid("\\bteam player\\b"))
        XCTAssertFalse(Pattern.isValid("\\b(team player\\b"))
    }

    func testTheYesNoPatternsAreReadLineByLine() {
        // Read line by line by NoThanks and the kind guess (the prose apart from the greeting,
        // the subject apart from the body).
        for pattern in [
            NoThanks.gratitude, DraftDocument.rejectionSignals, DraftDocument.checkInSignals, DraftDocument.thankYouSignals,
            DraftDocument.networkingSignals,
        ] {
            XCTAssertTrue(pattern.withinLines, pattern.regex.pattern)
        }
    }

    func testLookAroundsAndCaseGroupsAreReadLineByLineWithTheirLiterals() {
        // A look-around or a group with its own case follows the same rules as the rest: the
        // regex then runs only on the lines holding a literal ("ty" is not in most drafts).
        let cases: [(String, [String])] = [
            ("(?-i:\\bty\\b)|\\bty(sm|vm)\\b", ["\u{1}ty\u{1}", "\u{1}tysm\u{1}", "\u{1}tyvm\u{1}"]),
            // A look-ahead that ends the pattern is read as text that follows the match.
            ("(?<!['’])\\bits(?= (a|an|been|not)\\b)", ["\u{1}its a\u{1}", "\u{1}its an\u{1}", "\u{1}its been\u{1}", "\u{1}its not\u{1}"]),
            ("\\bthere(?= (team|company)\\b)", ["\u{1}there company\u{1}", "\u{1}there team\u{1}"]),
            ("(?-i:\\ba(?= (?!(one|eu))[aeio][a-z]*\\b))", ["\u{1}a a", "\u{1}a e", "\u{1}a i", "\u{1}a o"]),
            ("(?i:\\bur\\b)", ["\u{1}ur\u{1}"]),
        ]
        for (source, literals) in cases {
            let pattern = Pattern(source)
            XCTAssertTrue(pattern.withinLines, source)
            XCTAssertEqual(pattern.required?.map { String(decoding: $0, as: UTF8.self) }, literals, source)
        }
        // A look-around that could see a line break, or a flag other than case, is not.
        for source in ["\\bits(?=\\s(a|an)\\b)", "(?<=\\n)its", "(?<=[^a])its", "(?s:its.a)", "(?x:its)"] {
            XCTAssertFalse(Pattern(source).withinLines, source)
        }
        // At the edges of lines they find what the whole text gives.
        let texts = [
            "its a\nits\na", "'\nits a", "x\nits been", "TY\nty", "ty\nTY!", "its\nnot", "there\nteam", "there team\nthere company",
            "ur\nUR", "’its an", "\nits not\n", "é its a\n日本 its not ty\n\n𝔘 there team ur\nits been", "its a its an\nx\nits a",
            "a apple, a\napple A item a one a é-a idea", "there\tteam there  team theres team",
        ]
        for source in cases.map(\.0) {
            let pattern = Pattern(source)
            for text in texts {
                let all = pattern.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map(\.range)
                XCTAssertEqual(pattern.matches(in: text), all, "\(source) on \(text.debugDescription)")
            }
        }
    }

    func testASCIITextIsMatchedLowercasedWhereThatFindsTheSame() {
        XCTAssertEqual(Pattern.lowercasedSource("\\bWhy (haven['’]t|have) (I|anyone)\\b[a-z]*\\.?"), "\\bwhy (haven['’]t|have) (i|anyone)\\b[a-z]*\\.?")
        // Case that matters, escapes and sets that lowercasing would change, and characters
        // that fold into ASCII are left to case-insensitive matching.
        for source in ["(?-i:\\bty\\b)", "\\p{Lu}\\w+", "[A-Z]{2,}", "\\x41", "\\Qa\\E", "\\u212Aelvin", "\u{212A}elvin", "stra\u{DF}e", "(?x: a )"] {
            XCTAssertNil(Pattern.lowercasedSource(source), source)
        }
        // Text that is not ASCII too, unless it holds a character that folds into ASCII (ß), and
        // then only by a pattern without a letter that has case outside ASCII ("café").
        XCTAssertNil(Pattern.lowercasedSource("\\bcafé\\b"))
        let texts = [
            "WHY HAVEN'T I HEARD", "Why haven’t I heard back? why have anyone", "TEAM PLAYER, team Player", "ßtraße Team Player",
            "Dear Pérez, WHY have I… TEAM player, Zoë", "CAFÉ café Café TEAM PLAYER",
        ]
        for pattern in [
            Pattern("\\bwhy (haven't|have) (I|anyone)\\b"), Pattern("\\bteam player\\b"), NoOffer.offer, PassiveVoice.passive, Pattern("\\bcafé\\b"),
        ] {
            for text in texts {
                let all = pattern.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map(\.range)
                XCTAssertEqual(pattern.matches(in: text), all, "\(pattern.source) on \(text)")
            }
        }
    }

    func testThePreFiltersAgreeWithTheRegex() throws {
        let surroundings = [
            ("", ""), (" ", " "), ("x", ""), ("", "x"), ("_", ""), ("", "_"), ("9", ""), ("", "9"), ("é", ""), ("", "é"),
            ("日本", ""), ("", "日本"), ("-", "-"), ("'", "'"), ("’", "’"), ("", "'s"), ("\n", "\n"), ("", "\u{301}"),
            ("\u{200D}", ""), ("e\u{301}", ""), ("I said ", ", twice."), ("", "s"), ("un", ""), ("𝔘", ""), ("", "𝔘"),
            ("🙂", "🙂"), ("ß", ""), ("ẞ ", ""), ("\u{212A} ", ""),
        ]
        var tried = 0
        for pattern in Self.builtIn {
            guard let all = Self.strings(of: pattern) else { continue }
            let strings = Self.sample(all, count: 40)
            for string in strings {
                for variant in [string, string.uppercased(), string.prefix(1).uppercased() + string.dropFirst(), String(string.dropLast())] {
                    for (before, after) in surroundings {
                        let text = before + variant + after
                        let folded = FoldedText(text)
                        let regex = pattern.regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                        XCTAssertEqual(pattern.matches(text, folded: folded), regex, "\(pattern.regex.pattern) on \(text.debugDescription)")
                        tried += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(tried, 1_000)
    }

    func testTextsThatFoldIntoASCIIAreLeftToTheRegex() {
        // ICU matches ẞ (whose lowercase is ß) with "ss", and the Kelvin sign with "k".
        for text in ["I liked the interview proceẞ.", "I liked the interview PROCEẞ.", "When do you \u{212A}now the timeline?", "the time\u{212A}"] {
            let regex = NoNextSteps.nextSteps.regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
            XCTAssertEqual(NoNextSteps.nextSteps.matches(text), regex, text)
        }
        XCTAssertTrue(NoNextSteps.nextSteps.matches("I liked the interview proceẞ."))
        XCTAssertNil(FoldedText("proceẞ").bytes)
        XCTAssertNil(FoldedText("\u{212A}elvin").bytes)
        XCTAssertNotNil(FoldedText("café 🙂 ’").bytes)
    }

    func testTheRegexRunsOnlyOnStretchesBetweenCharactersNoMatchCanHoldOrLookPast() {
        // Passive voice's `\s+` can cross a line, but no match holds a full stop or a comma.
        let passive = PassiveVoice.passive.separators
        XCTAssertTrue(passive.contains(UInt8(ascii: ".")) && passive.contains(UInt8(ascii: ",")), passive.bytes.description)
        XCTAssertFalse(passive.contains(0x0A) || passive.contains(0x20) || passive.contains(UInt8(ascii: "_")))
        let phrase = Pattern.separators("\\b(team player|[a-c.]x|it's)\\b")
        XCTAssertTrue(phrase.contains(0x0A) && phrase.contains(UInt8(ascii: ",")) && phrase.contains(UInt8(ascii: "-")))
        for kept in " .'" { XCTAssertFalse(phrase.contains(UInt8(ascii: kept.unicodeScalars.first!)), String(kept)) }
        XCTAssertFalse(Pattern.separators("(?<=[.!?] )please").contains(UInt8(ascii: ".")))
        XCTAssertFalse(Pattern.separators("\\d{1,2}(:|\\.)\\d\\d").contains(UInt8(ascii: ":")))
        // Anything that could match or see the edge of the text, or that is not read, leaves none.
        for source in ["^its", "its$", "[^a]its", "(?s:its)", "(?x:its)", "\\p{P}its", "\\Wits", "\\x41", "[[:alpha:]]", "[a&&b]", "a{x}"] {
            XCTAssertTrue(Pattern.separators(source).isEmpty, source)
        }
        // Matched stretch by stretch, every built-in pattern finds what the whole text gives.
        let texts = [
            "The project was delivered on time, and it was\nwell received. It is, I think, done.",
            "I was (quickly) promoted; the team was led by me. Dear Ana,\nThank you, Ms. Whitaker. Thanks, Dr. Osei!",
            "It's its own thing.its a pity, its been ages -- its' own. There team is great; their is a way.",
            "é was made. Pérez was sent: 日本 is done. 𝔘 were told\u{301} was built_in was 3ed.",
            "I am a team player, who can hit the ground running! Let me know if you need anything else.",
            "Why haven't I heard back?? I'm happy to send references... any other questions; feel free.",
        ]
        for pattern in Self.builtIn {
            for text in texts {
                let all = pattern.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map(\.range)
                XCTAssertEqual(pattern.matches(in: text), all, "\(pattern.source) on \(text.debugDescription)")
            }
        }
    }

    func testAPatternWhoseMatchesStartWithALiteralIsTriedOnlyWhereOneStarts() {
        // Every match of passive voice starts with a form of "to be": the regex is tried there,
        // anchored, instead of over each clause holding one.
        XCTAssertTrue(PassiveVoice.passive.startsWithRequired)
        // So do the big alternations' (too many starts to list, each alternative led by its literal).
        XCTAssertTrue(NoOffer.offer.startsWithRequired)
        XCTAssertTrue(NoNextSteps.nextSteps.startsWithRequired)
        for source in ["\\bteam player\\b", "\\bthe (best )?team player\\b"] {
            XCTAssertTrue(Pattern(source).startsWithRequired, source)
        }
        for source in ["\\bteam \\w+ player", "\\w* team player", "[a-z]+ team player"] {
            XCTAssertFalse(Pattern(source).startsWithRequired, source)
        }
        // ICU's word boundary and the literal search disagree on "_" and on characters that are
        // not ASCII (“½was” has one, “éwas” none): the regex decides, on the whole text.
        let texts = [
            "was_sent by me. It is written_by the team. _was done. was _done. was done_ x", "½was given, éwas given, 9was given",
            "It was being written and is been done, were\n\ngiven; were  taken. Am told!", "WAS GIVEN Was Quickly Made was badly",
            "was was was given is is made", "𝔘was sent 🙂was sent e\u{301}was sent \u{200D}was sent", "be", "", "was",
        ]
        let more = [
            "team player team players team-player please reply by please respond by", "Happy to send more; any other questions?",
            "happy_to send\nany further questions", "Let me know if… I look forward to hearing about the next steps.",
        ]
        for pattern in [
            PassiveVoice.passive, Pattern("\\bteam player\\b"), Pattern("(?<=please )(respond|reply) by\\b"), NoOffer.offer, NoNextSteps.nextSteps,
        ] {
            XCTAssertTrue(pattern.startsWithRequired, pattern.source)
            for text in texts + more {
                let all = pattern.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map(\.range)
                XCTAssertEqual(pattern.matches(in: text), all, "\(pattern.source) on \(text.debugDescription)")
                XCTAssertEqual(pattern.matches(text, folded: FoldedText(text), lastFirst: true), !all.isEmpty, "\(pattern.source) on \(text.debugDescription)")
            }
        }
    }

    func testThePreFiltersAgreeOnTheFixtureDrafts() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".eml") }
        XCTAssertGreaterThan(files.count, 10)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for pattern in Self.builtIn {
                let regex = pattern.regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                XCTAssertEqual(pattern.matches(text), regex, "\(pattern.regex.pattern) on \(file)")
                let all = pattern.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map(\.range)
                XCTAssertEqual(pattern.matches(in: text), all, "\(pattern.regex.pattern) on \(file)")
            }
        }
    }

    func testTheKindIsGuessedFromTheSubjectAndTheBody() {
        func kind(_ subject: String, _ body: String) -> MessageKind { DraftDocument.guessKind(subject: subject, body: body) }
        XCTAssertEqual(kind("Connecting after Tuesday", "Hi Ana,\n\nIt was good to meet you."), .networking)
        XCTAssertEqual(kind("Re: connecting after Tuesday", "Hi Ana,\n\nIt was good to meet you."), .thankYou, "only a subject that starts so")
        XCTAssertEqual(kind("", "Connecting after Tuesday: it was good to meet you."), .thankYou, "the body's first word is not the subject")
        XCTAssertEqual(kind("Hello", "I'd love to stay in touch."), .networking)
        XCTAssertEqual(kind("Stay in touch", "Hello."), .networking)
        XCTAssertEqual(kind("Stay in touch", "Any news on the decision?"), .checkIn)
        XCTAssertEqual(kind("Thanks", "Thank you for letting me know."), .rejectionReply)
        XCTAssertEqual(kind("Checking in", "Hi Ana,\n\nThank you for the interview last week."), .thankYou)
        XCTAssertEqual(kind("Checking in", "Hi Ana,\n\nI wanted to ask about the timeline."), .checkIn)
    }

    func testThePreFilterRulesOutOnlyWhatCannotMatch() {
        let pattern = Pattern("\\bteam player\\b")
        XCTAssertFalse(pattern.mayMatch(folded: FoldedText("a player on the team")))
        XCTAssertTrue(pattern.mayMatch(folded: FoldedText("A TEAM PLAYER")))
        // The literal must sit where words can begin and end (`\b`), as far as ASCII tells.
        XCTAssertFalse(pattern.mayMatch(folded: FoldedText("team-player? no: steam players")))
        XCTAssertEqual(pattern.required, [Array("\u{1}team player\u{1}".utf8)])
        XCTAssertTrue(pattern.mayMatch(folded: FoldedText("the team playeré")), "a pre-filter, not the answer")
        XCTAssertFalse(pattern.matches("the team playeré"))
        XCTAssertTrue(pattern.mayMatch(folded: FoldedText("(team player)")))
    }

    func testSubjectWordsReadByteByByteMatchTheCharacterReading() {
        let subjects = [
            "Thank you: data engineer interview", "Re: Following up -- can't wait!", "''quoted'' words' and 'trailing'",
            "Q3 roadmap (v2.1) & next steps", "", "   ", "rock'n'roll, don't,we'd", "A", "x'", "'", "Interview @ 10am / 3pm",
            "Tab\tseparated\twords", "MixedCASE ACRONYM iPhone",
        ]
        for subject in subjects {
            let bytes = Misspelling.asciiSubjectWords(subject)
            let characters = Misspelling.characterSubjectWords(subject)
            XCTAssertEqual(bytes.map(\.text), characters.map(\.text), subject)
            XCTAssertEqual(bytes.map(\.start), characters.map(\.start), subject)
            XCTAssertEqual(bytes.map(\.end), characters.map(\.end), subject)
        }
    }

    func testASCIIByteTestsOnEveryByte() {
        for value in 0...255 {
            let byte = UInt8(value)
            let scalar = Unicode.Scalar(byte)
            let ascii = value < 0x80
            XCTAssertEqual(ASCIIByte.isLetter(byte), ascii && scalar.properties.isAlphabetic, "\(value)")
            XCTAssertEqual(ASCIIByte.isAlphanumeric(byte), ascii && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil), "\(value)")
            XCTAssertEqual(ASCIIByte.isWordCharacter(byte), ASCIIByte.isAlphanumeric(byte) || scalar == "_", "\(value)")
            let lowered = ascii ? UInt8(String(scalar).lowercased().utf8.first ?? 0) : byte
            XCTAssertEqual(ASCIIByte.lowercased(byte), lowered, "\(value)")
        }
    }

    func testSyllablesCountedByteByByteMatchTheCharacterCount() {
        let words = [
            "cat", "table", "interview", "make", "the", "people", "little", "apple", "be", "queue", "rhythm", "Yesterday", "MAKE",
            "don't", "co-operate", "e", "", "'", "123", "idle", "axle", "TABLE", "strengths", "Kubernetes", "onboarding",
        ]
        for word in words {
            XCTAssertEqual(Readability.asciiSyllableCount(word), Readability.unicodeSyllableCount(word), word)
        }
        XCTAssertNil(Readability.asciiSyllableCount("café"))
        XCTAssertEqual(Readability.syllableCount("café"), Readability.unicodeSyllableCount("café"))
    }

    func testAddressMarksAreFoundWithoutFoundationOnPlainLines() {
        XCTAssertFalse(Misspelling.mayHoldAddress("Thank you. It was a pleasure. See you soon."))
        XCTAssertFalse(Misspelling.mayHoldAddress("The commit. Io. Organised. Network."), "a sentence's full stop is no mark")
        XCTAssertTrue(Misspelling.mayHoldAddress("Write to ana@acme.example"))
        XCTAssertTrue(Misspelling.mayHoldAddress("See github.com for it"))
        XCTAssertTrue(Misspelling.mayHoldAddress("See www.acme"))
        XCTAssertTrue(Misspelling.mayHoldAddress("and/or"))
        XCTAssertTrue(Misspelling.mayHoldAddress("acme.io"))
        XCTAssertTrue(Misspelling.mayHoldAddress("x.org and y.net"))
        XCTAssertFalse(Misspelling.mayHoldAddress("acme.COM"), "the marks are matched as written")
        for mark in Misspelling.addressMarks {
            XCTAssertTrue(mark.utf8.contains(where: Misspelling.isAddressKey), "\(mark) has a byte the first pass looks for")
            XCTAssertTrue(Misspelling.mayHoldAddress("see \(mark)x"), mark)
        }
    }

    /// The strings a pattern made of a finite set of them between optional `\\b`s matches, worked
    /// out by the pre-filter's parser; nil for any other pattern.
    static func strings(of pattern: Pattern) -> Set<String>? {
        var scalars = Array(pattern.regex.pattern.unicodeScalars)
        if scalars.starts(with: ["\\", "b"]) { scalars.removeFirst(2) }
        if scalars.count > 2, scalars.suffix(2) == ["\\", "b"], scalars[scalars.count - 3] != "\\" { scalars.removeLast(2) }
        var parser = RequiredLiterals.Parser(scalars: scalars)
        parser.limit = 4_096
        guard let info = try? parser.concatenation(), parser.index == scalars.count, let exact = info.exact, !exact.contains("") else { return nil }
        return exact
    }

    /// Up to `count` of `strings`, the same ones every run.
    static func sample(_ strings: Set<String>, count: Int) -> [String] {
        let sorted = strings.sorted()
        guard sorted.count > count else { return sorted }
        return (0..<count).map { sorted[$0 * sorted.count / count] }
    }
}
