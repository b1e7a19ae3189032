import ArgumentParser
import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation
import Spelling

/// Options shared by `check` and `practice`: where the context comes from, and the day.
struct FeedbackOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An answers file (YAML or JSON) describing the interview.", valueName: "file"))
    var answers: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Use the answers of a saved guided session, or of a tracked interview (the ids `followup list` shows), as the context.", valueName: "id"))
    var session: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The day the message would be sent (YYYY-MM-DD, 'today', 'yesterday'; default: the day in an .eml's Date: header, else today).",
            valueName: "date"))
    var date: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The kind of message, in any case; when left out, it is guessed from the text.", valueName: "kind"))
    var kind: MessageKind?

    @Option(
        name: .long,
        help: ArgumentHelp("The interviewer the draft is written to, by name (with --answers or --session).", valueName: "name"))
    var to: String?

    @OptionGroup var homeOptions: HomeOptions
}

/// Kinds are read by the parser itself, whatever their case ("Thank-You"), so that `--help`
/// and the message for a wrong one list every kind.
extension MessageKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// What each kind is, in `--help` and the manual page.
    public static var allValueDescriptions: [String: String] {
        [
            MessageKind.thankYou.rawValue: "the note sent a day or two after the interview",
            MessageKind.checkIn.rawValue: "the polite 'any news?' once the decision date has passed",
            MessageKind.networking.rawValue: "a short note to stay in touch",
            MessageKind.rejectionReply.rawValue: "the gracious answer to a no",
        ]
    }
}

/// A command-line problem: printed, then exit status 2.
struct UsageProblem: Error, CustomStringConvertible {
    var description: String
}

/// Everything needed to check drafts, built once from the options, the home folder and the platform.
struct FeedbackSetup {
    let engine: FeedbackEngine
    let context: FeedbackContext
    let console: Console
    /// The data folder: the only place besides the output folders that followup writes to.
    let home: String

    /// With `readingDictionaryAhead` (practice mode), the dictionary is read in the background
    /// from the start, so that the first misspelt word does not wait for it.
    init(options: FeedbackOptions, platform: Platform, readingDictionaryAhead: Bool = false) throws(UsageProblem) {
        let home = platform.home(override: options.homeOptions.home)
        self.home = home
        console = Console(platform: platform, noColor: options.homeOptions.noColor)

        // The candidate's own rules first, so that config.yaml can turn them off or re-grade them.
        let rules = Self.phraseRules(home: home, console: console)
        var configuration = FeedbackConfiguration()
        let configPath = home + "/config.yaml"
        if let text = Self.readText(configPath) {
            do {
                configuration = try FeedbackConfiguration.parse(
                    yaml: text, fileName: configPath, knownRules: RuleCatalog.ids.union(rules.user.ids))
            } catch {
                throw UsageProblem(description: "\(error)")
            }
        }
        let personalWords = Self.readText(home + "/words.txt").map(FeedbackContext.parseWordList) ?? []

        var answers: Answers?
        if options.answers != nil && options.session != nil {
            throw UsageProblem(description: "use either --answers or --session, not both")
        }
        if let path = options.answers {
            let read: Data?
            do {
                read = try AnswersFile.read(platform.absolute(path))
            } catch {
                throw UsageProblem(description: "\(error)")
            }
            guard let data = read else { throw UsageProblem(description: "cannot read the answers file \(path)") }
            do {
                answers = try AnswersFile.decode(data, fileName: (path as NSString).lastPathComponent, locale: platform.dateLocale)
            } catch {
                throw UsageProblem(description: "\(error)")
            }
        }
        if let id = options.session {
            // A guided session's id, or the tracker's (`followup list` shows both): its latest round.
            let tracker = TrackerStore(home: home)
            let sessions = SessionStore(home: home)
            if !FileManager.default.fileExists(atPath: sessions.path(for: id)), let round = (try? tracker.load(id: id))?.latestRound {
                answers = round.answers
            } else {
                do {
                    answers = try sessions.load(id: id).machine.answers
                } catch {
                    throw UsageProblem(description: "\(error) Tracked interviews: \(tracker.all().records.map(\.id).joined(separator: ", ")).")
                }
            }
        }

        // The timing rules count business days in the candidate's country, as the plan did.
        if var known = answers, known.country == nil {
            known.country = platform.country(for: known)
            answers = known
        }

        var today = platform.today
        if let text = options.date {
            switch DateParser(today: platform.today).parse(text) {
            case .success(let date): today = date
            case .failure(let failure): throw UsageProblem(description: "--date: \(failure.message)")
            }
        }
        var context = FeedbackContext(answers: answers, today: today, kind: options.kind, personalWords: personalWords, recipient: options.to)
        // Without --date, an .eml is checked as of the day in its Date: header (the day
        // `followup plan` meant it to be sent).
        context.checksAsOfSendDate = options.date == nil
        if let name = options.to, context.recipientInterviewer == nil {
            let known = answers?.interviewers.map(\.name) ?? []
            throw UsageProblem(
                description: known.isEmpty
                    ? "--to needs the interview: add --answers FILE or --session ID"
                    : "--to: '\(name)' is not an interviewer in this interview (\(known.joined(separator: ", ")))")
        }

        // Without a dictionary the spelling rule is silent; say so once rather than fail.
        // The dictionary is read on another thread while the drafts are read and parsed, and
        // the words the rule accepts join it, so that suggestions offer them ("rolout": try
        // "rollout"; a misspelt interviewer's name: the name).
        // The dictionary of the candidate's locale (the answers', the settings', the
        // environment's), and the list of its words kept in <home>/cache (see `WordList`).
        let settingsLocale =
            (try? UserConfig.load(
                path: UserConfig.defaultPath(environment: platform.environment, userHome: platform.userHome), userHome: platform.userHome))?
            .candidate.locale
        let language = HunspellChecker.language(forLocale: answers?.locale ?? settingsLocale ?? platform.dateLocale)
        do {
            let speller = try HunspellChecker(
                language: language, inBackground: true, words: context.acceptedWords.sorted(), wordListFolder: home + "/cache")
            // The dictionary's answers on words outside the list, as an earlier run kept them.
            if let build = Self.buildIdentity { speller.recallAnswers(build: build) }
            if readingDictionaryAhead { speller.readAhead() }
            context.spellChecker = speller
        } catch {
            console.error("spelling is not checked: \(error)")
        }
        self.context = context
        engine = FeedbackEngine(rules: rules.rules, configuration: configuration)
    }

    static func readText(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
