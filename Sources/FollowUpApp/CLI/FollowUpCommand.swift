import ArgumentParser
import Foundation

/// The `followup` command line: the guided session by default, and its subcommands.
public struct FollowUpCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Turn a job interview into a dated follow-up plan and one thank-you draft per interviewer.",
        discussion: """
            Run with no subcommand right after an interview: a short guided conversation collects \
            who you met and what you talked about, then writes the plan and the drafts.
            """,
        version: FollowUpVersion.current,
        subcommands: [
            StartCommand.self, ResumeCommand.self, PlanCommand.self, CheckCommand.self, PracticeCommand.self,
            ListCommand.self, DueCommand.self, MarkCommand.self, OutcomeCommand.self, ShowCommand.self, ExportCommand.self, DraftsCommand.self,
            OpenCommand.self, DeleteCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: StartCommand.self
    )

    public init() {}
}

/// The version printed by `followup --version`.
public enum FollowUpVersion {
    public static let current = "0.1.0"
}

extension FollowUpCommand {
    /// `main()`, except that `followup check`'s files never reach argument-parser, whose handling of
    /// many positional values is quadratic (a coach checks 1,000 drafts at once): the arguments
    /// are split first (`CheckCommand.splitArguments`), argument-parser parses only the options,
    /// and the command gets the files directly. `check` and `practice` end a usage problem
    /// argument-parser finds (a wrong `--format` or `--kind`, a missing value) with status 2,
    /// as linters do and as their own problems end (README); every other command is `main()`.
    ///
    /// With no arguments at all (the guided session, the moment it matters most that the first
    /// question comes at once), the default command starts with its defaults and no parsing;
    /// `--version` alone is answered without parsing too (argument-parser's reflection over every
    /// command took most of its time: Scripts/bench, docs/performance.md), and so are `check`'s
    /// common options (`CheckCommand.parsedDirectly`).
    public static func mainSplittingCheckFiles(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        if arguments.isEmpty {
            do {
                try StartCommand.start(StartCommand.defaults)
            } catch {
                exit(withError: error)
            }
            return
        }
        if arguments == ["--version"] {
            print(FollowUpVersion.current)
            return
        }
        guard let name = arguments.first, Self.linterLikeCommands.contains(name) else {
            return main(arguments)
        }
        do {
            if name == CheckCommand._commandName {
                let (options, files) = CheckCommand.splitArguments(arguments.dropFirst())
                if let check = CheckCommand.parsedDirectly(options) {
                    try check.run(files: files)
                    return
                }
                var command = try parseAsRoot([name] + options)
                if let check = command as? CheckCommand {
                    try check.run(files: files)
                } else {
                    try command.run()
                }
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            exitAsALinter(withError: error)
        }
    }

    /// The commands whose usage problems end with status 2 (README: Exit status).
    static let linterLikeCommands: Set<String> = [CheckCommand._commandName, PracticeCommand._commandName]

    /// `exit(withError:)`, with argument-parser's usage status (64) given as 2.
    static func exitAsALinter(withError error: any Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
    }
}
