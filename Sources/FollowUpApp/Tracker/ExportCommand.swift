import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation
import LineEditing

/// `followup export ID`: the plan files again, with the tracked dates, and the answers as YAML.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a tracked interview's plan files again (plan.md, plan.json, reminders.ics, drafts).",
        discussion: """
            The plan uses the tracked dates (moved by late or early sends); steps already sent, \
            skipped or closed are listed in the notes instead of the timeline. Existing files are \
            never overwritten.

            Examples:
              followup export acme-1120 --out ~/acme-again
              followup export acme-1120 --answers
                  also answers.yaml, for followup plan --answers
              followup export acme-1120 --round 1
                  an earlier round
              followup export 20261122-091500 --answers
                  a guided session's answers (answers-<id>.yaml), finished or not
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Argument(help: "The interview's id (see followup list); with --answers, a session id works too.")
    var id: String

    @Option(
        name: .long,
        help: ArgumentHelp("Output folder (default: a new folder under <home>/plans; <home>/answers for a session's answers).", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Also write the answers as answers.yaml.")
    var answers = false

    @Option(name: .long, help: ArgumentHelp("Which round (default: the latest).", valueName: "n"))
    var round: Int?

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let store = app.openTracker()
        if answers, (try? store.load(id: id)) == nil, let session = try? app.store.load(id: id) {
            return try exportSessionAnswers(session, app: app)
        }
        let record = try app.trackerAction { try store.load(id: id) }
        let number = round ?? record.rounds.count
        guard let tracked = record.rounds.first(where: { $0.number == number }) else {
            app.console.error("\(id) has no round \(number); it has \(record.rounds.count) (1 to \(record.rounds.count)).")
            throw ExitCode.failure
        }
        let today = app.platform.today
        var plan = Self.plan(for: tracked, today: today)
        switch record.status {
        case .active: break
        case .quiet:
            plan.notes.append(
                "No reply \(TrackedInterview.quietAfterDays) days after the last check-in: stop following up, put your energy into other applications, send the connection notes, and close it with `followup outcome \(id) no-response`."
            )
        case .offer, .rejected, .withdrawn, .noResponse:
            plan.notes.append("Outcome: \(record.status.label). The follow-ups still open are the closing messages and the connection notes.")
        }
        let drafts = DraftComposer(overrides: app.loadTemplateOverrides(), nameCapitals: .english).compose(tracked.answers, today: tracked.planMadeOn)
        for problem in drafts.problems { app.console.error("template \(app.home)/templates/\(problem)") }
        let written: [String] = try app.trackerAction {
            let folder = out.map(app.platform.absolute) ?? PlanExport.defaultFolder(home: app.home, answers: tracked.answers, plan: plan)
            var files = try PlanExport.render(
                answers: tracked.answers, plan: plan, drafts: drafts, now: app.platform.now, timeZone: app.platform.timeZone,
                key: record.key(ofRound: number), folder: folder, reminderTime: app.reminderTime(), tracker: (record.id, number))
            if answers {
                files.append(ExportFile(relativePath: "answers.yaml", data: Data(AnswersFile.encodeYAML(tracked.answers).utf8)))
            }
            return try PlanExport.write(files, into: folder)
        }
        app.console.write("\(id), round \(number) →\n")
        for path in written { app.console.write("  \(app.platform.tilde(path))\n") }
    }

    /// A guided session (finished or not) exported as an answers file, to edit or to hand to
    /// `followup plan --answers`.
    private func exportSessionAnswers(_ session: SessionRecord, app: AppContext) throws {
        // Like every other file followup writes, inside its own folders unless told otherwise.
        let folder = out.map(app.platform.absolute) ?? "\(app.home)/answers"
        let written: [String] = try app.trackerAction {
            let yaml = AnswersFile.encodeYAML(session.machine.answers)
            return try PlanExport.write([ExportFile(relativePath: "answers-\(session.id).yaml", data: Data(yaml.utf8))], into: folder)
        }
        app.console.write("session \(session.id) →\n")
        for path in written { app.console.write("  \(app.platform.tilde(path))\n") }
    }

    /// The round's plan with its tracked dates; steps already done become notes.
    static func plan(for round: TrackedRound, today: LocalDate) -> FollowUpPlan {
        var plan = PlanBuilder.build(from: round.answers, today: round.planMadeOn)
        var steps: [PlanStep] = []
        var done: [String] = []
        for var step in plan.steps {
            guard let tracked = round.steps.first(where: { $0.id == step.id }) else { continue }
            switch tracked.state {
            case .sent, .skipped, .closed:
                done.append("\(step.id) \(tracked.state.rawValue)\(tracked.doneOn.map { " on \($0.readable)" } ?? "")")
                continue
            case .waiting:
                step.status = .onOutcome
            case .pending:
                step.due = tracked.due
                step.latest = tracked.latest
                step.what = tracked.what
                step.status = tracked.due < today ? .overdue : (tracked.due == today ? .dueToday : .upcoming)
            }
            steps.append(step)
        }
        let dated = steps.filter { $0.status != .onOutcome }.sorted { $0.due < $1.due }
        plan.steps = dated + steps.filter { $0.status == .onOutcome }
        plan.generatedOn = today
        if !done.isEmpty { plan.notes.append("Already done: \(done.joined(separator: "; ")).") }
        return plan
    }
}

/// `followup delete ID`: forget a tracked interview (its plan files stay).
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a tracked interview, or an unfinished session (plan files are kept).",
        discussion: """
            Asks first on a terminal. Scripts must pass --yes; without it, a run whose input is not \
            a terminal refuses.

            Examples:
              followup delete acme-1120
              followup delete acme-1120 --yes
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Argument(help: "The interview's id (see followup list).")
    var id: String

    @Flag(name: .long, help: "Delete without asking.")
    var yes = false

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let store = app.openTracker()
        let description: String
        let remove: () throws -> Void
        let typed: [String]
        if let record = try? store.load(id: id) {
            typed = record.rounds.flatMap(\.answers.interviewTexts)
            let files = record.rounds.compactMap(\.outputDirectory)
            description =
                "\(record.company), \(record.role) (\(id)), with its \(record.rounds.count) round\(record.rounds.count == 1 ? "" : "s") and history"
                + (files.isEmpty ? "" : "; the plan files in \(files.joined(separator: ", ")) are kept")
            remove = { try store.delete(id: id) }
        } else if let session = try? app.store.load(id: id), !session.isFinished {
            typed = session.machine.answers.interviewTexts
            description = "the unfinished session \(app.label(for: session))"
            remove = {
                let lock = try app.store.lock(id: id)
                defer { lock.release() }
                if unlink(app.store.path(for: id)) != 0 { throw StorageError(path: app.store.path(for: id), reason: "could not be removed") }
            }
        } else {
            app.console.error(store.unknownIDMessage(id))
            throw ExitCode.failure
        }

        if !yes {
            guard app.platform.stdinIsTerminal else {
                app.console.error("refusing to delete \(id) without asking, and the input is not a terminal. Add --yes to delete it from a script.")
                throw ExitCode.failure
            }
            switch app.makeReader().readLine(prompt: "Delete \(description)? [y/N] ") {
            case .line(let text) where text.lowercased().hasPrefix("y"):
                break
            default:
                app.console.write("Kept \(id).\n")
                return
            }
        }
        try app.trackerAction { try remove() }
        app.refreshCalendar()
        // What was typed about it goes too: any history line that mentions one of its texts.
        let texts = Set(typed.map { $0.lowercased() }.filter { $0.count >= 3 })
        if !removeHistoryLines(at: app.historyFile, where: { line in texts.contains { line.lowercased().contains($0) } }) {
            app.console.error("\(app.historyFile): could not remove the lines about \(id) from the line-editing history; edit or delete that file by hand.")
        }
        app.console.write("Deleted \(id).\n")
    }
}
