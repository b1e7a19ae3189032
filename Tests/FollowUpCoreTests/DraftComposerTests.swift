import XCTest

@testable import FollowUpCore

/// Splits draft bodies the way a reader (or the practice linter) would.
enum DraftText {
    /// The body without its first paragraph (the greeting) and last paragraph (sign-off and signature).
    static func middle(_ body: String) -> String {
        let paragraphs = body.components(separatedBy: "\n\n")
        guard paragraphs.count > 2 else { return "" }
        return paragraphs.dropFirst().dropLast().joined(separator: "\n\n")
    }

    /// Sentences ending in `.`, `?` or `!`, or at a line break; trimmed, empty ones dropped.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text {
            if c == "\n" {
                out.append(current)
                current = ""
                continue
            }
            current.append(c)
            if ".?!".contains(c) {
                out.append(current)
                current = ""
            }
        }
        out.append(current)
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}

final class DraftComposerTests: XCTestCase {
    let composer = DraftComposer()

    func interviewers(_ count: Int, sameTopics: Bool) -> [Interviewer] {
        let names = ["Ana Pérez", "Bob Li", "Chen Wu", "Dana Kim", "Eli Stone", "Fay Moss"]
        let topics = [["the billing migration"], ["on-call load"], ["hiring plans"], ["API design"], ["team rituals"], ["the roadmap"]]
        return (0..<count).map { i in
            Interviewer(name: names[i], topics: sameTopics ? ["scaling the payments API", "on-call load"] : topics[i])
        }
    }

    func answers(interviewers: [Interviewer], tone: Tone, decision: Bool = true) -> Answers {
        var a = PlanFixtures.full(tone: tone)
        a.interviewers = interviewers
        a.concerns = [
            Concern(topic: "my employment gap", response: "I spent 2023 caring for a parent and kept my skills current with open-source work"),
            Concern(topic: "leading larger teams"),
        ]
        if !decision { a.decisionDate = nil }
        return a
    }

    // MARK: - Distinct thank-yous

    func testThankYouDraftsShareNoSentenceForTwoToSixInterviewersInEveryTone() {
        for tone in Tone.allCases {
            for count in 2...6 {
                for sameTopics in [true, false] {
                    for decision in [true, false] {
                        let a = answers(interviewers: interviewers(count, sameTopics: sameTopics), tone: tone, decision: decision)
                        let drafts = composer.compose(a).drafts(of: .thankYou)
                        XCTAssertEqual(drafts.count, count)
                        assertNoSharedSentences(drafts, answers: a, label: "\(tone) ×\(count) same=\(sameTopics) date=\(decision)")
                    }
                }
            }
        }
    }

    func testIdenticalInterviewersStillGetDistinctDrafts() {
        for tone in Tone.allCases {
            let twin = Interviewer(name: "Alex Morgan", topics: ["data quality"])
            var a = answers(interviewers: Array(repeating: twin, count: 4), tone: tone)
            a.strengths = ["SQL"]
            a.concerns = []
            a.promised = []
            let drafts = composer.compose(a).drafts(of: .thankYou)
            assertNoSharedSentences(drafts, answers: a, label: "\(tone) twins")
        }
    }

    /// Names are replaced before comparing, so two sentences that differ only by a name count as shared.
    func assertNoSharedSentences(_ drafts: [EmailDraft], answers: Answers, label: String, file: StaticString = #filePath, line: UInt = #line) {
        func normalised(_ body: String) -> Set<String> {
            var text = DraftText.middle(body)
            for person in answers.interviewers {
                text = text.replacingOccurrences(of: person.name, with: "NAME").replacingOccurrences(of: person.greetingName(tone: answers.tone), with: "NAME")
            }
            return Set(DraftText.sentences(text).map { $0.lowercased() })
        }
        let sets = drafts.map { normalised($0.body) }
        for i in sets.indices {
            XCTAssertGreaterThanOrEqual(sets[i].count, 4, "\(label): too few sentences in draft \(i + 1)", file: file, line: line)
            for j in sets.indices where j > i {
                let shared = sets[i].intersection(sets[j])
                XCTAssertTrue(shared.isEmpty, "\(label): drafts \(i + 1) and \(j + 1) share \(shared)", file: file, line: line)
            }
        }
    }

    // MARK: - Content of a thank-you

    func testThankYouContainsEveryRequiredPart() {
        for tone in Tone.allCases {
            let a = PlanFixtures.full(tone: tone)
            let set = composer.compose(a)
            let ana = set.draft(id: "thank-you-1")
            let bob = set.draft(id: "thank-you-2")
            XCTAssertEqual(ana?.recipientName, "Ana Pérez")
            XCTAssertEqual(ana?.recipientEmail, "ana@example.com")
            for draft in [ana, bob].compactMap({ $0 }) {
                XCTAssertTrue(draft.subject.contains("Platform Engineer"), draft.subject)
                XCTAssertTrue(draft.body.lowercased().contains("thank"), "\(tone): no thanks")
                // The decision date they gave is looked forward to, not asked about again.
                XCTAssertFalse(draft.body.contains("?"), "\(tone): asks what the notes already say\n\(draft.body)")
                XCTAssertTrue(["look forward", "looking forward", "look out"].contains { draft.body.contains($0) }, "\(tone): no look forward\n\(draft.body)")
                XCTAssertTrue(draft.body.contains("Friday 13 March"), "\(tone): no decision date\n\(draft.body)")
                XCTAssertTrue(draft.body.hasSuffix("Jordan Lee") || draft.body.contains("Jordan Lee\n"), "\(tone): no signature")
            }
            XCTAssertTrue(ana?.body.hasPrefix(tone == .formal ? "Dear Ana," : "Hi Ana,") ?? false)
            // Each names what that person discussed.
            XCTAssertTrue(ana?.body.contains("the billing migration and the on-call load") ?? false, "\(tone)")
            XCTAssertTrue(bob?.body.contains("system design reviews") ?? false, "\(tone)")
            XCTAssertFalse(bob?.body.contains("billing migration") ?? true)
            // The concern matched Bob's topics; the response is Bob's alone.
            XCTAssertTrue(bob?.body.contains("I led the design of our event pipeline in 2024.") ?? false, "\(tone)\n\(bob?.body ?? "")")
            XCTAssertFalse(ana?.body.contains("event pipeline") ?? true)
            // Promised material goes with the first thank-you.
            XCTAssertTrue(ana?.body.contains("my portfolio") ?? false)
            XCTAssertFalse(bob?.body.contains("portfolio") ?? true)
            // Strengths are restated.
            XCTAssertTrue(ana?.body.contains("Kubernetes migrations") ?? false, "\(tone)")
        }
    }

    func testFormalGreetingUsesAddressAs() {
        var a = PlanFixtures.full(tone: .formal)
        a.interviewers = [PlanFixtures.chen]
        XCTAssertTrue(composer.compose(a).draft(id: "thank-you-1")?.body.hasPrefix("Dear Dr. Wu,") ?? false)
    }

    func testTonesProduceDifferentText() {
        let bodies = Tone.allCases.map { composer.compose(PlanFixtures.full(tone: $0)).draft(id: "thank-you-1")?.body ?? "" }
        XCTAssertEqual(Set(bodies).count, 3)
        let brief = bodies[Tone.allCases.firstIndex(of: .brief) ?? 0]
        let formal = bodies[Tone.allCases.firstIndex(of: .formal) ?? 0]
        XCTAssertLessThan(DraftText.words(brief), DraftText.words(formal))
    }

    func testThankYouBodiesStayWithinTheWordLimit() {
        for tone in Tone.allCases {
            for count in 1...6 {
                let a = answers(interviewers: interviewers(count, sameTopics: true), tone: tone)
                for draft in composer.compose(a).drafts(of: .thankYou) {
                    XCTAssertLessThanOrEqual(draft.bodyWordCount, DraftComposer.thankYouWordLimit, "\(tone) \(draft.id)\n\(draft.body)")
                }
            }
        }
    }

    func testLongAnswersAreCompactedUnderTheLimit() {
        var a = PlanFixtures.full(tone: .formal)
        a.strengths = ["designing event-driven systems that process millions of messages a day", "coaching engineers through their first on-call rotations"]
        a.interviewers[0].topics = [
            "how the platform team is moving the billing system off the legacy monolith", "the way on-call load is shared between the three regional teams",
        ]
        a.concerns = [
            Concern(
                topic: "the billing migration timeline",
                response:
                    "In my last role I planned and ran a similar migration over six months, splitting it into weekly releases so that nothing had to be rolled back"
            )
        ]
        let draft = composer.compose(a).draft(id: "thank-you-1")
        XCTAssertLessThanOrEqual(draft?.bodyWordCount ?? 999, DraftComposer.thankYouWordLimit, draft?.body ?? "")
    }

    func testSentencesAreShortAndFreeOfPhrasesTheLinterRejects() {
        let banned = ["just checking", "touching base", "circling back", "sorry to bother", "really need", "i expect", "why haven't", "asap"]
        for tone in Tone.allCases {
            for decision in [true, false] {
                let a = answers(interviewers: interviewers(6, sameTopics: false), tone: tone, decision: decision)
                for draft in composer.compose(a).drafts {
                    let text = draft.subject + "\n" + draft.body
                    XCTAssertFalse(text.contains("!"), "\(draft.id): exclamation mark")
                    for phrase in banned {
                        XCTAssertFalse(text.lowercased().contains(phrase), "\(draft.id) \(tone): '\(phrase)'")
                    }
                    for sentence in DraftText.sentences(draft.body) {
                        XCTAssertLessThan(DraftText.words(sentence), 30, "\(draft.id) \(tone): \(sentence)")
                        let letters = sentence.filter(\.isLetter)
                        XCTAssertFalse(letters.count > 3 && letters == letters.uppercased(), "all caps: \(sentence)")
                    }
                    XCTAssertTrue(draft.body.contains("\n\n"), "\(draft.id): no paragraphs")
                    XCTAssertFalse(draft.body.contains("\n\n\n"))
                    XCTAssertFalse(draft.body.contains("{{"))
                }
            }
        }
    }

    func testAThankYouAsksOnlyWhatTheNotesLeaveOpen() {
        for tone in Tone.allCases {
            var a = PlanFixtures.full(tone: tone)
            a.decisionDate = nil
            // Nothing known: a real question about the next steps.
            a.nextSteps = nil
            for draft in composer.compose(a).drafts where draft.kind == .thankYou {
                XCTAssertTrue(draft.body.contains("?"), "\(tone) \(draft.id): nothing asked\n\(draft.body)")
            }
            a.nextSteps = "not sure, they didn't say"
            for draft in composer.compose(a).drafts where draft.kind == .thankYou {
                XCTAssertTrue(draft.body.contains("?"), "\(tone) \(draft.id): 'not sure' is no answer\n\(draft.body)")
            }
            // The next step described: looked forward to, not asked about.
            a.nextSteps = "a second round with the CTO"
            for draft in composer.compose(a).drafts where draft.kind == .thankYou {
                XCTAssertFalse(draft.body.contains("?"), "\(tone) \(draft.id): asks what was said\n\(draft.body)")
            }
            // A day read from loose words plans the check-in, but no draft tells them their own
            // timeline back as a date they never gave ("prob mid dec" is not "Sunday 20 December").
            a.nextSteps = "dave said theyd prob decide monday or tuesday"
            for draft in composer.compose(a).drafts where draft.kind == .thankYou || draft.kind == .checkIn {
                if draft.kind == .thankYou { XCTAssertFalse(draft.body.contains("?"), "\(tone) \(draft.id)\n\(draft.body)") }
                XCTAssertFalse(draft.body.contains("Monday"), "\(tone) \(draft.id): a day they never gave\n\(draft.body)")
            }
            // A next step with a day ("second interview, first week of april"): the check-in waits
            // for it, and no draft calls it a decision.
            a.nextSteps = "probably first week of april, a second interview with the board"
            let stepped = ExpectedDecision(a, interviewDay: a.interview.date)
            XCTAssertEqual(stepped.date, LocalDate(year: 2026, month: 4, day: 7), "\(tone)")
            XCTAssertTrue(stepped.isNextStep && stepped.isApproximate)
            for draft in composer.compose(a).drafts where draft.kind == .thankYou || draft.kind == .checkIn {
                XCTAssertFalse(draft.body.contains("April"), "\(tone) \(draft.id): the step's day is no decision\n\(draft.body)")
            }
            // Said plainly, the day is named (counted from the interview, Tue 3 March).
            a.nextSteps = "dave said theyd decide by friday"
            for draft in composer.compose(a).drafts where draft.kind == .thankYou {
                XCTAssertTrue(draft.body.contains("Friday 6 March"), "\(tone) \(draft.id)\n\(draft.body)")
            }
            // A decision date given on a weekend is an approximation: not written as a day either.
            a.nextSteps = nil
            a.decisionDate = LocalDate(year: 2026, month: 3, day: 15)  // a Sunday
            for draft in composer.compose(a).drafts {
                XCTAssertFalse(draft.body.contains("15 March") || draft.body.contains("March 15"), "\(tone) \(draft.id)\n\(draft.body)")
            }
            // A decision due before the thank-yous go out is not looked forward to.
            a.nextSteps = nil
            a.decisionDate = a.interview.date
            for draft in composer.compose(a).drafts where draft.kind == .thankYou {
                XCTAssertFalse(draft.body.contains(a.dateStyle.long(a.interview.date!)), "\(tone) \(draft.id)\n\(draft.body)")
            }
            // Nor one that has passed by the day a late thank-you is made.
            let decision = a.interview.date!.adding(days: 3)
            a.decisionDate = decision
            for draft in composer.compose(a, today: decision.adding(days: 1)).drafts where draft.kind == .thankYou {
                XCTAssertFalse(draft.body.contains(a.dateStyle.long(decision)), "\(tone) \(draft.id)\n\(draft.body)")
            }
            XCTAssertTrue(composer.compose(a, today: a.interview.date).drafts.contains { $0.body.contains(a.dateStyle.long(decision)) })
        }
    }

    func testACheckInToARecruiterClaimsNoConversationTheyWereNotIn() {
        for tone in Tone.allCases {
            var a = PlanFixtures.full(tone: tone)  // Sam Ray, the recruiter, interviewed no one
            for draft in composer.compose(a).drafts where draft.kind == .checkIn || draft.kind == .finalCheckIn {
                XCTAssertFalse(draft.body.contains("our conversation") || draft.body.contains("our talk") || draft.body.contains("our discussion"), draft.body)
                XCTAssertTrue(draft.body.contains("hearing about") || draft.body.contains("learning about"), draft.body)
            }
            // A recruiter who was also on the panel is reminded of their own conversation.
            a.recruiter = Contact(name: a.interviewers[1].name, email: a.interviewers[1].email)
            let own = a.interviewers[1].topics[0]
            let checkIn = composer.compose(a).drafts.first { $0.kind == .checkIn }?.body ?? ""
            XCTAssertTrue(checkIn.contains("about \(own)") || checkIn.contains("of \(own)"), "\(own)\n\(checkIn)")
        }
    }

    func testEveryDraftExceptNetworkingAndTheThankYousAsksAQuestionAndOffersMore() {
        let offerWords = [
            "further information", "anything else", "more detail", "references", "happy to", "glad to", "available", "can send", "can provide", "can share",
            "on request",
        ]
        for tone in Tone.allCases {
            for draft in composer.compose(PlanFixtures.full(tone: tone)).drafts where draft.kind != .networking {
                // A thank-you asks only what the notes leave open (see testAThankYouAsksOnlyWhatTheNotesLeaveOpen).
                if draft.kind != .thankYou { XCTAssertTrue(draft.body.contains("?"), "\(tone) \(draft.id)") }
                XCTAssertTrue(offerWords.contains { draft.body.lowercased().contains($0) }, "\(tone) \(draft.id): no offer\n\(draft.body)")
                XCTAssertTrue(draft.subject.contains("Platform Engineer"), draft.subject)
            }
        }
    }

    // MARK: - The other drafts

    func testDraftSetForFullAnswers() {
        let set = composer.compose(PlanFixtures.full())
        XCTAssertEqual(
            set.drafts.map(\.id),
            ["thank-you-1", "thank-you-2", "recruiter-note", "networking-1", "networking-2", "check-in", "final-check-in", "rejection-reply"])
        XCTAssertTrue(set.problems.isEmpty)
        XCTAssertEqual(set.draft(id: "recruiter-note")?.recipientEmail, "sam@example.com")
        XCTAssertTrue(set.draft(id: "recruiter-note")?.body.hasPrefix("Hi Sam,") ?? false)
        XCTAssertTrue(set.draft(id: "recruiter-note")?.body.contains("Ana Pérez and Bob Li") ?? false)
        XCTAssertEqual(set.draft(id: "check-in")?.recipientName, "Sam Ray")
        XCTAssertTrue(set.draft(id: "check-in")?.body.contains("Tuesday 3 March") ?? false)
        XCTAssertTrue(set.draft(id: "check-in")?.body.contains("Friday 13 March") ?? false)
    }

    func testNoRecruiterMeansNoNoteAndCheckInsGoToTheFirstInterviewer() {
        var a = PlanFixtures.full()
        a.recruiter = nil
        let set = composer.compose(a)
        XCTAssertNil(set.draft(id: "recruiter-note"))
        XCTAssertEqual(set.draft(id: "check-in")?.recipientName, "Ana Pérez")
        XCTAssertTrue(set.draft(id: "final-check-in")?.body.hasPrefix("Hi Ana,") ?? false)
    }

    func testCheckInWithoutDecisionDateDoesNotMentionOne() {
        var a = PlanFixtures.full(tone: .formal)
        a.decisionDate = nil
        let body = composer.compose(a).draft(id: "check-in")?.body ?? ""
        XCTAssertFalse(body.contains("decision was planned"), body)
        XCTAssertTrue(body.contains("next steps"))
    }

    func testRejectionReplyAsksForFeedbackGraciously() {
        for tone in Tone.allCases {
            let body = composer.compose(PlanFixtures.full(tone: tone)).draft(id: "rejection-reply")?.body ?? ""
            XCTAssertTrue(body.lowercased().contains("thank you for letting me know"), body)
            XCTAssertTrue(body.contains("feedback"), body)
            XCTAssertTrue(body.contains("?"))
        }
    }

    func testNetworkingNotesFitAConnectionRequest() {
        for tone in Tone.allCases {
            var a = answers(interviewers: interviewers(6, sameTopics: false), tone: tone)
            a.interviewers[1].topics = [String(repeating: "a very long topic that keeps going ", count: 12)]
            a.interviewers[2].topics = []
            let notes = composer.compose(a).drafts(of: .networking)
            XCTAssertEqual(notes.count, 6)
            for note in notes {
                XCTAssertLessThanOrEqual(note.body.count, DraftComposer.networkingCharacterLimit, "\(tone) \(note.id): \(note.body.count)")
                XCTAssertTrue(note.body.contains("Jordan Lee"))
            }
            XCTAssertTrue(notes[0].body.contains("the billing migration"), notes[0].body)
            XCTAssertFalse(notes[1].body.contains("very long topic"))
            if tone == .formal { XCTAssertFalse(notes.contains { $0.body.contains("I'd") }) }
        }
    }

    func testNoInterviewersStillGivesAThankYouToTheTeam() {
        var a = PlanFixtures.full()
        a.interviewers = []
        let set = composer.compose(a)
        XCTAssertEqual(set.draft(id: "thank-you-1")?.body.hasPrefix("Hi hiring team,"), true)
        XCTAssertTrue(set.drafts(of: .networking).isEmpty)
    }

    func testEmailDraftRoundTripsWithSnakeCaseKeys() throws {
        let draft = composer.compose(PlanFixtures.full()).drafts[0]
        let data = try JSONEncoder().encode(draft)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"recipient_name\""))
        XCTAssertEqual(try JSONDecoder().decode(EmailDraft.self, from: data), draft)
    }
}

final class DraftDistinctnessLimitTests: XCTestCase {
    /// The sentence comparison can fail: with seven identical interviewers the variants wrap,
    /// so the first and the seventh drafts share sentences. (Documented limit: six.)
    func testSeventhIdenticalInterviewerRepeatsTheFirstsPhrasing() {
        var a = PlanFixtures.full(tone: .warm)
        a.interviewers = (0..<7).map { _ in Interviewer(name: "Alex Morgan", topics: ["data quality"]) }
        a.strengths = ["SQL"]
        a.concerns = []
        a.promised = []
        let drafts = DraftComposer().compose(a).drafts(of: .thankYou)
        let first = Set(DraftText.sentences(DraftText.middle(drafts[0].body)))
        let seventh = Set(DraftText.sentences(DraftText.middle(drafts[6].body)))
        let second = Set(DraftText.sentences(DraftText.middle(drafts[1].body)))
        XCTAssertFalse(first.intersection(seventh).isEmpty)
        XCTAssertTrue(first.intersection(second).isEmpty)
    }
}
