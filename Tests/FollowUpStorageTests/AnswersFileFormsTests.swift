import FollowUpCore
import FollowUpStorage
import XCTest

/// Answers files written the way people write them (issue 13, point 4): still strict about
/// real problems, each with its line and field.
final class AnswersFileFormsTests: XCTestCase {
    private func decode(_ yaml: String, locale: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> Answers {
        do {
            return try AnswersFile.decode(Data(yaml.utf8), fileName: "forms.yaml", locale: locale)
        } catch let error as AnswersFileError {
            XCTFail("\(error.problems.map(\.description))", file: file, line: line)
            throw error
        }
    }

    private func problems(_ yaml: String, locale: String? = nil) -> [AnswersFileProblem] {
        do {
            _ = try AnswersFile.decode(Data(yaml.utf8), fileName: "forms.yaml", locale: locale)
            XCTFail("expected problems")
        } catch let error as AnswersFileError {
            return error.problems
        } catch {
            XCTFail("\(error)")
        }
        return []
    }

    func testTheFormsFromTheIssueAreRead() throws {
        let answers = try decode(
            """
            candidate:
              name: Peter Gibbons
              email: Peter Gibbons <peter@initech.example>
            interview:
              company: Globex
              role: Nurse Informaticist
              date: Nov 18, 2026
              format: Microsoft Teams
            interviewers:
              - name: Bill Lumbergh
                role: Director of Nursing
                email: Bill Lumbergh <bill@globex.example>
                topics: the EHR rollout
              - Milton Waddams <milton@globex.example>
            highlights: the tour of the ward
            strengths: ten years on the ward
            promised: my references
            decision_date: by the end of next week
            recruiter: Nina Li <nina@globex.example>
            country: UK

            """)
        XCTAssertEqual(answers.interview.date, LocalDate(year: 2026, month: 11, day: 18))
        XCTAssertEqual(answers.interview.format, .video)
        XCTAssertEqual(answers.candidate.email, "peter@initech.example")
        XCTAssertEqual(answers.interviewers[0].title, "Director of Nursing")
        XCTAssertEqual(answers.interviewers[0].email, "bill@globex.example")
        XCTAssertEqual(answers.interviewers[0].topics, ["the EHR rollout"])
        XCTAssertEqual(answers.interviewers[1].name, "Milton Waddams")
        XCTAssertEqual(answers.interviewers[1].email, "milton@globex.example")
        XCTAssertEqual(answers.highlights, ["the tour of the ward"])
        XCTAssertEqual(answers.strengths, ["ten years on the ward"])
        XCTAssertEqual(answers.promised, ["my references"])
        // Said on Wednesday 18 November: the end of next week is Friday 27 November.
        XCTAssertEqual(answers.decisionDate, LocalDate(year: 2026, month: 11, day: 27))
        XCTAssertEqual(answers.recruiter, Contact(name: "Nina Li", email: "nina@globex.example"))
        XCTAssertEqual(answers.country, "GB")
    }

    func testFormatSynonyms() {
        for (written, format) in [
            ("Microsoft Teams", InterviewFormat.video), ("Google Meet", .video), ("Zoom call", .video), ("MS Teams", .video), ("in person", .onSite),
            ("onsite", .onSite), ("On site", .onSite), ("face to face", .onSite), ("phone call", .phone), ("Panel interview", .panel),
            ("trial shift", .onSite), ("Assessment centre", .onSite), ("observed lesson", .onSite),
        ] {
            XCTAssertEqual(InterviewFormat(loose: written), format, written)
        }
        XCTAssertNil(InterviewFormat(loose: "hybrid"))
    }

    func testDatesAsPeopleWriteThemAndByTheLocale() throws {
        let head = "candidate: {name: Maya}\ninterviewers: [Ana Lee]\n"
        func interviewDate(_ text: String, locale: String? = nil) throws -> LocalDate? {
            try decode(head + "interview: {company: Acme, role: Engineer, date: \"\(text)\"}\n", locale: locale).interview.date
        }
        XCTAssertEqual(try interviewDate("11/18/2026"), LocalDate(year: 2026, month: 11, day: 18))
        XCTAssertEqual(try interviewDate("12/4/2026", locale: "en_US.UTF-8"), LocalDate(year: 2026, month: 12, day: 4))
        XCTAssertEqual(try interviewDate("4/12/2026", locale: "en_GB"), LocalDate(year: 2026, month: 12, day: 4))
        XCTAssertEqual(try interviewDate("18.11.2026"), LocalDate(year: 2026, month: 11, day: 18))
        // The file's own locale wins over the environment's.
        let fileLocale = try decode(head + "interview: {company: Acme, role: Engineer, date: 12/4/2026}\nlocale: en_GB\n", locale: "en_US")
        XCTAssertEqual(fileLocale.interview.date, LocalDate(year: 2026, month: 4, day: 12))
        // Decision dates as recruiters say them, counted from the interview.
        let base = head + "interview: {company: Acme, role: Engineer, date: 2026-11-16}\n"
        XCTAssertEqual(try decode(base + "decision_date: mid December\n").decisionDate, LocalDate(year: 2026, month: 12, day: 15))
        XCTAssertEqual(try decode(base + "decision_date: in two weeks\n").decisionDate, LocalDate(year: 2026, month: 11, day: 30))
        XCTAssertEqual(try decode(base + "decision_date: Dec 4\n").decisionDate, LocalDate(year: 2026, month: 12, day: 4))
    }

    func testRealProblemsAreStillReportedWithLineAndField() throws {
        let base = "candidate: {name: Maya}\ninterview: {company: Acme, role: Engineer, date: 2026-11-16}\n"
        var found = problems(base + "interviewers: [Ana Lee]\ndecision_date: 2/3/2027\n")
        XCTAssertEqual(found.map(\.keyPath), ["decision_date"])
        XCTAssertEqual(found.first?.line, 4)
        XCTAssertTrue(found[0].message.contains("Wed 3 Feb 2027 (month first) or Tue 2 Mar 2027 (day first)"), found[0].message)
        // A title typed after the name is the title, not part of the name.
        let titled = try decode(base + "interviewers:\n  - name: dana kim, ops mgr\n    topics: [night shift]\n")
        XCTAssertEqual(titled.interviewers.first?.name, "Dana Kim")
        XCTAssertEqual(titled.interviewers.first?.title, "ops mgr")
        // Only one reading falls after the interview: that one was meant.
        XCTAssertEqual(try decode(base + "interviewers: [Ana Lee]\ndecision_date: 12/4/2026\n").decisionDate, LocalDate(year: 2026, month: 12, day: 4))
        // A file's country says which number comes first when it gives no locale.
        XCTAssertEqual(
            try decode(base + "interviewers: [Ana Lee]\ndecision_date: 2/3/2027\ncountry: GB\n", locale: "en_US").decisionDate,
            LocalDate(year: 2027, month: 3, day: 2))
        found = problems(base + "interviewers: [Ana Lee]\ndecision_date: after the holidays\n")
        XCTAssertEqual(found.map(\.keyPath), ["decision_date"])
        XCTAssertTrue(found[0].message.contains("Which day did they mean?"), found[0].message)
        found = problems(base + "interviewers: [Ana Lee]\ndecision_date: next Friday\n")
        XCTAssertTrue(found[0].message.contains("Fri 20 Nov 2026") && found[0].message.contains("Fri 27 Nov 2026"), found[0].message)
        found = problems(base + "interviewers:\n  - name: Ana Lee\n    email: Ana Lee <ana at acme>\n")
        XCTAssertEqual(found.map(\.keyPath), ["interviewers[0].email"])
        XCTAssertEqual(found.first?.line, 5)
        found = problems(base + "interviewers:\n  - name: Ana Lee\n    title: CTO\n    role: VP Engineering\n")
        XCTAssertEqual(found.map(\.keyPath), ["interviewers[0].role"])
        found = problems(base + "interviewers: [Ana Lee]\ncountry: Narnia\n")
        XCTAssertEqual(found.map(\.keyPath), ["country"])
        XCTAssertEqual(found.first?.line, 4)
        found = problems("candidate: {name: Maya}\ninterview: {company: Acme, role: Engineer}\ninterviewers: [Ana Lee]\ndecision_date: end of next week\n")
        XCTAssertEqual(found.map(\.keyPath), ["interview.date", "decision_date"])
        XCTAssertTrue(found[1].message.contains("interview.date is missing or could not be read"), found[1].message)
        // "today" in a file is a day that moves, not a date missing its year.
        found = problems("candidate: {name: Maya}\ninterview: {company: Acme, role: Engineer, date: today}\ninterviewers: [Ana Lee]\n")
        XCTAssertEqual(found.map(\.keyPath), ["interview.date"])
        XCTAssertTrue(found[0].message.contains("'today' would change with the day the file is read"), found[0].message)
        found = problems("candidate: {name: Maya}\ninterview: {company: Acme, role: Engineer, date: Nov 30}\ninterviewers: [Ana Lee]\n")
        XCTAssertTrue(found[0].message.contains("'Nov 30' needs a year in a file"), found[0].message)
    }

    func testCountryIsWrittenBackAndAnUncoveredOneIsKept() throws {
        let answers = try decode(
            "candidate: {name: Maya}\ninterview: {company: Acme, role: Engineer, date: 2026-11-16}\ninterviewers: [Ana Lee]\ncountry: jp\n")
        XCTAssertEqual(answers.country, "JP")
        XCTAssertEqual(answers.businessCalendar, .weekendsOnly)
        XCTAssertTrue(AnswersFile.encodeYAML(answers).contains("country: \"JP\""))
    }
}
