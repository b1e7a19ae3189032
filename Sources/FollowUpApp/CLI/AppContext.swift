import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation
import LineEditing

/// What every command needs, resolved once from the platform and the options.
struct AppContext {
    let platform: Platform
    let home: String
    let store: SessionStore
    let console: Console
    /// The line-editing history (see `Platform.historyFile(homeOverride:)`).
    let historyFile: String
    /// `--locale`: how the drafts write dates, over the answers' own `locale` and the environment.
    var locale: String?
    /// `--country`: whose public holidays the plan skips, over the answers' own `country`.
    var country: String?
    /// The candidate's settings (`followup config`): a new session's defaults, and the locale
    /// and country under `--locale` and `--country`.
    var settings = CandidateSettings()

    init(platform: Platform, homeOptions: HomeOptions) {
        self.init(platform: platform, home: homeOptions.home, noColor: homeOptions.noColor)
    }

    /// `home` and `noColor` as `--home` and `--no-color` give them.
    init(platform: Platform, home: String?, noColor: Bool) {
        self.platform = platform
        self.home = platform.home(override: home)
        self.historyFile = platform.historyFile(homeOverride: home)
        self.store = SessionStore(home: self.home)
        self.console = Console(platform: platform, noColor: noColor)
    }

    /// Reads the candidate's settings; a broken file is named with its line and left alone,
    /// and the session goes on without it.
    mutating func loadSettings() {
        settings = userConfig().candidate
    }

    /// The locale numeric dates are read by: `--locale`, else the settings', else the environment's.
    var readingLocale: String? { locale ?? settings.locale ?? platform.dateLocale }

    func ensureHome() throws {
        do {
            try AtomicFile.makeDirectory(home)
        } catch {
            console.error("\(error) (the data folder comes from --home, $FOLLOWUP_HOME or $XDG_DATA_HOME)")
            throw ExitCode.failure
        }
    }

    func makeReader() -> any LineReader {
        platform.makeReader(platform.stdinIsTerminal ? historyFile : nil)
    }

    /// The saved sessions, newest first. Damaged session files are named, kept, and do not
    /// stop the tool.
    func loadSessions() -> [SessionRecord] {
        let (sessions, unreadable) = store.all()
        for problem in unreadable {
            console.error("skipping a session file: \(problem)")
        }
        return sessions
    }

    func label(for record: SessionRecord) -> String {
        let a = record.machine.answers
        let what = [a.interview.company, a.interview.role].filter { !$0.isEmpty }.joined(separator: ", ")
        return (what.isEmpty ? "not named yet" : what) + " (id \(record.id))"
    }

    var environment: DialogueEnvironment {
        DialogueEnvironment(
            today: platform.today, locale: readingLocale, country: country ?? settings.country ?? platform.country(for: nil),
            nameCapitals: .english, asksAgain: platform.stdinIsTerminal)
    }

    func startNew(machine: GuidedSessionStateMachine? = nil, out: String?, reader: any LineReader) throws {
        let machine = machine ?? GuidedSessionStateMachine(settings: settings)
        let id = store.newID(startedAt: platform.nowComponents)
        // Not saved yet: nothing has been typed, and the session is saved after every answer it
        // accepts. Its lock, taken before the first question (`runSession`), keeps the id and
        // shows that the sessions folder can be written to.
        let record = SessionRecord(id: id, created: platform.timestamp, machine: machine)
        if machine.state == .asking(.review) {
            console.say("Here are the answers from the file. Change anything with /edit <field>, then say yes to write the files.")
            console.showSummary(SessionSummary.lines(for: machine.answers))
        } else {
            console.say(CoachScript.welcome(questions: machine.prompt?.total ?? 17))
            if let note = CoachScript.Remark.fromSettings(settings) { console.say(note) }
        }
        try runSession(record: record, out: out, reader: reader).exitIfFailed()
    }

    /// Loads, locks and runs a session; returns the exit code to end with.
    func runSession(id: String, out: String?, reader: any LineReader) -> ExitCode {
        let record: SessionRecord
        do {
            record = try store.load(id: id)
        } catch {
            console.error("\(error)")
            return .failure
        }
        if record.isFinished {
            console.say("That session is finished; its files are in \(record.outputDirectory.map(platform.tilde) ?? "its output folder").")
            return .success
        }
        console.say("Welcome back. Carrying on with \(label(for: record)).")
        return runSession(record: record, out: out, reader: reader)
    }

    func runSession(record: SessionRecord, out: String?, reader: any LineReader) -> ExitCode {
        let lock: FileLock
        do {
            lock = try store.lock(id: record.id)
        } catch {
            console.error("\(error)")
            return .failure
        }
        defer { lock.release() }
        let repl = GuidedREPL(
            record: record, store: store, reader: reader, console: console, environment: { self.environment },
            writeFiles: { answers in try self.writePlanFiles(answers, out: out) },
            sentCommand: { arguments in self.sentCommand(arguments) },
            afterFinish: { record, written in
                self.offerOwnDraft(sessionID: record.id, answers: record.machine.answers, written: written, reader: reader)
            },
            platform: platform)
        switch repl.run() {
        case .finished: return .success
        case .stopped(let interrupted): return interrupted ? ExitCode(130) : .success
        // 65: a piped answer was refused (EX_DATAERR); 66: the piped input ended too soon.
        case .refused: return ExitCode(65)
        case .inputEnded: return ExitCode(66)
        case .notWritten, .stoppedUnsaved: return .failure
        }
    }
}

extension ExitCode {
    /// Ends the command with this status unless it is success.
    func exitIfFailed() throws {
        if self != .success { throw self }
    }
}
