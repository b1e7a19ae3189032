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

    /// Every setting, the mail account's and the reminders' too, is named by its file, line and
    /// dotted key when it cannot be used.
    func testEveryBadSettingIsNamedWithFileLineAndDottedKey() {
        let cases: [(String, String)] = [
            ("name: Maya\nreminders:\n  timezone: Europe/Paris\n  hour: 25\n", "/c.yaml:4: `reminders.hour`: '25' is not a whole hour from 0 to 23"),
            ("reminders:\n  timezone: Mars/Olympus\n", "/c.yaml:2: `reminders.timezone`: 'Mars/Olympus' is not an IANA zone"),
            ("imap:\n  host: h\n  user: u\n  password_command: p\n  port: 99999\n", "/c.yaml:5: `imap.port`: '99999' is not a port number"),
            ("imap:\n  host: h\n  user: u\n  password_command: p\n  security: ssl\n", "/c.yaml:5: `imap.security`: 'ssl' is not a way to connect"),
            ("tone: warm\nimap:\n  host: h\n  user: u\n", "/c.yaml:3: `imap.password_command`: not set: an IMAP account needs"),
            ("imap:\n  hots: h\n", "/c.yaml:2: unknown key `imap.hots`. Did you mean `imap.host`?"),
            ("address: nobody\n", "/c.yaml:1: `address`: 'nobody' is not an email address"),
            ("reminders: 9\n", "/c.yaml:1: `reminders`: takes hour, timezone"),
        ]
        for (yaml, expected) in cases {
            XCTAssertThrowsError(try UserConfig.parse(Data(yaml.utf8), path: "/c.yaml", userHome: "/h"), yaml) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error)")
            }
        }
    }

    func testEverySettingIsReadAndShownByItsKey() throws {
        let yaml = """
            name: Maya Chen
            maildir: ~/Mail/Drafts
            reminders:
              hour: "8"
              timezone: Europe/Paris
            imap:
              host: imap.fastmail.com
              security: starttls
              user: maya
              password_command: pass show mail
            """
        let config = try UserConfig.parse(Data(yaml.utf8), path: "/c.yaml", userHome: "/home/m")
        XCTAssertEqual(config.reminderHour, 8)
        XCTAssertEqual(config.maildir, "/home/m/Mail/Drafts")
        XCTAssertEqual(config.imap, IMAPAccount(host: "imap.fastmail.com", security: .starttls, user: "maya", passwordCommand: "pass show mail"))
        XCTAssertEqual(config.imap?.port, 143)
        XCTAssertEqual(
            UserConfig.keys.compactMap { key in config.value(of: key).map { "\(key)=\($0)" } },
            [
                "name=Maya Chen", "maildir=~/Mail/Drafts", "reminders.hour=8", "reminders.timezone=Europe/Paris", "imap.host=imap.fastmail.com",
                "imap.security=starttls", "imap.user=maya", "imap.password_command=pass show mail",
            ])
        XCTAssertNil(config.value(of: "address"), "the drafts' From falls back to the email, but the setting is not set")
        XCTAssertNoThrow(try UserConfig.parse(Data("imap:\nreminders:\n".utf8), path: "/c.yaml", userHome: "/h"), "empty groups")
    }

    func testSettingAKeyInAGroupKeepsTheRestAndAddsOrRemovesTheGroup() {
        let text = "# mine\nimap:\n    host: x\n    user: u\nname: \"M\"\n"
        XCTAssertEqual(
            UserConfig.text(text, setting: "imap.user", to: "maya"), "# mine\nimap:\n    host: x\n    user: \"maya\"\nname: \"M\"\n")
        XCTAssertEqual(
            UserConfig.text(text, setting: "imap.port", to: "993"), "# mine\nimap:\n    host: x\n    user: u\n    port: 993\nname: \"M\"\n")
        XCTAssertEqual(UserConfig.text(text, setting: "reminders.hour", to: "8"), text + "reminders:\n  hour: 8\n")
        let without = UserConfig.text(UserConfig.text(text, setting: "imap.host", to: nil), setting: "imap.user", to: nil)
        XCTAssertEqual(without, "# mine\nname: \"M\"\n", "a group left empty goes")
        XCTAssertEqual(UserConfig.text(text, setting: "imap", to: nil), "# mine\nname: \"M\"\n")
        XCTAssertEqual(UserConfig.text("", setting: "phone", to: "0770"), "phone: \"0770\"\n", "a phone keeps its leading zero")
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
