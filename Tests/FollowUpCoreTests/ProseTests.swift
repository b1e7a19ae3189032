import XCTest

@testable import FollowUpCore

/// The normalisations that turn typed notes into sentence parts, one table per kind.
final class PhrasingTests: XCTestCase {
    func testNotesAreReadIntoTheirShapes() {
        let table: [(String, Note.Shape)] = [
            ("the EHR rollout", .nounPhrase),
            ("Code review culture", .nounPhrase),
            ("four years running Kafka pipelines in production", .nounPhrase),
            ("a scheduling tool used by 40 nurses", .nounPhrase),
            ("how they test them", .whClause),
            ("Why the team moved to Snowflake", .whClause),
            ("built a data quality alerting system used by 40 analysts", .pastAction),
            ("Led an on-call rotation of 12 people", .pastAction),
            ("cut CI spend by 30%", .pastAction),
            ("manage a team of eight", .presentAction),
            ("speaks Spanish and Portuguese", .presentAction),
            ("fluent in Spanish", .description),
            ("certified in ACLS", .description),
            ("headcount is frozen until March", .clause),
            ("Dana doubted I had managed a budget", .clause),
            ("we sketched a backfill strategy together on the whiteboard", .clause),
            ("the team ships to production every day", .clause),
            ("Great team. Loved the tour", .sentences),
            ("Dr. Osei runs the ward", .clause),
        ]
        for (typed, shape) in table {
            XCTAssertEqual(Note(typed)?.shape, shape, typed)
        }
    }

    func testCleaningKeepsNamesAndDropsWhatOnlyMadeSenseThatDay() {
        let table: [(String, String)] = [
            ("Five years of Go.", "five years of Go"),
            ("A link to my talk", "a link to my talk"),
            ("Postgres tuning", "Postgres tuning"),
            ("AWS certification", "AWS certification"),
            ("I built the pipeline", "I built the pipeline"),
            ("José's roadmap", "José's roadmap"),
            ("Q3 pipeline targets etc", "Q3 pipeline targets"),
            ("food cost, GP targets, rota etc.", "food cost, GP targets, rota"),
            ("the ward audit (the results came out yesterday)", "the ward audit"),
            ("we toured the site today", "we toured the site"),
            ("my lesson plan from today", "my lesson plan"),
            ("today's standup format", "the standup format"),
            ("  the   EHR rollout;  ", "the EHR rollout"),
        ]
        for (typed, cleaned) in table {
            XCTAssertEqual(Note(typed)?.text, cleaned, typed)
        }
        XCTAssertNil(Note(" etc. "))
    }

    func testThirdPersonBecomesSecondForTheReader() {
        let names = ["Dana Kim", "Dana"]
        let table: [(String, String)] = [
            ("their dbt models and how they test them", "your dbt models and how you test them"),
            ("how she splits inbound and outbound", "how you split inbound and outbound"),
            ("her team's backlog", "your team's backlog"),
            ("his move from sales to ops", "your move from sales to ops"),
            ("Dana's roadmap for Q3", "your roadmap for Q3"),
            ("Dana showed me the dashboard", "you showed me the dashboard"),
            ("Dana runs the lab", "you run the lab"),
            ("she is rebuilding the team", "you are rebuilding the team"),
            ("I asked her about hiring", "I asked you about hiring"),
            ("the migration to managed clusters", "the migration to managed clusters"),
        ]
        for (typed, addressed) in table {
            XCTAssertEqual(Perspective.addressing(typed, readerNames: names), addressed, typed)
        }
    }

    func testStrengthsBecomeParallelClauses() {
        let notes = ["four years running Kafka pipelines in production", "built a data quality alerting system used by 40 analysts"]
            .compactMap(Note.init)
        XCTAssertEqual(
            Realiser.strengths(notes).joined,
            "I spent four years running Kafka pipelines in production, and I built a data quality alerting system used by 40 analysts")
        XCTAssertEqual(Note("fluent in Spanish").map(Realiser.firstPerson), "I am fluent in Spanish")
        XCTAssertEqual(Note("manages a team of eight").map(Realiser.firstPerson), "I manage a team of eight")
        XCTAssertEqual(Note("experience with HIPAA audits").map(Realiser.firstPerson), "I have experience with HIPAA audits")
    }

    func testConcernsAreTurnedIntoWhatTheyAreAbout() {
        let names = ["Dana Kim", "Dana"]
        let table: [(String, String?)] = [
            ("my employment gap", "my employment gap"),
            ("I froze on the Terraform question", "the Terraform question"),
            ("They asked about Terraform and I froze", "Terraform"),
            ("I had no example of cost optimisation", "cost optimisation"),
            ("Dana doubted I had managed a budget", "whether I had managed a budget"),
            ("dana wasn't sure I'd used Salesforce", "whether I'd used Salesforce"),
            ("they asked how I handle conflict", "how I handle conflict"),
            ("I rambled on the question about a difficult conversation with a family", "a difficult conversation with a family"),
            ("limited hands on with battery/hybrid systems", "my hands-on experience with battery/hybrid systems"),
            ("hadnt used vulcan in a couple of years", "my recent experience with vulcan"),
            ("I think it went badly", nil),
        ]
        for (typed, subject) in table {
            XCTAssertEqual(Note(typed).flatMap { Realiser.concernSubject($0, names: names) }, subject, typed)
        }
    }

    func testListsStayParallelWhenAnItemHoldsAnd() {
        XCTAssertEqual(Realiser.list(["a", "b", "c"]), "a, b and c")
        XCTAssertEqual(
            Realiser.list(["your dbt models and how you test them", "code review culture"]),
            "your dbt models and how you test them as well as code review culture")
        XCTAssertEqual(
            Realiser.list(["FIFO rosters and camp life", "safety culture", "the new pit"]), "FIFO rosters and camp life, safety culture, and the new pit")
        XCTAssertEqual(Realiser.list(["attach X and delete the line", "paste the link"], actions: true), "attach X and delete the line, and paste the link")
        XCTAssertEqual(Realiser.clauses(["I built X", "I bring Y"]), "I built X, and I bring Y")
    }

    func testPromisesCarryTheThingOrAPlaceholder() {
        let link = PromisedItem("A link to my portfolio")
        XCTAssertEqual(link?.kind, .link)
        XCTAssertEqual(link?.sentence(.warm), "As promised, here is the link to my portfolio: [paste the link to your portfolio here].")
        let withURL = PromisedItem("portfolio: https://example.com/me.")
        XCTAssertEqual(withURL?.url, "https://example.com/me")
        XCTAssertEqual(withURL?.sentence(.formal), "As promised, here is the link to my portfolio: https://example.com/me.")
        let document = PromisedItem("writing sample")
        XCTAssertEqual(document?.sentence(.warm), "As promised, I've attached my writing sample. [attach your writing sample]")
        XCTAssertEqual(PromisedItem("Two references")?.kind, .people)
    }
}

final class GreetingTests: XCTestCase {
    func testATitleTakesDearInEveryTone() {
        for tone in Tone.allCases {
            var answers = Answers()
            answers.interview = Interview(company: "Société Générale", role: "Analyst", date: LocalDate(year: 2026, month: 11, day: 20))
            answers.interviewers = [
                Interviewer(name: "Émilie Dubois", addressAs: "Mme Dubois", topics: ["risk models"]), Interviewer(name: "Zoë Ng", topics: ["hiring"]),
            ]
            answers.candidate.name = "Maya"
            answers.tone = tone
            let drafts = DraftComposer().compose(answers).drafts(of: .thankYou)
            XCTAssertTrue(drafts[0].body.hasPrefix("Dear Mme Dubois,"), "\(tone): \(drafts[0].body.prefix(30))")
            XCTAssertFalse(drafts[1].body.hasPrefix("Dear Zoë") && tone != .formal, "\(tone)")
        }
    }
}
