import FollowUpCore
import Foundation
import TestSupport
import XCTest

/// A short, seeded random pass over the dialogue: a few thousand typed lines and commands,
/// checking after every step TestSupport's `DialogueInvariants` (the same checks as the long runs
/// of `Scripts/fuzz`, which also send every step through the session file).
final class DialogueFuzzTests: XCTestCase {
    func testRandomLinesKeepTheInvariants() throws {
        var rng = SeededRandom(seed: 20_261_120)
        var events = 0
        while events < 4_000 {
            // Half the sessions typed (an answer that cannot all be written is asked for again), half piped.
            let env = DialogueEnvironment(today: LocalDate(year: 2026, month: 11, day: 20)!, asksAgain: Bool.random(using: &rng))
            var machine = GuidedSessionStateMachine()
            for _ in 0..<Int.random(in: 5...150, using: &rng) {
                let line = randomLine(&rng)
                let event = DialogueEvent(line: line)
                let before = machine
                let step = machine.handle(event, environment: env)
                events += 1
                try DialogueInvariants.check(line: line, event: event, before: before, after: machine, step: step)
            }
        }
    }

    private static let answers = [
        "Acme", "Engineer", "yesterday", "today", "2026-11-19", "31 Feb", "next tuesday", "", " ", "video", "final",
        "Ana Gómez", "Ana Gómez, Bob Li", "Ana, Ana", "李雷, Zoë Ng", "CTO", "ana@acme.example", "not-an-email", "José",
        "roadmap; hiring", "no", "done", "yes", "n", "Sam Lee <sam@acme.example>", "Sam <bad>", "formal", "2", "Maya",
        "maya@example.com", "2026-12-04", "unknown",
    ]
    private static let commands = ["/back", "/skip", "/help", "/summary", "/save", "/b", "/s", "/", "/frobnicate", "//x", "//"]
    private static let controls = ["\u{1B}[A", "\u{1B}", "\u{07}", "\t", "\r", "\u{00}", "\u{202E}", "\u{FEFF}"]

    private func randomLine(_ rng: inout SeededRandom) -> String {
        switch Int.random(in: 0..<16, using: &rng) {
        case 0..<8:
            return Self.answers.randomElement(using: &rng)!
        case 8..<10:
            return Self.commands.randomElement(using: &rng)!
        case 10..<12:
            let argument = ["", " 1", " 2", " 0", " 21", " ana", " z"].randomElement(using: &rng)!
            return "/edit " + EditableField.names.randomElement(using: &rng)! + argument
        case 12:
            return String(repeating: "é ", count: [999, 1_000, 1_001, 3_000].randomElement(using: &rng)!)
        case 13:
            let bytes = (0..<Int.random(in: 0...24, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            return String(decoding: bytes, as: UTF8.self)
        case 14:
            return Self.answers.randomElement(using: &rng)! + Self.controls.randomElement(using: &rng)! + "x"
        default:
            return (0..<Int.random(in: 1...22, using: &rng)).map { "Person \($0)" }.joined(separator: ", ")
        }
    }
}
