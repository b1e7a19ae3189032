import XCTest

@testable import FollowUpCore

final class DraftTemplateTests: XCTestCase {
    func answersAtATT(tone: Tone = .warm) -> Answers {
        var a = PlanFixtures.full(tone: tone)
        a.interview.company = "AT&T <Labs>"
        a.interviewers[0].topics = ["R&D budgets & \"quotes\""]
        return a
    }

    func testDefaultTemplatesAllParse() {
        XCTAssertEqual(Set(DraftTemplates.defaults.keys), Set(DraftTemplates.names))
        for name in DraftTemplates.names {
            guard let source = DraftTemplates.defaults[name] else { return XCTFail(name) }
            if case .failure(let problem) = DraftComposer.compile(source, name: name) { XCTFail("\(problem)") }
        }
        XCTAssertTrue(DraftComposer().problems.isEmpty)
    }

    func testDeeplyNestedSectionsAreRefusedNotCrashed() {
        // 3,000 nested sections overflowed the parser's stack (SIGSEGV) before the depth bound.
        let deep = "Subject: Hi\n\n" + String(repeating: "{{#company}}", count: 3_000) + "x" + String(repeating: "{{/company}}", count: 3_000)
        let composer = DraftComposer(overrides: ["check-in": deep])
        XCTAssertEqual(composer.problems.count, 1)
        let problem = composer.problems.first
        XCTAssertEqual(problem?.line, 3)
        XCTAssertEqual(problem?.column, DraftComposer.maxSectionDepth * "{{#company}}".count + 1)
        XCTAssertTrue(problem?.message.contains("nested more than \(DraftComposer.maxSectionDepth) deep") == true, "\(String(describing: problem))")
        // The default is used instead.
        XCTAssertNotNil(composer.compose(PlanFixtures.full()).draft(id: "check-in"))

        // Changed delimiters are followed; inverted sections count too.
        let hidden = "{{=<% %>=}}" + String(repeating: "<%^company%>", count: 3_000) + String(repeating: "<%/company%>", count: 3_000)
        XCTAssertEqual(DraftComposer(overrides: ["check-in": hidden]).problems.count, 1)

        // As deep as allowed, and many sections one after another, are fine.
        let limit =
            String(repeating: "{{#company}}", count: DraftComposer.maxSectionDepth) + "x"
            + String(repeating: "{{/company}}", count: DraftComposer.maxSectionDepth)
        let long = String(repeating: "{{#company}}x{{/company}}", count: 3_000)
        XCTAssertEqual(DraftComposer(overrides: ["check-in": limit, "networking": long]).problems, [])
    }

    func testNothingIsHTMLEscaped() {
        for tone in Tone.allCases {
            let set = DraftComposer().compose(answersAtATT(tone: tone))
            for draft in set.drafts {
                for escaped in ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"] {
                    XCTAssertFalse(draft.body.contains(escaped), "\(tone) \(draft.id): \(escaped)\n\(draft.body)")
                    XCTAssertFalse(draft.subject.contains(escaped))
                }
            }
            XCTAssertTrue(set.draft(id: "rejection-reply")?.body.contains("AT&T <Labs>") ?? false, "\(tone)")
            XCTAssertTrue(set.draft(id: "thank-you-1")?.body.contains("R&D budgets and \"quotes\"") ?? false, "\(tone)")
        }
    }

    func testValidOverrideIsUsedAndAlsoRendersPlainText() {
        let composer = DraftComposer(overrides: [
            "check-in":
                "Subject: Custom note about {{role}}\n\n{{greeting}}\n\nA custom check-in for {{company}}{{#decision_date}} after {{decision_date}}{{/decision_date}}.\n\n{{sign_off}}\n{{candidate_name}}\n"
        ])
        XCTAssertTrue(composer.problems.isEmpty)
        let set = composer.compose(answersAtATT())
        XCTAssertTrue(set.problems.isEmpty)
        let draft = set.draft(id: "check-in")
        XCTAssertEqual(draft?.subject, "Custom note about Platform Engineer")
        XCTAssertEqual(
            draft?.body, "Hi Sam,\n\nA custom check-in for AT&T <Labs> after Friday 13 March.\n\nBest wishes,\nJordan Lee")
        // Other drafts keep their defaults.
        XCTAssertEqual(set.draft(id: "thank-you-1"), DraftComposer().compose(answersAtATT()).draft(id: "thank-you-1"))
    }

    func testOverrideWithoutSubjectLineKeepsTheDefaultSubject() {
        let set = DraftComposer(overrides: ["final-check-in": "{{greeting}}\n\nOne more note.\n\n{{sign_off}}\n{{candidate_name}}"])
            .compose(PlanFixtures.full())
        XCTAssertEqual(set.draft(id: "final-check-in")?.subject, "One last note about the Platform Engineer role")
        XCTAssertTrue(set.draft(id: "final-check-in")?.body.hasPrefix("Hi Sam,\n\nOne more note.") ?? false)
    }

    func testBrokenOverrideIsReportedWithLineAndColumnAndTheDefaultIsUsed() {
        let broken = "Subject: {{subject}}\n\n{{greeting}}\n\n{{#paragraphs}}\n{{.}}\n{{/paragraph}}\n{{sign_off}}\n"
        let composer = DraftComposer(overrides: ["thank-you": broken])
        let set = composer.compose(PlanFixtures.full())
        XCTAssertEqual(set.problems.count, 1)
        let problem = set.problems.first
        XCTAssertEqual(problem?.templateName, "thank-you")
        XCTAssertEqual(problem?.line, 7)
        XCTAssertEqual(problem?.column, 4)
        XCTAssertTrue(problem?.message.contains("closed with a different name") ?? false)
        XCTAssertTrue(problem?.description.hasPrefix("thank-you.mustache:7:4:") ?? false, problem?.description ?? "")
        XCTAssertEqual(set.drafts, DraftComposer().compose(PlanFixtures.full()).drafts)
    }

    func testUnclosedTagIsReportedOnItsLine() {
        let problems = DraftComposer(overrides: ["networking": "{{greeting}}\n\nHello {{name\n"]).problems
        XCTAssertEqual(problems.count, 1)
        // The library reports where parsing stopped: the end of the text, after line 3's newline.
        XCTAssertEqual(problems.first?.line, 4)
        XCTAssertEqual(problems.first?.templateName, "networking")
    }

    func testUnknownTemplateNameIsReported() {
        let composer = DraftComposer(overrides: ["thankyou": "{{greeting}}"])
        XCTAssertEqual(composer.problems.map(\.templateName), ["thankyou"])
        XCTAssertEqual(composer.problems.first?.line, 0)
        XCTAssertTrue(composer.problems.first?.message.contains("thank-you") ?? false)
        XCTAssertFalse(composer.problems.first?.description.contains(":0:") ?? true)
    }

    func testThankYouTemplateSeesTheDocumentedParts() {
        let source = """
            Subject: {{subject}} ({{index}}/{{count}})

            {{greeting}}

            {{opening}}
            {{#topics}}[{{.}}]{{/topics}} {{topic_list}}
            {{#concerns}}<{{.}}>{{/concerns}}
            {{next_steps_question}} {{offer}}

            {{sign_off}}
            {{signature}}
            """
        let set = DraftComposer(overrides: ["thank-you": source]).compose(PlanFixtures.full())
        let bob = set.draft(id: "thank-you-2")
        XCTAssertEqual(bob?.subject, "Thanks for meeting with me about the Platform Engineer role (2/2)")
        XCTAssertTrue(bob?.body.contains("[system design reviews] system design reviews") ?? false, bob?.body ?? "")
        XCTAssertTrue(bob?.body.contains("<") ?? false)
        XCTAssertTrue(bob?.body.hasSuffix("Jordan Lee\njordan@example.com\n+1 555 0100") ?? false, bob?.body ?? "")
    }
}
