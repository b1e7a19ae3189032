import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

/// `followup open ID STEP`: one draft in the candidate's mail program, ready to edit and send.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open one step's draft in your mail program.",
        discussion: """
            The draft opens as a new message to edit and send: with $MAILER when it is set (the \
            draft's .eml file is given as its last argument, e.g. MAILER="neomutt -H"), else \
            with neomutt -H when neomutt is installed and this is a terminal, else through the \
            desktop's mail handler (xdg-open with the draft's mailto: link). With none of them, \
            the link and the file are printed to open by hand.

            Examples:
              followup open acme-1120 thank-you-1
              MAILER="neomutt -H" followup open acme-1120 check-in
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Argument(help: "The interview's id (see followup list).")
    var id: String

    @Argument(help: "The step whose draft to open (see followup show ID).")
    var step: String

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let record = try app.trackerAction { try app.openTracker().load(id: id) }
        guard let entry = record.allSteps.first(where: { $0.ref == step }) else {
            app.console.error("\(id) has no step '\(step)'. Its steps are: \(record.allSteps.map(\.ref).joined(separator: ", ")).")
            throw ExitCode(64)
        }
        guard let file = entry.step.draftFile, FileManager.default.fileExists(atPath: file) else {
            app.console.error("\(step) of \(id) has no draft file to open. `followup export \(id)` writes the plan files again.")
            throw ExitCode.failure
        }
        let link = DueCommand.mailto(draftFile: file, recipient: entry.step.recipient)
        let environment = app.platform.environment
        let command: [String]
        if let mailer = environment["MAILER"], !mailer.trimmingCharacters(in: .whitespaces).isEmpty {
            // The user's own choice, as a shell command line with the file appended.
            command = ["/bin/sh", "-c", mailer + " \"$1\"", "followup-open", file]
        } else if app.platform.stdoutIsTerminal, let neomutt = Self.find("neomutt", in: environment) {
            command = [neomutt, "-H", file]
        } else if let opener = Self.find("xdg-open", in: environment), let link {
            command = [opener, link]
        } else {
            app.console.error("no mail program found: set MAILER (e.g. MAILER=\"neomutt -H\"), or open the draft by hand:")
            if let link { app.console.write("  \(link)\n") }
            app.console.write("  \(app.platform.tilde(file))\n")
            throw ExitCode.failure
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        do {
            try process.run()
        } catch {
            app.console.error("could not start \(command[0]): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            app.console.error(
                "\((command[0] as NSString).lastPathComponent) ended with status \(process.terminationStatus); the draft is unchanged at \(app.platform.tilde(file))"
            )
            throw ExitCode.failure
        }
    }

    /// The first executable called `name` on the PATH.
    static func find(_ name: String, in environment: [String: String]) -> String? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
