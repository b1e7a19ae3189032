import FollowUpCore
import FollowUpFeedback
import XCTest

/// The offer to write a thank-you note in one's own words, event by event, with the whole
/// machine asserted after each step.
final class OwnNoteStateMachineTests: XCTestCase {
    let ana = EmailDraft(id: "thank-you-1", kind: .thankYou, recipientName: "Ana Pérez", subject: "Thank you", body: "Hi Ana,")
    let bob = EmailDraft(id: "thank-you-2", kind: .thankYou, recipientName: "Bob Li", subject: "Thank you", body: "Hi Bob,")
    let sam = EmailDraft(id: "recruiter-note", kind: .recruiterNote, recipientName: "Sam Lee", subject: "Thanks", body: "Hi Sam,")
    let names = ["thank-you-1": "01-thank-you-ana-perez.eml", "thank-you-2": "02-thank-you-bob-li.eml"]

    private func offer() -> OwnNoteStateMachine {
        OwnNoteStateMachine(drafts: [ana, sam, bob], fileNames: names)
    }

    func testItOffersTheThankYouNotesOnly() {
        let m = offer()
        XCTAssertEqual(m.state, .offering)
        XCTAssertEqual(m.thankYous, [ana, bob])
        XCTAssertEqual(m.prompt, "» ")
        XCTAssertEqual(
            m.opening,
            [
                .say(
                    "Would you rather write a thank-you note in your own words? Type its number to practise it here with feedback, or press Enter to finish."
                ),
                .choice("1  to Ana Pérez"),
                .choice("2  to Bob Li"),
            ])
    }

    func testWithoutAThankYouNoteThereIsNoOffer() {
        let m = OwnNoteStateMachine(drafts: [sam], fileNames: [:])
        XCTAssertEqual(m.state, .ended)
        XCTAssertNil(m.prompt)
        XCTAssertEqual(m.opening, [])
    }

    func testEnterAnythingElseOrCtrlDFinishes() {
        for input in [TypedLine.line(""), .line("3"), .line("0"), .line("ana"), .interrupted, .endOfInput] {
            var m = offer()
            let step = m.handle(.typed(input))
            XCTAssertEqual(step.messages, [], "\(input)")
            XCTAssertEqual(step.effect, .end, "\(input)")
            XCTAssertEqual(m.state, .ended, "\(input)")
        }
    }

    func testANoteIsPractisedThenSavedBesideTheGeneratedOne() {
        var m = offer()
        var step = m.handle(.typed(.line(" 2 ")))
        XCTAssertEqual(step.messages, [])
        XCTAssertEqual(step.effect, .preparePractice(bob))
        XCTAssertEqual(m.state, .practising(bob))
        XCTAssertNil(m.prompt)

        step = m.handle(.practiceReady)
        XCTAssertEqual(
            step.messages, [.aside("The generated note is in drafts/02-thank-you-bob-li.eml if you want a starting point; /edit opens your editor.")])
        XCTAssertEqual(step.effect, .practise(quitHint: "/done to keep your latest version"))
        XCTAssertEqual(m.state, .practising(bob))

        step = m.handle(.practised("Subject: Thanks from Maya\nDear Bob,\n\nThank you.\n"))
        var own = bob
        own.subject = "Thanks from Maya"
        own.body = "Dear Bob,\n\nThank you."
        XCTAssertEqual(step.messages, [])
        XCTAssertEqual(step.effect, .save(own, fileNameStem: "02-thank-you-bob-li-yours"))
        XCTAssertEqual(m.state, .saving(own))

        step = m.handle(.saved(fileName: "02-thank-you-bob-li-yours-2.eml"))
        XCTAssertEqual(step.messages, [.say("Saved your version as drafts/02-thank-you-bob-li-yours-2.eml; the generated one is still beside it.")])
        XCTAssertEqual(step.effect, .end)
        XCTAssertEqual(m.state, .ended)
    }

    func testWithoutASubjectLineTheGeneratedSubjectStays() {
        var m = offer()
        _ = m.handle(.typed(.line("1")))
        _ = m.handle(.practiceReady)
        var own = ana
        own.body = "Dear Ana, thank you."
        XCTAssertEqual(m.handle(.practised("Dear Ana, thank you.")).effect, .save(own, fileNameStem: "01-thank-you-ana-perez-yours"))
    }

    func testNoNoteWrittenPracticeUnavailableOrASaveThatFailedEndTheOffer() {
        var none = offer()
        _ = none.handle(.typed(.line("1")))
        _ = none.handle(.practiceReady)
        XCTAssertEqual(none.handle(.practised(nil)).effect, .end)
        XCTAssertEqual(none.state, .ended)

        var unavailable = offer()
        _ = unavailable.handle(.typed(.line("1")))
        let step = unavailable.handle(.practiceUnavailable(reason: "config.yaml:3: unknown rule"))
        XCTAssertEqual(step.messages, [.error("practice is not available: config.yaml:3: unknown rule")])
        XCTAssertEqual(step.effect, .end)
        XCTAssertEqual(unavailable.state, .ended)

        var failed = offer()
        _ = failed.handle(.typed(.line("1")))
        _ = failed.handle(.practiceReady)
        _ = failed.handle(.practised("Dear Ana"))
        let notSaved = failed.handle(.notSaved(reason: "drafts: Permission denied"))
        XCTAssertEqual(notSaved.messages, [.error("drafts: Permission denied")])
        XCTAssertEqual(notSaved.effect, .end)
        XCTAssertEqual(failed.state, .ended)
        let ended = failed
        XCTAssertEqual(failed.handle(.typed(.line("1"))).effect, .end)
        XCTAssertEqual(failed, ended)
    }
}
