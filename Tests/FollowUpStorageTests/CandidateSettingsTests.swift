import FollowUpCore
import Foundation
import XCTest

@testable import FollowUpStorage

/// The candidate's settings in `config.yaml`: read with the line of a bad value, written back
/// without disturbing the rest of the file, and offered as a new session's answers.
final class CandidateSettingsTests: XCTestCase {
    func testSettingsAreReadCheckedAndNormalised() throws {
        let yaml = "name: maya chen\nemail: Maya <maya@example.com>\nphone: +44 7700 900123\ntone: Brief\ncountry: uk\nlocale: en_GB\n"
        let config = try UserConfig.parse(Data(yaml.utf8), path: "/c.yaml", userHome: "/home/m")
        XCTAssertEqual(config.candidate.name, "Maya Chen")
        XCTAssertEqual(config.candidate.email, "maya@example.com")
        XCTAssertEqual(config.candidate.tone, .brief)
        XCTAssertEqual(config.candidate.country, "GB")
        XCTAssertEqual(config.address, "maya@example.com", "the drafts' From when no `address:` is given")
    }

    func testABadValueIsNamedWithFileLineAndField() {
        let yaml = "name: Maya Chen\nreminders:\n  hour: 9\ncountry: Atlantis\n"
        XCTAssertThrowsError(try UserConfig.parse(Data(yaml.utf8), path: "/c.yaml", userHome: "/h")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/c.yaml:4: `country`: "), "\(error)")
        }
        XCTAssertThrowsError(try UserConfig.parse(Data("nmae: Maya\n".utf8), path: "/c.yaml", userHome: "/h")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/c.yaml:1: unknown key `nmae`. Did you mean `name`?"), "\(error)")
        }
    }

    func testSettingAKeyReplacesItsLineAndKeepsTheRest() {
        let text = "# mine\nname: Old\n  continued\nimap:\n  host: x\n"
        XCTAssertEqual(UserConfig.text(text, setting: "name", to: "Maya \"M\" Chen"), "# mine\nname: \"Maya \\\"M\\\" Chen\"\nimap:\n  host: x\n")
        XCTAssertEqual(UserConfig.text(text, setting: "tone", to: "warm"), text + "tone: \"warm\"\n")
        XCTAssertEqual(UserConfig.text(text, setting: "name", to: nil), "# mine\nimap:\n  host: x\n")
        XCTAssertEqual(UserConfig.text("", setting: "tone", to: "warm"), "tone: \"warm\"\n")
    }

    func testANewSessionIsOfferedTheSettingsButAnswersKeepTheirOwn() {
        var settings = CandidateSettings()
        _ = settings.set("name", to: "Maya Chen")
        _ = settings.set("tone", to: "formal")
        _ = settings.set("sign_off", to: "Best,")
        let offered = settings.defaults(for: Answers())
        XCTAssertEqual(offered.candidate.name, "Maya Chen")
        XCTAssertEqual(offered.candidate.signOff, "Best,")
        XCTAssertEqual(offered.tone, .formal)
        let own = settings.defaults(for: Answers(candidate: Candidate(name: "Sam Lee")))
        XCTAssertEqual(own.candidate.name, "Sam Lee")
    }
}
