import FollowUpCore
import XCTest

final class DateTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 11, day: 22)!  // a Sunday

    func testCivilArithmeticRoundTrips() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(LocalDate(daysSinceEpoch: days).daysSinceEpoch, days)
        }
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch, 0)
        XCTAssertEqual(LocalDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch, 11_017)
    }

    func testWeekdaysAndBusinessDays() {
        XCTAssertEqual(today.isoWeekday, 7)
        let friday = LocalDate(year: 2026, month: 11, day: 20)!
        XCTAssertEqual(friday.isoWeekday, 5)
        XCTAssertEqual(friday.adding(businessDays: 1), LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(friday.adding(businessDays: 5), LocalDate(year: 2026, month: 11, day: 27))
        XCTAssertEqual(today.adding(businessDays: 0), LocalDate(year: 2026, month: 11, day: 23))
        // Across a year end.
        XCTAssertEqual(LocalDate(year: 2026, month: 12, day: 31)!.adding(businessDays: 1), LocalDate(year: 2027, month: 1, day: 1))
        XCTAssertEqual(LocalDate(year: 2027, month: 1, day: 1)!.adding(businessDays: 1), LocalDate(year: 2027, month: 1, day: 4))
    }

    func testImpossibleDaysDoNotExist() {
        XCTAssertNil(LocalDate(year: 2026, month: 2, day: 29))
        XCTAssertNotNil(LocalDate(year: 2028, month: 2, day: 29))
        XCTAssertNil(LocalDate(year: 2026, month: 13, day: 1))
        XCTAssertNil(LocalDate(iso8601: "2026-02-31"))
    }

    func testParsesTheFormsPeopleType() {
        let parser = DateParser(today: today)
        func ok(_ text: String, _ y: Int, _ m: Int, _ d: Int, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertEqual(try? parser.parse(text).get(), LocalDate(year: y, month: m, day: d), text, file: file, line: line)
        }
        ok("today", 2026, 11, 22)
        ok("Yesterday", 2026, 11, 21)
        ok("2026-11-20", 2026, 11, 20)
        ok("Nov 20", 2026, 11, 20)
        ok("20 Nov 2026", 2026, 11, 20)
        ok("November 20, 2026", 2026, 11, 20)
        ok("20th of November", 2026, 11, 20)
        ok("friday", 2026, 11, 20)
        ok("Dec 30", 2025, 12, 30)  // no year, in the past: last December
        XCTAssertEqual(try? parser.parse("Jan 10", preferring: .future).get(), LocalDate(year: 2027, month: 1, day: 10))
    }

    func testYearsOutsideTheSupportedOnesAreRefusedWithTheYearNamed() {
        let parser = DateParser(today: LocalDate(year: 2026, month: 11, day: 21)!)
        for (text, year) in [("9999-12-31", 9999), ("0000-01-01", 0), ("1899-12-31", 1899), ("2200-01-01", 2200), ("20 Nov 9999", 9999)] {
            XCTAssertEqual(parser.parse(text), .failure(.unsupportedYear(text, year: year)), text)
        }
        XCTAssertTrue(
            DateParser.Failure.unsupportedYear("0000-01-01", year: 0).message.contains("the year 0 is outside the years followup plans for (1900 to 2199)"))
        XCTAssertEqual(parser.parse("2199-12-31"), .success(LocalDate(year: 2199, month: 12, day: 31)!))
        XCTAssertEqual(parser.parse("1900-01-01"), .success(LocalDate(year: 1900, month: 1, day: 1)!))
        XCTAssertEqual(DateParser(today: LocalDate(year: 2199, month: 12, day: 31)!).parse("tomorrow"), .failure(.unsupportedYear("tomorrow", year: 2200)))
    }

    func testRefusesNonsenseWithAReason() {
        let parser = DateParser(today: today)
        XCTAssertEqual(parser.parse("31 Feb"), .failure(.noSuchDay("31 Feb")))
        XCTAssertEqual(parser.parse("2026-02-30"), .failure(.noSuchDay("2026-02-30")))
        XCTAssertEqual(parser.parse("whenever-ish"), .failure(.unrecognised("whenever-ish")))
        XCTAssertEqual(parser.parse("banana"), .failure(.unrecognised("banana")))
        XCTAssertEqual(
            parser.parse("11/12/2026"),
            .failure(
                .ambiguous(
                    "11/12/2026",
                    [
                        .init(date: LocalDate(year: 2026, month: 11, day: 12)!, phrase: "month first"),
                        .init(date: LocalDate(year: 2026, month: 12, day: 11)!, phrase: "day first"),
                    ])))
        XCTAssertEqual(try? parser.parse("31/12/2025").get(), LocalDate(year: 2025, month: 12, day: 31))
        XCTAssertEqual(try? parser.parse("next monday").get(), LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(try? parser.parse("last friday", preferring: .future).get(), LocalDate(year: 2026, month: 11, day: 20))
        XCTAssertEqual(try? parser.parse("last sunday").get(), LocalDate(year: 2026, month: 11, day: 15))
        XCTAssertEqual(try? parser.parse("friday", preferring: .future).get(), LocalDate(year: 2026, month: 11, day: 27))
        XCTAssertEqual(parser.parse(""), .failure(.empty))
    }
}

final class TextTests: XCTestCase {
    func testSlugsNeverEscapeTheFolder() {
        XCTAssertEqual(Slug.make("José Pérez"), "jose-perez")
        XCTAssertEqual(Slug.make("../../etc"), "etc")
        XCTAssertEqual(Slug.make("a/b\\c"), "a-b-c")
        XCTAssertEqual(Slug.make("李雷"), "li-lei")
        XCTAssertEqual(Slug.make("..."), "untitled")
    }

    func testEmailSyntax() {
        XCTAssertNil(EmailAddress.problem(with: "ana.perez+jobs@acme.example"))
        XCTAssertNotNil(EmailAddress.problem(with: "a@b"))
        XCTAssertNotNil(EmailAddress.problem(with: "ana@@acme.com"))
        XCTAssertNotNil(EmailAddress.problem(with: "ana acme.com"))
        XCTAssertNotNil(EmailAddress.problem(with: ".ana@acme.com"))
        XCTAssertNotNil(EmailAddress.problem(with: "ana@acme..com"))
        XCTAssertNotNil(EmailAddress.problem(with: "josé@acme.com"))
    }

    func testWrapKeepsWordsAndWideCharactersWhole() {
        let text = "Zoë and 李雷 talked about the migration plan in considerable detail"
        let wrapped = TextWrapper.wrap(text, width: 20)
        for line in wrapped.split(separator: "\n") {
            XCTAssertLessThanOrEqual(TextWrapper.columns(line), 20, String(line))
        }
        XCTAssertEqual(wrapped.replacingOccurrences(of: "\n", with: " "), text)
        XCTAssertEqual(TextWrapper.columns("李雷"), 4)
        let long = TextWrapper.wrap(String(repeating: "李", count: 15), width: 20)
        XCTAssertEqual(long.split(separator: "\n").map { TextWrapper.columns($0) }, [20, 10])
    }

    func testWrapIndentsOnlyContinuationLines() {
        XCTAssertEqual(TextWrapper.wrap("alpha beta gamma delta epsilon zeta", width: 20, indent: "  "), "alpha beta gamma\n  delta epsilon zeta")
    }

    func testWrapKeepsIndentation() {
        XCTAssertEqual(TextWrapper.wrap("    one two three four five six", width: 20), "    one two three\n    four five six")
    }

    func testListAnswers() {
        XCTAssertEqual(ListAnswer.names("José Pérez, Zoë Ng and 李雷"), ["José Pérez", "Zoë Ng", "李雷"])
        XCTAssertEqual(ListAnswer.items("data migration; on-call, pager load"), ["data migration", "on-call, pager load"])
        // A title typed beside a name is the title, not a second person.
        func people(_ text: String) -> [String] { ListAnswer.namesWithTitles(text).map { $0.name + ($0.title.map { " / " + $0 } ?? "") } }
        XCTAssertEqual(people("mrs jolene park, branch mgr"), ["mrs jolene park / branch mgr"])
        XCTAssertEqual(people("Jolene Park (branch manager), Raj"), ["Jolene Park / branch manager", "Raj"])
        XCTAssertEqual(people("Dana Kim, head of sales, Bob Li, CTO"), ["Dana Kim / head of sales", "Bob Li / CTO"])
        XCTAssertEqual(people("Ana Pérez, Bob Li and Chen"), ["Ana Pérez", "Bob Li", "Chen"])
        XCTAssertEqual(people("the hiring manager"), ["the hiring manager"], "a role alone is who they were")
    }

    func testTabCompletion() {
        var answers = Answers()
        answers.interviewers = [Interviewer(name: "José Pérez"), Interviewer(name: "Zoë Ng")]
        XCTAssertEqual(TabCompletion.candidates(for: "/ed", answers: answers), ["/edit "])
        XCTAssertEqual(TabCompletion.candidates(for: "/edit ", answers: answers), EditableField.names)
        answers.interview.company = "Brightwave"
        // Tone words only where the tone is asked; nothing known at a fresh name.
        XCTAssertEqual(TabCompletion.candidates(for: "Bri", answers: answers, question: .company), [])
        XCTAssertEqual(TabCompletion.candidates(for: "Bri", answers: answers, question: .highlights), ["Brightwave"])
        XCTAssertEqual(TabCompletion.candidates(for: "br", answers: answers, question: .tone), ["brief"])
        XCTAssertEqual(TabCompletion.candidates(for: "Zo", answers: answers, question: .company), [])
        XCTAssertEqual(TabCompletion.candidates(for: "/edit to", answers: answers), ["topics", "tone"])
        XCTAssertEqual(TabCompletion.candidates(for: "/edit topics ", answers: answers), ["José", "Zoë"])
        XCTAssertEqual(TabCompletion.candidates(for: "Zo", answers: answers), ["Zoë"])
        XCTAssertEqual(TabCompletion.candidates(for: "", answers: answers), [])
    }
}
