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
            the key, and exit status 65 (66 when a file is missing). The other files are still \
            written (not with --all-or-nothing), and a last line names what was written and what \
            not. A file whose interview is already tracked is said to be, and not written again \
            unless --out asks for a copy, or --update asks to bring the tracked plan up to date \
            with the file: its files are written again in their folder and its steps follow the \
            new answers, keeping what was marked sent or skipped.

            Examples:
              followup plan --answers maya.yaml
                  writes to a new folder in <home>/plans
              followup plan --answers maya.yaml --out maya-plan
                  writes to maya-plan/
              followup plan --answers cohort/*.yaml --out plans
                  one folder per answers file, named after it, in plans/
              followup plan --answers maya.yaml --update
                  maya.yaml changed after it was planned: its tracked plan follows it
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("YAML or JSON answers files (the format is in the README).", valueName: "file"))
    var answers: [String]

    @Option(name: .long, help: ArgumentHelp("Output folder. With several files, one subfolder per file.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Plan as if today were this date (YYYY-MM-DD), e.g. to prepare plans ahead.", valueName: "date"))
    var today: String?

    @OptionGroup var dates: DateOptions

    func validate() throws {
        if answers.isEmpty { throw ValidationError("Give at least one answers file with --answers FILE.") }
        if let today {
            guard let day = LocalDate(iso8601: today) else {
                throw ValidationError("--today takes a date as YYYY-MM-DD, such as 2026-11-20; '\(today)' is not one.")
            }
            if !day.isSupported { throw ValidationError("--today: " + LocalDate.unsupportedYearMessage(day.year)) }
        }
    }

    @Flag(
        name: .customLong("all-or-nothing"),
        help: "Write nothing unless every file can be planned (default: write the good ones and name the others).")
    var allOrNothing = false

    @Flag(help: "For a file whose interview is already tracked: make its plan again from the file, in its own folder, keeping what was marked done.")
    var update = false

    func run() throws {
        var app = AppContext(platform: .current(), homeOptions: homeOptions)
        app.locale = dates.locale
        app.country = dates.country
        app.loadSettings()
        let day = today.flatMap { LocalDate(iso8601: $0) }
        var batch = PlanBatch(files: answers)

        // Read and check every file first: nothing is written before every file has been read.
        var loaded: [(file: String, answers: Answers, data: Data)] = []
        for file in answers {
            do {
                guard let data = try AnswersFile.read(app.platform.absolute(file)) else {
                    app.console.error("\(file): no such file, or it can't be read. Check the path.")
                    batch.refuse(file, .missing)
                    continue
                }
                loaded.append((file, try AnswersFile.decode(data, fileName: file, locale: app.readingLocale), data))
            } catch let error as StorageError {
                app.console.error("\(file): \(error.reason)")
                batch.refuse(file, .invalid)
            } catch let error as AnswersFileError {
                for problem in error.problems { app.console.error("\(file): \(problem)") }
                batch.refuse(file, .invalid)
            }
        }
        if allOrNothing, !batch.refused.isEmpty { try batch.finish(console: app.console, allOrNothing: true) }

        try app.ensureHome()
        // Every plan is rendered and its folder checked before any file is written.
        let overrides = app.loadTemplateOverrides()
        let tracker = app.openTracker()
        var prepared: [(file: String, plan: PreparedPlan)] = []
        var updates: [(file: String, plan: PreparedPlan, round: TrackedRound)] = []
        var claimed: [String: String] = [:]
        var interviews: [String: String] = [:]
        for (file, answers, data) in loaded {
            var folder = out
            if let out, self.answers.count > 1 {
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                folder = "\(out)/\(Slug.make(name, fallback: "answers"))"
            }
            do {
                var plan = try app.preparePlanFiles(answers, out: folder, today: day, overrides: overrides)
                // One interview twice in a batch (the same candidate, company, role and day): planned once.
                let interview = [answers.candidate.name, answers.interview.company, answers.interview.role, plan.plan.interviewDate.iso8601]
                    .map { Slug.make($0, fallback: "") }.joined(separator: "/")
                if let earlier = interviews[interview] {
                    app.console.error("\(file): the same interview as \(earlier) (candidate, company, role and date); it is planned once.")
                    batch.refuse(file, .alreadyTracked)
                    continue
                }
                interviews[interview] = file
                // The same answers planned again into the default folder, or into the folder they were
                // planned into: say so instead of a second folder and a second plan to follow. With
                // --out elsewhere, the files are written as asked (a copy).
                if let tracked = tracker.tracking(plan.answers, interviewDate: plan.plan.interviewDate),
                    let round = tracked.rounds.first(where: { $0.interviewDate == plan.plan.interviewDate }),
                    out == nil || update || round.outputDirectory == plan.folder
                {
                    let what = "\(tracked.candidate)'s \(tracked.company) interview on \(plan.plan.interviewDate.iso8601) is tracked as \(tracked.id)"
                    if update, let folder = round.outputDirectory {
                        if round.answers == plan.answers {
                            app.console.write("\(file): \(what), from these very answers: nothing to update.\n")
                            batch.refuse(file, .unchanged)
                            continue
                        }
                        // The round's own folder and key: the drafts' Message-IDs and the reminders' UIDs stay.
                        let again = try app.preparePlanFiles(
                            answers, out: folder, today: day, overrides: overrides, key: round.key, tracker: (tracked.id, round.number))
                        updates.append((file, again, round))
                        continue
                    }
                    let files = round.outputDirectory.map { ", its files in \(app.platform.tilde($0))" } ?? ""
                    app.console.error(
                        "\(file): already planned: \(what)\(files). Nothing was written for it. To bring that plan up to date with this file (what was marked done is kept), add --update; for a copy of the files, add --out DIR."
                    )
                    batch.refuse(file, .alreadyTracked)
                    continue
                }
                if let other = claimed[plan.folder] {
                    guard out == nil else {
                        // Two files of one batch for one folder: a mistake in the command, so nothing is written.
                        app.console.error(
                            "\(file) and \(other) would both be written to \(plan.folder): rename one of the files, or plan them one at a time.")
                        throw ExitCode.failure
                    }
                    // Two default folders for one company and date: the second candidate's name, or a number.
                    plan.folder = PlanExport.defaultFolder(home: app.home, answers: plan.answers, plan: plan.plan) { claimed[$0] != nil }
                }
                try PlanExport.checkFree(plan.files, in: plan.folder)
                claimed[plan.folder] = file
                // What could not be written cleanly is left out of the drafts and named here, at its line.
                // And words that may be names, written as typed.
                if !plan.drafts.unwritten.isEmpty || !plan.drafts.asTyped.isEmpty {
                    let lineOf = AnswersFile.lines(in: data)  // the file parsed once, only when needed
                    for item in plan.drafts.unwritten {
                        let line = lineOf(item.field).map { ":\($0)" } ?? ""
                        app.console.error("\(file)\(line): \(item.field): not in the drafts: \(item.what)")
                    }
                    for item in plan.drafts.asTyped {
                        let line = lineOf(item.field).map { ":\($0)" } ?? ""
                        app.console.error("\(file)\(line): \(item.field): \(item.what)")
                    }
                }
                prepared.append((file, plan))
            } catch let exit as ExitCode {
                throw exit
            } catch {
                app.console.error("\(file): \(error)")
                batch.refuse(file, .failed)
            }
        }
        if allOrNothing, !batch.refused.isEmpty { try batch.finish(console: app.console, allOrNothing: true) }
        for (file, plan) in prepared {
            do {
                let written = try app.write(plan, flush: false, refreshCalendar: false)
                app.console.write("\(file) → \(app.platform.tilde(written.folder))\n")
                for path in written.files { app.console.write("  \(app.platform.tilde(path))\n") }
                if let note = written.trackingNote { app.console.write("  \(note)\n") }
                batch.written.append(file)
            } catch {
                app.console.error("\(file): \(error)")
                batch.refuse(file, .failed)
            }
        }
        for (file, plan, round) in updates {
            do {
                // The earlier plan's drafts the new one does not have (an interviewer no longer named) go.
                let stale = round.steps.compactMap { step in step.draftFile.map { step.kind == .networking ? [$0, String($0.dropLast(4)) + ".txt"] : [$0] } }
                let written = try PlanExport.replace(plan.files, in: plan.folder, removing: stale.flatMap { $0 })
                let id = tracker.tracking(plan.answers, interviewDate: plan.plan.interviewDate)?.id ?? ""
                let change = try tracker.replacePlan(
                    id: id, answers: plan.answers, plan: plan.plan, drafts: plan.drafts.drafts, outputDirectory: plan.folder)
                app.console.write("\(file) → \(app.platform.tilde(plan.folder)) (updated)\n")
                for path in written { app.console.write("  \(app.platform.tilde(path))\n") }
                app.console.write("  \(id) now follows this file (\(change ?? "the same steps")); what was marked done is kept: `followup show \(id)`.\n")
                batch.written.append(file)
            } catch {
                app.console.error("\(file): \(error)")
                batch.refuse(file, .failed)
            }
        }
        // One calendar and one flush for the whole batch rather than one per plan.
        if !prepared.isEmpty || !updates.isEmpty { app.refreshCalendar() }
        if let first = prepared.first {
            do {
                try AtomicFile.flushFileSystem(containing: first.plan.folder)
            } catch {
                app.console.error("\(error)")
                throw ExitCode.failure
            }
        }
        try batch.finish(console: app.console, allOrNothing: false)
    }
}

/// What became of each file of a `followup plan` batch, for the closing report and the exit status.
struct PlanBatch {
    /// Why a file was not written.
    enum Refusal {
        /// Not there, or unreadable (66).
        case missing
        /// Problems in its answers (65).
        case invalid
        /// Its interview is tracked already (not an error: nothing new to write).
        case alreadyTracked
        /// `--update` and the tracked plan was made from these very answers (not an error either).
        case unchanged
        /// Its files could not be prepared or written (1).
        case failed
    }

    let files: [String]
    var written: [String] = []
    var refused: [(file: String, why: Refusal)] = []

    init(files: [String]) { self.files = files }

    mutating func refuse(_ file: String, _ why: Refusal) {
        refused.append((file, why))
    }

    /// Says which files were written and which were not (when not all were), and ends with the
    /// status of the worst refusal: 65 for problems in a file, 66 for a missing one, 1 for a write.
    func finish(console: Console, allOrNothing: Bool) throws {
        let refusedFiles = Set(refused.map(\.file))
        if !refused.isEmpty, files.count > 1 {
            let fine = files.filter { !refusedFiles.contains($0) }
            if allOrNothing {
                console.error(
                    "nothing written (--all-or-nothing): \(refusedFiles.count) of \(files.count) files can't be planned: "
                        + "\(files.filter(refusedFiles.contains).joined(separator: ", ")). Fine: \(fine.isEmpty ? "none" : fine.joined(separator: ", ")).")
            } else {
                let notWritten = refused.map { entry in
                    switch entry.why {
                    case .alreadyTracked: return "\(entry.file) (already planned)"
                    case .unchanged: return "\(entry.file) (unchanged)"
                    default: return entry.file
                    }
                }
                let fix = refused.contains { $0.why != .alreadyTracked && $0.why != .unchanged } ? "; fix those files and plan them again" : ""
                console.error(
                    "written: \(written.count) of \(files.count) (\(written.isEmpty ? "none" : written.joined(separator: ", "))); "
                        + "not written: \(notWritten.joined(separator: ", ")). The reasons are above\(fix).")
            }
        }
        let reasons = Set(refused.map(\.why))
        if reasons.contains(.invalid) { throw ExitCode(65) }
        if reasons.contains(.missing) { throw ExitCode(66) }
        if reasons.contains(.failed) || (allOrNothing && !refused.isEmpty) { throw ExitCode.failure }
    }
}
