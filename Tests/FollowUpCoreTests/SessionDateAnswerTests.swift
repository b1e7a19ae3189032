import FollowUpCore
import XCTest

/// The session's date answers: counted from the interview, echoed, asked about when unclear.
final class SessionDateAnswerTests: XCTestCase {
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    func apply(_ text: String, _ question: Question, _ answers: Answers, today: LocalDate, country: String? = nil) -> AnswerRules.Outcome {
        AnswerRules.apply(text, to: question, in: answers, concernsClosed: false, environment: DialogueEnvironment(today: today, country: country))
    }

    /// A highlight or strength typed with a comma inside is one note ("…, v impressive" is no
    /// second moment for another interviewer); a semicolon separates notes, as the hint says.
    func testACommaInsideAHighlightOrStrengthKeepsItOneNote() {
        let today = day(2026, 12, 2)
        guard case .accepted(let a, _, _) = apply("zoe showed me the dental suite, v impressive", .highlights, Answers(), today: today) else {
            return XCTFail("refused")
        }
        XCTAssertEqual(a.highlights, ["zoe showed me the dental suite, v impressive"])
        guard case .accepted(let b, _, _) = apply("BSc Paramedic Science, first class; 750+ hrs on placement", .strengths, Answers(), today: today) else {
            return XCTFail("refused")
        }
        XCTAssertEqual(b.strengths, ["BSc Paramedic Science, first class", "750+ hrs on placement"])
    }

    /// Topics typed one question early, at the greeting, are refused with what to do.
    func testAListTypedAsTheGreetingIsRefused() {
        var answers = Answers()
        answers.interviewers = [Interviewer(name: "Dr. Zoë Ní Bhriain")]
        guard case .rejected(let message) = apply("her team's dental clinics, the new ultrasound", .interviewerAddress(0), answers, today: day(2026, 12, 2))
        else {
            return XCTFail("a list was taken as the greeting")
        }
        XCTAssertTrue(message.contains("reads like more than a name"), message)
        guard case .accepted(let a, _, _) = apply("Dr. Ní Bhriain", .interviewerAddress(0), answers, today: day(2026, 12, 2)) else { return XCTFail() }
        XCTAssertEqual(a.interviewers[0].addressAs, "Dr. Ní Bhriain")
    }

    func testADecisionCountsFromTheInterviewNotFromTheDayItIsTyped() {
        // Interview on Monday 16 November; the session is filled in on Tuesday morning.
        var answers = Answers()
        answers.interview.date = day(2026, 11, 16)
        guard case .accepted(let after, let notes, _) = apply("by the end of next week", .decisionDate, answers, today: day(2026, 11, 17)) else {
            return XCTFail("refused")
        }
        XCTAssertEqual(after.decisionDate, day(2026, 11, 27))
        XCTAssertEqual(
            notes,
            [
                "Noted: Fri 27 Nov 2026 (the end of next week, Friday, counted from the interview on Mon 16 Nov 2026). If they meant another day, type it instead with /edit decision."
            ])
        guard case .rejected(let question) = apply("next Friday", .decisionDate, answers, today: day(2026, 11, 17)) else {
            return XCTFail("'next Friday' said on a Monday must be asked about")
        }
        XCTAssertTrue(question.contains("Fri 20 Nov 2026 (this Friday) or Fri 27 Nov 2026 (Friday of next week)"), question)
        guard case .rejected(let vague) = apply("after the holidays", .decisionDate, answers, today: day(2026, 11, 17)) else { return XCTFail() }
        XCTAssertTrue(vague.contains("Which day did they mean?"), vague)
    }

    func testAFridayInterviewTypedOnMondayIsOnTime() {
        guard case .accepted(_, let notes, _) = apply("Friday", .interviewDate, Answers(), today: day(2026, 11, 23)) else { return XCTFail() }
        XCTAssertEqual(notes, ["Noted: Fri 20 Nov 2026, 3 days ago. With the days off in between, a thank-you on Mon 23 Nov 2026 is on time."])
        // On Tuesday the next working morning has passed.
        guard case .accepted(_, let late, _) = apply("Friday", .interviewDate, Answers(), today: day(2026, 11, 24)) else { return XCTFail() }
        XCTAssertTrue(late[0].contains("The thank-you is overdue"), late[0])
        // Before Good Friday and Easter Monday in the UK, Tuesday is on time.
        guard case .accepted(_, let easter, _) = apply("2027-03-25", .interviewDate, Answers(), today: day(2027, 3, 30), country: "GB") else {
            return XCTFail()
        }
        XCTAssertTrue(easter[0].contains("a thank-you on Tue 30 Mar 2027 is on time"), easter[0])
    }

    func testFormsPeopleTypeInTheSession() {
        var answers = Answers()
        answers.interviewers = [Interviewer(name: "Bill Lumbergh")]
        guard case .accepted(let a, _, _) = apply("Bill Lumbergh <bill@globex.example>", .interviewerEmail(0), answers, today: day(2026, 11, 17)) else {
            return XCTFail()
        }
        XCTAssertEqual(a.interviewers[0].email, "bill@globex.example")
        guard case .accepted(let b, _, _) = apply("Microsoft Teams", .format, answers, today: day(2026, 11, 17)) else { return XCTFail() }
        XCTAssertEqual(b.interview.format, .video)
    }
}
