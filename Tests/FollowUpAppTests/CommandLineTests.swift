import ArgumentParser
import FollowUpCore
import FollowUpFeedback
import XCTest

@testable import FollowUpApp

/// What the entry point does without argument-parser (`followup` alone, `check`'s files) must be
/// what argument-parser would do; and the options that are enums are read by the parser.
final class CommandLineTests: XCTestCase {
    /// `followup` with no arguments starts with `StartCommand.defaults`, without parsing.
    func testFollowUpAloneStartsWithWhatTheParserMakesOfNoArguments() throws {
        XCTAssertEqual(try StartCommand.parse([]).request, StartCommand.defaults)
        // And every option reaches the request.
        let all = try StartCommand.parse([
            "--home", "h", "--no-color", "--out", "o", "--new", "--answers", "a.yaml", "--locale", "en_GB", "--country", "GB",
        ])
        XCTAssertEqual(
            all.request,
            StartCommand.Request(home: "h", noColor: true, out: "o", new: true, answers: "a.yaml", locale: "en_GB", country: "GB"))
    }

    /// The options that take a value, listed by hand, are those of argument-parser's description of `check`.
    func testCheckKnowsWhichOfItsOptionsTakeAValueFromTheParser() {
        XCTAssertEqual(CheckCommand.optionsTakingAValue, CheckCommand.optionsTakingAValueFromParser)
        XCTAssertEqual(CheckCommand.optionsTakingAValueFromParser, ["--format", "--answers", "--session", "--date", "--kind", "--to", "--home"])
    }

    func testCheckSplitsTheFilesFromTheOptionsAndTheirValues() {
        let split = CheckCommand.splitArguments([
            "a.txt", "--kind", "thank-you", "b.txt", "--no-color", "--format=json", "-", "--to", "-x.txt", "--", "--list-rules",
        ])
        XCTAssertEqual(split.options, ["--kind", "thank-you", "--no-color", "--format=json", "--to", "-x.txt"])
        XCTAssertEqual(split.files, ["a.txt", "b.txt", "-", "--list-rules"])
    }

    func testEnumOptionsAreReadByTheParserInAnyCaseWhereTheProductSaysSo() throws {
        XCTAssertEqual(try CheckCommand.parse(["--format", "json"]).format, .json)
        XCTAssertEqual(try CheckCommand.parse([]).format, .text)
        XCTAssertEqual(try CheckCommand.parse(["--kind", "Rejection-Reply"]).options.kind, .rejectionReply)
        XCTAssertNil(try CheckCommand.parse([]).options.kind)
        XCTAssertEqual(try PracticeCommand.parse(["--kind", "check-in"]).options.kind, .checkIn)
        XCTAssertThrowsError(try CheckCommand.parse(["--format", "JSON"])) { error in
            XCTAssertEqual(
                CheckCommand.message(for: error), "The value 'JSON' is invalid for '--format <format>'. Please provide one of 'text' and 'json'.")
        }
        XCTAssertThrowsError(try PracticeCommand.parse(["--kind", "thanks"])) { error in
            XCTAssertEqual(
                PracticeCommand.message(for: error),
                "The value 'thanks' is invalid for '--kind <kind>'. Please provide one of 'thank-you', 'check-in', 'networking' or 'rejection-reply'.")
        }
    }

    func testMarkReadsItsLastWordAsAMarkAndNamesBothWhenItIsNotOne() throws {
        XCTAssertEqual(try MarkCommand.parse(["acme-1120", "thank-you-1", "Skipped"]).mark(), .skipped)
        XCTAssertThrowsError(try MarkCommand.parse(["acme-1120", "thank-you-1", "done"])) { error in
            XCTAssertEqual(
                MarkCommand.message(for: error),
                "'done' is not a way to mark a step: end with sent or skipped, as in `followup mark acme-1120 thank-you-1 sent`.")
        }
        XCTAssertThrowsError(try MarkCommand.parse(["acme-1120", "sent"])) { error in
            XCTAssertEqual(
                MarkCommand.message(for: error), "Name the step and say sent or skipped, as in `followup mark acme-1120 thank-you-1 sent`.")
        }
    }
}
