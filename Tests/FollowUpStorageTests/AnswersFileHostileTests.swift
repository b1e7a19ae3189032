import FollowUpCore
import Foundation
import XCTest

@testable import FollowUpStorage

/// Answers files written by other programs, or by someone hostile (issue 12).
final class AnswersFileHostileTests: XCTestCase {
    private func decode(_ text: String, fileName: String = "answers.json") throws -> Answers {
        try AnswersFile.decode(Data(text.utf8), fileName: fileName)
    }

    private func problems(_ text: String, fileName: String = "answers.json") -> [AnswersFileProblem] {
        do {
            _ = try decode(text, fileName: fileName)
            XCTFail("expected problems")
            return []
        } catch let error as AnswersFileError {
            return error.problems
        } catch {
            XCTFail("unexpected error \(error)")
            return []
        }
    }

    private func json(company: String, email: String? = nil) -> String {
        let mail = email.map { #", "email": "\#($0)""# } ?? ""
        return #"""
            {"candidate": {"name": "Maya Chen"\#(mail)},
             "interview": {"company": "\#(company)", "role": "Engineer", "date": "2026-11-20"},
             "interviewers": [{"name": "Ana Lee"}]}
            """#
    }

    func testAnEmojiAsAnEscapedSurrogatePairIsRead() throws {
        // What Python's json.dump, `jq -a` and JavaScript write for 😀.
        let answers = try decode(json(company: #"Acme \ud83d\ude00 \\ud83d"#))
        XCTAssertEqual(answers.interview.company, #"Acme 😀 \ud83d"#)
        // The same file named .yaml, recognised as JSON by its first character.
        XCTAssertEqual(try decode(json(company: #"\uD83D\uDE00"#), fileName: "a.yaml").interview.company, "😀")
    }

    func testALoneSurrogateIsExplained() {
        let found = problems(json(company: #"Acme \ud83d"#))
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.line, 2)
        XCTAssertTrue(found.first?.message.contains(#"\ud83d\ude00"#) == true, "\(found)")
    }

    func testARawDELOrC1CharacterNamesTheLineAndWhatToDo() {
        for control in ["\u{7F}", "\u{9B}"] {
            let found = problems(json(company: "Acme\(control) Corp"))
            XCTAssertEqual(found.count, 1)
            XCTAssertEqual(found.first?.line, 2, "\(found)")
            let message = found.first?.message ?? ""
            let code = String(control.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
            XCTAssertTrue(message.contains("U+00\(code) at column 32"), message)
            XCTAssertTrue(message.contains("Delete it"), message)
            XCTAssertFalse(message.contains("missing comma"), message)
        }
    }

    func testControlAndInvisibleCharactersAreCleanedAsTypedAnswersAre() throws {
        let answers = try decode(json(company: #"Evil\u001b]0;pwned\u0007 Corp\u001b[2J\u009b\u0000 \u202egnp\nexe"#))
        XCTAssertEqual(answers.interview.company, "Evil Corp gnp exe")
    }

    func testDatesOutsideTheSupportedYearsAreRefusedNamingTheField() {
        let yaml = """
            candidate: {name: Maya Chen}
            interview: {company: Acme, role: Engineer, date: 0000-01-01}
            interviewers: [{name: Ana Lee}]
            decision_date: 9999-12-31
            """
        let found = problems(yaml, fileName: "a.yaml")
        XCTAssertEqual(found.map(\.keyPath), ["interview.date", "decision_date"])
        XCTAssertEqual(found.first?.message, "0000-01-01: the year 0 is outside the years followup plans for (1900 to 2199). Check the year.")
        XCTAssertTrue(found.last?.message.contains("the year 9999 is outside") == true, "\(found)")
    }

    func testOverLongAddressesAreRefusedNamingTheField() {
        let long = String(repeating: "a", count: 60) + "@" + Array(repeating: String(repeating: "b", count: 60), count: 27).joined(separator: ".") + ".com"
        let found = problems(json(company: "Acme", email: long))
        XCTAssertEqual(found.map(\.keyPath), ["candidate.email"])
        XCTAssertTrue(found.first?.message.contains("254") == true, "\(found)")
        XCTAssertLessThan(found.first?.message.count ?? 0, 400, "the refused value is not repeated whole")
        // At the limit is fine: 64 + 1 + 189 = 254.
        let atLimit = String(repeating: "a", count: 64) + "@" + Array(repeating: String(repeating: "b", count: 61), count: 3).joined(separator: ".") + ".com"
        XCTAssertEqual(atLimit.utf8.count, 254)
        XCTAssertNil(EmailAddress.problem(with: atLimit))
        XCTAssertNotNil(EmailAddress.problem(with: "x" + atLimit))
    }
}
