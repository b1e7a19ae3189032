import ArgumentParser
import XCTest

@testable import FollowUpApp

/// `followup check`'s common options are read without argument-parser
/// (`CheckCommand.parsedDirectly`): the same command as argument-parser makes, and anything
/// uncommon is left to it.
final class CheckCommandParsingTests: XCTestCase {
    /// Every value of the command, read as `run` reads them.
    static func described(_ command: CheckCommand) -> String {
        let options = command.options
        let kind = options.kind?.rawValue ?? "-"
        let values: [String] = [
            "\(command.files)", command.format.rawValue, "\(command.listRules)", options.answers ?? "-", options.session ?? "-",
            options.date ?? "-", kind, options.to ?? "-", options.homeOptions.home ?? "-", "\(options.homeOptions.noColor)",
        ]
        return values.joined(separator: " | ")
    }

    func testTheCommonOptionsGiveTheCommandArgumentParserGives() throws {
        for options in [
            [], ["--no-color"], ["--format", "json"], ["--date", "2026-11-20", "--kind", "check-in", "--to", "Ana"],
            ["--answers", "a.yaml", "--home", "/tmp/h", "--no-color", "--format", "text"], ["--session", "acme-1"],
            ["--date", "today"],
        ] {
            let direct = try XCTUnwrap(CheckCommand.parsedDirectly(options), "\(options)")
            let parsed = try XCTUnwrap(FollowUpCommand.parseAsRoot(["check"] + options) as? CheckCommand, "\(options)")
            XCTAssertEqual(Self.described(direct), Self.described(parsed), "\(options)")
        }
    }

    func testAnythingElseIsLeftToArgumentParser() {
        for options in [
            ["--help"], ["-h"], ["--list-rules"], ["--format=json"], ["--date", "2026-11-20", "--date", "2026-11-21"],
            ["--no-color", "--no-color"], ["--format"], ["--date", "-1"], ["--colour"], ["-x"], ["--version"],
            // A value the parser refuses: its message lists every value.
            ["--format", "xml"], ["--kind", "nope"],
        ] {
            XCTAssertNil(CheckCommand.parsedDirectly(options), "\(options)")
        }
    }

    /// A property added to the command or its options must be set by `parsedDirectly` too:
    /// reading one it left unset stops the program.
    func testEveryPropertyOfTheCommandIsSetByTheDirectReading() {
        XCTAssertEqual(Mirror(reflecting: CheckCommand()).children.map(\.label), ["_files", "_format", "_listRules", "_options"])
        XCTAssertEqual(
            Mirror(reflecting: FeedbackOptions()).children.map(\.label), ["_answers", "_session", "_date", "_kind", "_to", "_homeOptions"])
        XCTAssertEqual(Mirror(reflecting: HomeOptions()).children.map(\.label), ["_home", "_noColor"])
    }
}
