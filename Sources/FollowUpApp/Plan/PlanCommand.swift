import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

/// `followup plan --answers FILE`: the plan and drafts from answers files, with no questions asked.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write the plan and drafts from answers files, without the guided session.",
        discussion: """
            For career coaches preparing plans for a cohort, and for scripts. Every file is checked \
            before anything is written; a file with problems gets one message per problem, naming \
            the key, and exit status 65 (66 when a file is missing).

            Examples:
              followup plan --answers maya.yaml
                  writes to a new folder in <home>/plans
              followup plan --answers maya.yaml --out maya-plan
                  writes to maya-plan/
              followup plan --answers cohort/*.yaml --out plans
                  one folder per answers file, named after it, in plans/
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("YAML or JSON answers files (the format is in the README).", valueName: "file"))
    var answers: [String]

    @Option(name: .long, help: ArgumentHelp("Output folder. With several files, one subfolder per file.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Plan as if today were this date (YYYY-MM-DD), e.g. to prepare plans ahead.", valueName: "date"))
    var today: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How the drafts write dates: en_US for 'Friday, December 4', en_GB (or any other) for 'Friday 4 December' (default: the answers' locale, else $LC_ALL, $LC_TIME or $LANG).",
            valueName: "locale"))
    var locale: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Whose public holidays the plan skips: a country code such as US, GB, DE (default: the answers' country, else the time zone's).",
            valueName: "code"))
    var country: String?

    func validate() throws {
        if answers.isEmpty { throw ValidationError("Give at least one answers file with --answers FILE.") }
        try StartCommand.validateLocale(locale)
        try StartCommand.validateCountry(country)
        if let today {
            guard let day = LocalDate(iso8601: today) else {
                throw ValidationError("--today takes a date as YYYY-MM-DD, such as 2026-11-20; '\(today)' is not one.")
            }
            if !day.isSupported { throw ValidationError("--today: " + LocalDate.unsupportedYearMessage(day.year)) }
        }
    }

    func run() throws {
        var app = AppContext(platform: .current(), homeOptions: homeOptions)
        app.locale = locale
        app.country = country
        app.loadSettings()
        let day = today.flatMap { LocalDate(iso8601: $0) }

        // Read and check every file first: a bad one stops the run before anything is written.
        var loaded: [(file: String, answers: Answers, data: Data)] = []
        var invalid = false
        var missing = false
        for file in answers {
            do {
                guard let data = FileManager.default.contents(atPath: app.platform.absolute(file)) else {
                    app.console.error("\(file): no such file, or it can't be read. Check the path.")
                    missing = true
                    continue
                }
                loaded.append((file, try AnswersFile.decode(data, fileName: file, locale: app.readingLocale), data))
            } catch let error as AnswersFileError {
                for problem in error.problems { app.console.error("\(file): \(problem)") }
                invalid = true
            }
        }
        // 65: a file with problems (EX_DATAERR); 66: a file that isn't there (EX_NOINPUT).
        if invalid { throw ExitCode(65) }
        if missing { throw ExitCode(66) }

        try app.ensureHome()
        // Every plan is rendered and its folder checked before any file is written.
        let overrides = app.loadTemplateOverrides()
        var prepared: [(file: String, plan: PreparedPlan)] = []
        var claimed: [String: String] = [:]
        for (file, answers, data) in loaded {
            var folder = out
            if let out, loaded.count > 1 {
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                folder = "\(out)/\(Slug.make(name, fallback: "answers"))"
            }
            do {
                var plan = try app.preparePlanFiles(answers, out: folder, today: day, overrides: overrides)
                if let other = claimed[plan.folder] {
                    guard out == nil else {
                        app.console.error("\(file) and \(other) would both be written to \(plan.folder): rename one of the files, or plan them one at a time.")
                        throw ExitCode.failure
                    }
                    // Two default folders for one company and date: number them.
                    let base = PlanExport.defaultFolderBase(home: app.home, answers: answers, plan: plan.plan)
                    var n = 2
                    while claimed["\(base)-\(n)"] != nil || FileManager.default.fileExists(atPath: "\(base)-\(n)") { n += 1 }
                    plan.folder = "\(base)-\(n)"
                }
                claimed[plan.folder] = file
                try PlanExport.checkFree(plan.files, in: plan.folder)
                // What could not be written cleanly is left out of the drafts and named here, at its line.
                for item in plan.drafts.unwritten {
                    let line = AnswersFile.line(of: item.field, in: data).map { ":\($0)" } ?? ""
                    app.console.error("\(file)\(line): \(item.field): not in the drafts: \(item.what)")
                }
                prepared.append((file, plan))
            } catch let exit as ExitCode {
                throw exit
            } catch {
                app.console.error("\(file): \(error)")
                throw ExitCode.failure
            }
        }
        for (file, plan) in prepared {
            do {
                let written = try app.write(plan, flush: false, refreshCalendar: false)
                app.console.write("\(file) → \(written.folder)\n")
                for path in written.files { app.console.write("  \(path)\n") }
                if let note = written.trackingNote { app.console.write("  \(note)\n") }
            } catch {
                app.console.error("\(file): \(error)")
                throw ExitCode.failure
            }
        }
        // One calendar and one flush for the whole batch rather than one per plan.
        if !prepared.isEmpty { app.refreshCalendar() }
        if let first = prepared.first {
            do {
                try AtomicFile.flushFileSystem(containing: first.plan.folder)
            } catch {
                app.console.error("\(error)")
                throw ExitCode.failure
            }
        }
    }
}
