import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation
import LineEditing

/// `followup` / `followup start`: the guided session.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a guided follow-up session (the default command).",
        discussion: """
            Asks about the interview one question at a time, saves after every answer, and ends by \
            writing plan.md, plan.json, reminders.ics and one .eml draft per interviewer.

            Examples:
              followup                      start, or offer to resume an unfinished session
              followup --new                start a new session even if one is unfinished
              followup --out ~/acme-plan    write the files to a folder of your choice
              followup < answers.txt        answer the questions from a file, one line each
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Option(name: .long, help: ArgumentHelp("Folder for the plan and drafts (default: a new folder under <home>/plans).", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Start a new session without offering to resume an unfinished one.")
    var new = false

    @Option(name: .long, help: ArgumentHelp("Open an answers file (YAML or JSON) to review and edit before writing the files.", valueName: "file"))
    var answers: String?

    @OptionGroup var dates: DateOptions

    /// Everything the options ask for. `run()` reads the options only through it, so that
    /// `defaults` (what `followup` alone does, without argument-parser) cannot miss one: a new
    /// option goes into `Request`, whose memberwise `defaults` then needs its value, and
    /// FollowUpAppTests compares `defaults` with what the parser makes of no arguments.
    struct Request: Equatable {
        var home: String?
        var noColor: Bool
        var out: String?
        var new: Bool
        var answers: String?
        var locale: String?
        var country: String?
    }

    var request: Request {
        Request(
            home: homeOptions.home, noColor: homeOptions.noColor, out: out, new: new, answers: answers, locale: dates.locale,
            country: dates.country)
    }

    /// `followup` with no arguments: every option at its default, without argument-parser
    /// (which walks the options of every command first: through it, the first question came
    /// 1.4 ms later, 1.08× the Swift floor instead of 0.88×; docs/performance.md).
    static let defaults = Request(home: nil, noColor: false, out: nil, new: false, answers: nil, locale: nil, country: nil)

    func run() throws {
        try Self.start(request)
    }

    static func start(_ request: Request) throws {
        var app = AppContext(platform: .current(), home: request.home, noColor: request.noColor)
        app.locale = request.locale
        app.country = request.country
        try start(app: app, out: request.out, new: request.new, answers: request.answers)
    }

    static func start(app: AppContext, out: String?, new: Bool, answers: String?) throws {
        var app = app
        app.loadSettings()
        try app.ensureHome()
        let sessions = app.loadSessions()
        app.announceDueFollowUps()

        if let answers {
            let data: Data?
            do {
                data = try AnswersFile.read(app.platform.absolute(answers))
            } catch {
                app.console.error("\(error)")
                throw ExitCode(65)
            }
            guard let data else {
                app.console.error("\(answers): no such file, or it can't be read.")
                throw ExitCode(66)
            }
            do {
                let loaded = try AnswersFile.decode(data, fileName: answers, locale: app.readingLocale)
                return try app.startNew(machine: .reviewing(loaded), out: out, reader: app.makeReader())
            } catch let error as AnswersFileError {
                for problem in error.problems { app.console.error("\(answers): \(problem)") }
                throw ExitCode(65)
            }
        }

        if !new, app.platform.stdinIsTerminal, let unfinished = sessions.first(where: { !$0.isFinished }) {
            let reader = app.makeReader()
            var offer = ResumeOfferStateMachine(sessionID: unfinished.id, label: app.label(for: unfinished))
            offer.opening.forEach(app.console.show)
            let answer = offer.handle(TypedLine(reader.readLine(prompt: offer.prompt ?? "")))
            answer.messages.forEach(app.console.show)
            switch answer.effect {
            case .resume: return try app.runSession(id: unfinished.id, out: out, reader: reader).exitIfFailed()
            case .stop: throw ExitCode(130)
            case .startNew: return try app.startNew(out: out, reader: reader)
            }
        }
        try app.startNew(out: out, reader: app.makeReader())
    }
}

/// `followup resume [ID]`: continue a saved session.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Resume a saved session where you left it.",
        discussion: """
            Examples:
              followup resume                    the most recent unfinished session
              followup resume 20261122-091500    a session by its id (see followup list)
              followup resume ID --out ~/plans   and write its files to another folder
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Argument(help: "The session id; the most recent unfinished session when left out.")
    var id: String?

    @Option(name: .long, help: ArgumentHelp("Folder for the plan and drafts.", valueName: "dir"))
    var out: String?

    func run() throws {
        var app = AppContext(platform: .current(), homeOptions: homeOptions)
        app.loadSettings()
        try app.ensureHome()
        let sessions = app.loadSessions()
        let target: String
        if let id {
            target = id
        } else if let latest = sessions.first(where: { !$0.isFinished }) {
            target = latest.id
        } else {
            app.console.error("There is no unfinished session to resume. Start one with `followup`.")
            throw ExitCode.failure
        }
        try app.runSession(id: target, out: out, reader: app.makeReader()).exitIfFailed()
    }
}
