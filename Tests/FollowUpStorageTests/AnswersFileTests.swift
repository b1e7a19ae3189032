import FollowUpCore
import Foundation
import XCTest

@testable import FollowUpStorage

final class AnswersFileTests: XCTestCase {
    /// Tests/EndToEnd/fixtures, found from this file so no resource bundle is needed.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EndToEnd/fixtures")

    private func fixture(_ name: String) throws -> Answers {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        return try AnswersFile.decode(data, fileName: name)
    }

    /// The problems reported for `yaml`, failing the test if it decodes.
    private func problems(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> [AnswersFileProblem] {
        do {
            _ = try AnswersFile.decode(Data(yaml.utf8), fileName: "test.yaml")
            XCTFail("expected problems", file: file, line: line)
            return []
        } catch let error as AnswersFileError {
            return error.problems
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return []
        }
    }

    private let validHead = """
        candidate: {name: Maya Chen}
        interview: {company: Acme, role: Engineer, date: 2026-11-20}
        interviewers: [{name: Ana Lee}]

        """

    // MARK: Reading valid files

    func testFullFixture() throws {
        let answers = try fixture("acme-full.yaml")
        XCTAssertEqual(answers.candidate, Candidate(name: "Maya Chen", email: "maya.chen@example.com", phone: "+1 555 0100"))
        XCTAssertEqual(
            answers.interview,
            Interview(
                company: "Acme Robotics", role: "Senior Platform Engineer", date: LocalDate(year: 2026, month: 11, day: 20),
                timezone: "Europe/Paris", format: .onSite, round: .final))
        XCTAssertEqual(answers.interviewers.map(\.name), ["José Pérez", "Zoë Ng", "李雷"])
        XCTAssertEqual(answers.interviewers[0].addressAs, "José")
        XCTAssertEqual(answers.interviewers[1].topics, ["hiring plans for 2027", "the team's \"you build it, you run it\" rule"])
        XCTAssertNil(answers.interviewers[2].email)
        XCTAssertEqual(answers.concerns.count, 2)
        XCTAssertNil(answers.concerns[1].response)
        XCTAssertEqual(answers.promised.count, 2)
        XCTAssertEqual(answers.decisionDate, LocalDate(year: 2026, month: 12, day: 4))
        XCTAssertEqual(answers.recruiter, Contact(name: "Ana Lee", email: "ana.lee@acme.example"))
        XCTAssertEqual(answers.tone, .warm)
    }

    func testMinimalAndJSONFixtures() throws {
        let minimal = try fixture("minimal.yaml")
        XCTAssertEqual(minimal.interview.date, LocalDate(year: 2026, month: 11, day: 18), "a quoted date string is accepted")
        XCTAssertEqual(minimal.interviewers, [Interviewer(name: "Bill Lumbergh")])
        XCTAssertEqual(minimal.tone, .warm)
        let json = try fixture("globex.json")
        XCTAssertEqual(json.interview.round, .second)
        XCTAssertEqual(json.interviewers[1].addressAs, "Mr. Grimes")
        XCTAssertEqual(json.tone, .formal)
    }

    func testForgivingForms() throws {
        let yaml = """
            candidate: {name: Maya Chen, phone: 0612345678, sign_off: "Many thanks,"}
            interview: {company: 3M, role: Engineer, date: 2026-11-20T14:00:00+01:00, format: Zoom, round: 2}
            interviewers: [Ana Lee, {name: Bob Li}]
            concerns: [Terraform]
            recruiter: Sam Ray
            tone: Brief
            """
        let answers = try AnswersFile.decode(Data(yaml.utf8), fileName: "x.yaml")
        XCTAssertEqual(answers.candidate.phone, "0612345678", "a number is read as written")
        XCTAssertEqual(answers.candidate.signOff, "Many thanks,")
        XCTAssertEqual(answers.interview.company, "3M")
        XCTAssertEqual(answers.interview.date, LocalDate(year: 2026, month: 11, day: 20))
        XCTAssertEqual(answers.interview.format, .video)
        XCTAssertEqual(answers.interview.round, .second)
        XCTAssertEqual(answers.interviewers.map(\.name), ["Ana Lee", "Bob Li"])
        XCTAssertEqual(answers.concerns, [Concern(topic: "Terraform")])
        XCTAssertEqual(answers.recruiter, Contact(name: "Sam Ray"))
        XCTAssertEqual(answers.tone, .brief)
    }

    func testALineTypedAsNameColonTextIsReadAsTyped() throws {
        // "- Lars: the case study" is a one-key section to YAML; the candidate meant the line.
        let yaml = """
            candidate: {name: ngozi adeyemi}
            interview: {company: Parcelly, role: PM, date: 2026-11-24}
            interviewers: [{name: Lars Johansson}, {name: Fatima Al-Sayed}]
            highlights:
              - Lars: the case study presentation
              - we compared notes
            concerns:
              - it went badly
            """
        let data = Data(yaml.utf8)
        let answers = try AnswersFile.decode(data, fileName: "x.yaml")
        XCTAssertEqual(answers.highlights, ["Lars: the case study presentation", "we compared notes"])
        XCTAssertEqual(answers.candidate.name, "Ngozi Adeyemi", "a name typed in lowercase gets its capitals")
        XCTAssertEqual(AnswersFile.line(of: "highlights[1]", in: data), 6)
        XCTAssertEqual(AnswersFile.line(of: "concerns[0]", in: data), 8)
        let drafts = DraftComposer().compose(answers)
        XCTAssertTrue(drafts.draft(id: "thank-you-1")?.body.contains("the case study presentation") ?? false)
        XCTAssertFalse(drafts.draft(id: "thank-you-2")?.body.contains("case study") ?? true)
    }

    /// `raised_by` names the interviewer whose note carries the concern; a name that is no
    /// interviewer's is reported with its line and the names there are.
    func testAConcernRaisedByAnInterviewerGoesToThem() throws {
        let head = """
            candidate: {name: Maya Chen}
            interview: {company: Acme, role: Engineer, date: 2026-11-20}
            interviewers: [{name: Ana Lee, topics: [the migration]}, {name: Dr. Ben Okafor, topics: [on-call]}]
            concerns:
              - topic: my budget experience
                response: I ran a $2M budget at Initech.

            """
        let answers = try AnswersFile.decode(Data((head + "    raised_by: dr okafor\n").utf8), fileName: "x.yaml")
        XCTAssertEqual(answers.concerns[0].raisedBy, "dr okafor")
        XCTAssertTrue(DraftComposer().compose(answers).draft(id: "thank-you-2")?.body.contains("$2M budget") ?? false)
        let found = problems(head + "    raised_by: Tamsin\n")
        XCTAssertEqual(found.map(\.keyPath), ["concerns[0].raised_by"])
        XCTAssertEqual(found.first?.line, 7)
        XCTAssertTrue(found.first?.message.contains("'Tamsin' is none of the interviewers (Ana Lee, Dr. Ben Okafor)") ?? false, "\(found)")
    }

    // MARK: Each kind of problem

    func testMissingCompanyRoleDateAndCandidateName() {
        let found = problems("interview: {timezone: Europe/Paris}\ninterviewers: [{name: Ana}]\n")
        XCTAssertEqual(found.map(\.keyPath), ["candidate.name", "interview.company", "interview.role", "interview.date"])
        XCTAssertTrue(found[3].message.contains("YYYY-MM-DD"))
    }

    func testAnEmailAddressForTheNameIsRefusedWithWhereItGoes() {
        let found = problems("candidate: {name: jl@example.com}\ninterview: {company: A, role: B, date: 2026-11-20}\ninterviewers: [{name: Ana}]\n")
        XCTAssertEqual(found.map(\.keyPath), ["candidate.name"])
        XCTAssertTrue(found[0].message.contains("`email:`"), found[0].message)
        XCTAssertEqual(found[0].line, 1)
    }

    func testNoInterviewers() {
        let base = "candidate: {name: M}\ninterview: {company: A, role: B, date: 2026-11-20}\n"
        XCTAssertEqual(problems(base).map(\.keyPath), ["interviewers"])
        XCTAssertEqual(problems(base + "interviewers: []\n").map(\.keyPath), ["interviewers"])
        XCTAssertEqual(problems(base + "interviewers:\n").map(\.keyPath), ["interviewers"])
        XCTAssertTrue(problems(base)[0].message.contains("name: Ana Lee"))
        XCTAssertFalse(problems(base)[0].message.contains("\n"), "one line per problem")
    }

    func testInterviewerWithoutNameAndDuplicateNames() {
        let found = problems(
            validHead.replacingOccurrences(of: "[{name: Ana Lee}]", with: "[{name: Ana Lee}, {title: CTO}, {name: ana lee}]"))
        XCTAssertEqual(found.map(\.keyPath), ["interviewers[1].name", "interviewers[2].name"])
        XCTAssertTrue(found[0].message.hasPrefix("missing"))
        XCTAssertTrue(found[1].message.contains("interviewers[0]"))
    }

    func testImpossibleAndMalformedDates() {
        var found = problems(validHead.replacingOccurrences(of: "2026-11-20", with: "2026-02-31"))
        XCTAssertEqual(found.map(\.keyPath), ["interview.date"])
        XCTAssertTrue(found[0].message.contains("February 2026 has 28 days"), found[0].message)
        found = problems(validHead.replacingOccurrences(of: "2026-11-20", with: "\"2026-13-01\""))
        XCTAssertTrue(found[0].message.contains("12 months"), found[0].message)
        found = problems(validHead.replacingOccurrences(of: "2026-11-20", with: "11/12/2026"))
        XCTAssertEqual(found.map(\.keyPath), ["interview.date"])
        XCTAssertTrue(found[0].message.contains("Thu 12 Nov 2026 (month first) or Fri 11 Dec 2026 (day first)"), found[0].message)
        found = problems(validHead.replacingOccurrences(of: "2026-11-20", with: "someday"))
        XCTAssertTrue(found[0].message.contains("needs a year"), found[0].message)
        found = problems(validHead + "decision_date: 2026-11-01\n")
        XCTAssertEqual(found.map(\.keyPath), ["decision_date"])
        XCTAssertTrue(found[0].message.contains("before the interview"))
    }

    func testLocaleSetsTheDateStyleAndABadOneIsReportedWithItsLine() throws {
        let us = try AnswersFile.decode(Data((validHead + "locale: en_US.UTF-8\n").utf8), fileName: "x.yaml")
        XCTAssertEqual(us.locale, "en_US.UTF-8")
        XCTAssertEqual(us.dateStyle, .us)
        let json =
            #"{"candidate": {"name": "Maya"}, "interview": {"company": "Acme", "role": "Engineer", "date": "2026-11-20"}, "interviewers": [{"name": "Ana Lee"}], "locale": "en-GB"}"#
        XCTAssertEqual(try AnswersFile.decode(Data(json.utf8), fileName: "x.json").dateStyle, .international)
        let none = try AnswersFile.decode(Data(validHead.utf8), fileName: "x.yaml")
        XCTAssertNil(none.locale)
        XCTAssertEqual(none.dateStyle, .international)
        XCTAssertTrue(AnswersFile.encodeYAML(us).contains("locale: \"en_US.UTF-8\""))
        for bad in ["C", "english please", "[en_US]"] {
            let found = problems(validHead + "locale: \(bad)\n")
            XCTAssertEqual(found.map(\.keyPath), ["locale"], bad)
            XCTAssertEqual(found.first?.line, 4, bad)
        }
    }

    func testWrongTypes() {
        let found = problems(
            validHead + """
                strengths: {a: b}
                promised: [ok, [nested]]
                next_steps: [a, b]

                """)
        XCTAssertEqual(found.map(\.keyPath), ["strengths", "promised[1]", "next_steps"])
        XCTAssertEqual(found[0].message, "expected a list, found a section of keys. Write one item per line, each starting with '- ', or use [a, b].")
        XCTAssertTrue(found[1].message.hasPrefix("expected text, found a list"))
        XCTAssertEqual(found[0].line, 4)
        XCTAssertEqual(problems("- just\n- a list\n").map(\.keyPath), [""])
    }

    func testUnknownChoicesListTheAllowedValues() {
        let found = problems(
            validHead.replacingOccurrences(of: "date: 2026-11-20}", with: "date: 2026-11-20, format: hybrid, round: semi}")
                + "tone: casual\n")
        XCTAssertEqual(found.map(\.keyPath), ["interview.format", "interview.round", "tone"])
        XCTAssertTrue(found[0].message.contains("phone, video, on-site, panel"))
        XCTAssertTrue(found[1].message.contains("screening, first, second, third, final"))
        XCTAssertTrue(found[2].message.contains("formal, warm, brief"))
    }

    func testBadEmailsAndTimeZone() {
        let found = problems(
            """
            candidate: {name: M, email: maya.example.com}
            interview: {company: A, role: B, date: 2026-11-20, timezone: Paris}
            interviewers: [{name: Ana, email: "ana @acme.example"}]
            recruiter: {name: Sam, email: sam@acme}

            """)
        XCTAssertEqual(found.map(\.keyPath), ["candidate.email", "interview.timezone", "interviewers[0].email", "recruiter.email"])
        XCTAssertTrue(found[0].message.contains("needs an '@'"))
        XCTAssertTrue(found[1].message.contains("Europe/Paris"))
        XCTAssertTrue(found[2].message.contains("no spaces"))
        XCTAssertTrue(found[3].message.contains("has no dot"))
    }

    func testUnknownKeysAreErrorsWithSuggestions() {
        let found = problems(
            """
            candidate: {name: M, mail: m@example.com}
            interview: {company: A, role: B, date: 2026-11-20}
            interviewer: [{name: Ana}]
            promise: [slides]
            favourite_colour: blue

            """)
        // Top-level keys are checked first, then each section in the documented order.
        XCTAssertEqual(found.map(\.keyPath), ["interviewer", "promise", "favourite_colour", "candidate.mail", "interviewers"])
        XCTAssertTrue(found[0].message.contains("Did you mean `interviewers`?"), found[0].message)
        XCTAssertTrue(found[1].message.contains("Did you mean `promised`?"))
        XCTAssertFalse(found[2].message.contains("Did you mean"))
        XCTAssertTrue(found[3].message.contains("Did you mean `email`?"), found[3].message)
        XCTAssertEqual(found[0].line, 3)
    }

    func testSeveralProblemsAtOnceAndTheErrorDescription() {
        let yaml = """
            interview:
              company: Acme
              date: 2026-02-30
              round: 7
            interviewers:
              - name: José Pérez
              - title: CTO
            tone: loud

            """
        do {
            _ = try AnswersFile.decode(Data(yaml.utf8), fileName: "acme.yaml")
            XCTFail("expected problems")
        } catch let error as AnswersFileError {
            XCTAssertEqual(
                error.problems.map(\.keyPath),
                ["candidate.name", "interview.role", "interview.date", "interview.round", "interviewers[1].name", "tone"])
            let lines = error.description.split(separator: "\n")
            XCTAssertEqual(lines.count, 6)
            XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("acme.yaml: ") })
            XCTAssertTrue(lines[2].hasPrefix("acme.yaml: interview.date: 2026-02-30 doesn't exist"), String(lines[2]))
            XCTAssertTrue(lines[2].hasSuffix("(line 3)"), String(lines[2]))
        } catch {
            XCTFail("unexpected error \(error)")
        }
    }

    func testSyntaxErrorsEmptyFilesAndNonUTF8() {
        var found = problems("interview:\n  company: Acme\n role: x\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].keyPath, "")
        XCTAssertNotNil(found[0].line)
        XCTAssertTrue(found[0].message.hasPrefix("Not valid YAML"), found[0].message)
        found = problems("interview: {company: A}\ninterview: {role: B}\n")
        XCTAssertTrue(found[0].message.contains("appears twice"), found[0].message)
        found = problems("")
        XCTAssertTrue(found[0].message.hasPrefix("The file is empty"))
        XCTAssertThrowsError(try AnswersFile.decode(Data([0xFF, 0xFE, 0x00]), fileName: "bad.yaml")) { error in
            XCTAssertTrue(String(describing: error).contains("UTF-8"))
        }
        do {
            _ = try AnswersFile.decode(Data("{\"interview\": {\"company\": \"A\",}".utf8), fileName: "x.json")
            XCTFail("expected a syntax problem")
        } catch let error as AnswersFileError {
            XCTAssertTrue(error.problems[0].message.contains("JSON"), error.description)
        } catch {
            XCTFail("unexpected error \(error)")
        }
    }

    // MARK: Export

    func testEncodeYAMLRoundTripsTrickyText() throws {
        let answers = Answers(
            candidate: Candidate(name: "Maya \"M\" Chen", email: "maya@example.com", phone: "0612345678"),
            interview: Interview(
                company: "yes", role: "Engineer: Platform # infra", date: LocalDate(year: 2026, month: 11, day: 20),
                timezone: "Asia/Shanghai", format: .panel, round: .screening),
            interviewers: [
                Interviewer(name: "李雷", title: "null", email: "lei@acme.example", addressAs: "Lei", topics: ["- a dash", "2026-11-20", "back\\slash"]),
                Interviewer(name: "Zoë Ng", topics: []),
            ],
            highlights: ["Line one\nline two", "tab\there", "emoji 🎉", "'single' quotes"],
            strengths: [],
            concerns: [Concern(topic: "~", response: "{not: a map}"), Concern(topic: "gap", response: nil, raisedBy: "Zoë Ng")],
            promised: ["[not a list]", "@handle", "%percent", "true"],
            decisionDate: LocalDate(year: 2026, month: 12, day: 4),
            nextSteps: "A call: then & *stars*",
            recruiter: Contact(name: "José Pérez", email: nil),
            tone: .brief)
        let yaml = AnswersFile.encodeYAML(answers)
        // Read back as typed answers are taken: on one line, a tab as a space.
        var oneLine = answers
        oneLine.highlights[0] = "Line one line two"
        oneLine.highlights[1] = "tab here"
        XCTAssertEqual(try AnswersFile.decode(Data(yaml.utf8), fileName: "export.yaml"), oneLine)
        XCTAssertTrue(yaml.contains("  company: \"yes\"\n"))
        XCTAssertTrue(yaml.contains("strengths: []\n"))
        XCTAssertTrue(yaml.contains("  - \"Line one\\nline two\"\n"))
    }

    func testEncodeYAMLRoundTripsTheFixtures() throws {
        for name in ["acme-full.yaml", "minimal.yaml", "globex.json"] {
            let answers = try fixture(name)
            XCTAssertEqual(try AnswersFile.decode(Data(AnswersFile.encodeYAML(answers).utf8), fileName: name), answers, name)
        }
    }

    func testEncodeYAMLOfIncompleteAnswersIsRejectedOnReading() {
        let yaml = AnswersFile.encodeYAML(Answers())
        XCTAssertEqual(
            problems(yaml).map(\.keyPath), ["candidate.name", "interview.company", "interview.role", "interview.date", "interviewers"])
    }
}

final class AnswersFileNullDocumentTests: XCTestCase {
    func testADocumentThatIsOnlyANullIsReportedAsEmpty() {
        for text in ["~", "null", "---\n", ",~"] {
            XCTAssertThrowsError(try AnswersFile.decode(Data(text.utf8), fileName: "n.yaml"), text) { error in
                guard let error = error as? AnswersFileError else { return XCTFail("\(error)") }
                XCTAssertFalse(error.problems.isEmpty, text)
            }
        }
    }
}
