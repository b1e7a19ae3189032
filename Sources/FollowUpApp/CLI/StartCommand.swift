import ArgumentParser
import Foundation

/// `followup` / `followup start`: the guided session.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start (or resume) a guided follow-up session.")

    func run() throws {
        print("followup")
    }
}
