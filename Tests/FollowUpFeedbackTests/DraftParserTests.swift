import FollowUpFeedback
import XCTest

final class DraftParserTests: XCTestCase {
    func testPlainTextSubjectLineAndBodyPositions() {
        let draft = DraftParser.parse("Subject:  Thank you\n\nHi Ana,\n", format: .plain)
        XCTAssertEqual(draft.subject?.text, "Thank you")
        XCTAssertEqual(draft.subject?.position(atCharacter: 0), SourcePosition(line: 1, column: 11))
        XCTAssertEqual(draft.lines.map(\.text), ["", "Hi Ana,"])
        XCTAssertEqual(draft.lines[1].position(atCharacter: 3), SourcePosition(line: 3, column: 4))
    }

    func testCRLFLineEndings() {
        let draft = DraftParser.parse("Hi Ana,\r\n\r\nThanks!!\r\n", format: .plain)
        XCTAssertEqual(draft.lines.map(\.text), ["Hi Ana,", "", "Thanks!!"])
    }

    func testQuotedPrintableBodyPointsIntoTheFile() {
        let eml = """
            From: Priya <priya@example.com>
            Subject: =?UTF-8?Q?Caf=C3=A9_chat_follow_up?=
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Hi Jos=C3=A9,

            Thank you for the caf=C3=A9 visit. I would like to say that this is a very l=
            ong line and I recieve it.
            """
        let draft = DraftParser.parse(eml, format: .email)
        XCTAssertEqual(draft.subject?.text, "Café chat follow up")
        XCTAssertEqual(
            draft.lines.map(\.text),
            [
                "Hi José,", "", "Thank you for the café visit. I would like to say that this is a very long line and I recieve it.",
            ])
        // "José": the é came from "=C3=A9" at line 6, column 7.
        XCTAssertEqual(draft.lines[0].position(atCharacter: 6), SourcePosition(line: 6, column: 7))
        // "recieve" is on the continuation line 9, after the soft break.
        let line = draft.lines[2].text
        let offset = line.distance(from: line.startIndex, to: line.range(of: "recieve")!.lowerBound)
        XCTAssertEqual(draft.lines[2].position(atCharacter: offset), SourcePosition(line: 9, column: 16))

        let findings = FeedbackEngine(rules: [Misspelling()]).check(
            draft, context: FeedbackContext(spellChecker: sharedSpeller))
        XCTAssertEqual(findings.map(\.start), [SourcePosition(line: 9, column: 16)])
        XCTAssertEqual(findings.map(\.end), [SourcePosition(line: 9, column: 23)])
    }

    func testBase64MultipartTakesThePlainTextPart() {
        let body = Data("Hi Ana,\n\nThanks for the time!\n".utf8).base64EncodedString()
        let eml = """
            Subject: Thank you: Backend Engineer interview
            Content-Type: multipart/alternative; boundary="XYZ"

            --XYZ
            Content-Type: text/html

            <p>ignored</p>
            --XYZ
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            \(body)
            --XYZ--
            """
        let draft = DraftParser.parse(eml, format: .email)
        XCTAssertEqual(draft.subject?.text, "Thank you: Backend Engineer interview")
        XCTAssertEqual(draft.lines.map(\.text), ["Hi Ana,", "", "Thanks for the time!"])
        XCTAssertEqual(draft.lines[0].position(atCharacter: 3), SourcePosition(line: 12, column: 1))
    }

    func testUnfoldedHeaderAndPlainEmailBody() {
        let eml = "Subject: Thank you for the\n Backend Engineer interview\nTo: ana@acme.example\n\nHi Ana,\n"
        let draft = DraftParser.parse(eml, format: .email)
        XCTAssertEqual(draft.subject?.text, "Thank you for the Backend Engineer interview")
        XCTAssertEqual(draft.lines.first?.position(atCharacter: 0), SourcePosition(line: 5, column: 1))
    }

    func testFormatFromFileName() {
        XCTAssertEqual(DraftFormat(fileName: "a/b/Draft.EML"), .email)
        XCTAssertEqual(DraftFormat(fileName: "draft.md"), .plain)
        XCTAssertEqual(DraftFormat(fileName: "-"), .plain)
    }

    func testTheTextOfAnyRangeIsTheBodysUTF16Slice() {
        // Sliced from the UTF-8 (ASCII or not); a range that splits a pair of UTF-16 units is
        // NSString's.
        for text in ["Hi Ana,\n\nThe plan was made.\n", "Hi Zoë,\n\né 𝔘 x\r\nÿ🙂a\u{301}!\n", "🙂🙂\n\n\u{212A}elvin ſ"] {
            let document = DraftDocument(draft: DraftParser.parse(text, format: .plain))
            let body = document.body as NSString
            for start in 0...body.length {
                for end in start...body.length {
                    let range = NSRange(location: start, length: end - start)
                    XCTAssertEqual(Array(document.text(range).utf8), Array(body.substring(with: range).utf8), "\(range) of \(text.debugDescription)")
                }
            }
        }
    }

    func testAMarkInsideBracketsIsTheBracketsNotTheSentences() {
        func sentences(_ prose: String) -> [String] {
            let document = DraftDocument(draft: DraftParser.parse("Hi Ana,\n\n\(prose)\n", format: .plain))
            return document.sentences.map { document.text($0.range) }
        }
        XCTAssertEqual(
            sentences("I loved the tour (the garden is lovely!) and the team."), ["I loved the tour (the garden is lovely!) and the team."])
        XCTAssertEqual(
            sentences("We spoke about the rota [is it fixed?] and the pay (and the (lovely!) canteen). Thank you."),
            ["We spoke about the rota [is it fixed?] and the pay (and the (lovely!) canteen).", "Thank you."])
        // Near misses: a mark after the bracket, a bracket of its own, a bracket never closed.
        XCTAssertEqual(sentences("I loved the tour (the garden)! And the team."), ["I loved the tour (the garden)!", "And the team."])
        XCTAssertEqual(
            sentences("I loved the tour. (The garden is lovely!) The team was kind."),
            ["I loved the tour.", "The garden is lovely!)", "The team was kind."])
        XCTAssertEqual(sentences("I loved the tour (the garden! The team was kind."), ["I loved the tour (the garden!", "The team was kind."])
    }

    func testAQuotationEndingInAMarkDoesNotEndTheSentenceThatGoesOn() {
        func sentences(_ prose: String) -> [String] {
            let document = DraftDocument(draft: DraftParser.parse("Hi Ana,\n\n\(prose)\n", format: .plain))
            return document.sentences.map { document.text($0.range) }
        }
        XCTAssertEqual(
            sentences("I thought “what a view!” and the team laughed. Your question ‘why this role?’ made me think."),
            ["I thought “what a view!” and the team laughed.", "Your question ‘why this role?’ made me think."])
        XCTAssertEqual(sentences("“Wow!!” she said, and \"really?\" he asked."), ["Wow!!” she said, and \"really?\" he asked."])
        // Near misses: the next word in capitals, a mark after the quotation, a mark not quoted.
        XCTAssertEqual(sentences("I said “thank you!” Then we left."), ["I said “thank you!”", "Then we left."])
        XCTAssertEqual(sentences("I said “thank you”! and left."), ["I said “thank you”!", "and left."])
        XCTAssertEqual(sentences("What a view! and “a garden”."), ["What a view!", "and “a garden”."])
    }

    func testSentencesParagraphsAndRoles() {
        let document = DraftDocument(
            draft: DraftParser.parse(
                "Dear Dr. Lima,\n\nThank you. I met Dr. Pérez, e.g. at lunch! Was it fun?\n- one item\n- two items\n\nBest regards,\nPriya\n",
                format: .plain))
        XCTAssertEqual(document.roles, [.greeting, .blank, .prose, .prose, .prose, .blank, .signOff, .signature])
        let sentences = document.sentences.map { document.text($0.range) }
        XCTAssertEqual(sentences, ["Thank you.", "I met Dr. Pérez, e.g. at lunch!", "Was it fun?", "one item", "two items"])
        XCTAssertEqual(document.paragraphs.count, 1)
        XCTAssertEqual(document.kind, .thankYou)
    }
}
