import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

/// `followup mark ID STEP... sent|skipped`: record steps done; later dates follow a late send.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark follow-up steps sent or skipped.",
        discussion: """
            When a step goes out on another day than planned, the steps timed from it move by as \
            many days (onto a working day): a check-in sent three days late moves the final \
            check-in three days too. Steps of round 2 and later are named r2.thank-you-1 and so on. \
            Several steps may be marked at once; if one of them can't be, none is. Sending a \
            thank-you that carries promised material marks that promise kept too.

            Examples:
              followup mark acme-1120 thank-you-1 sent
              followup mark acme-1120 thank-you-1 thank-you-2 recruiter-note sent
              followup mark acme-1120 check-in sent --date 2026-12-04
              followup mark acme-1120 recruiter-note skipped
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Argument(help: "The interview's id (see followup list).")
    var id: String

    @Argument(help: ArgumentHelp("The steps (see followup show ID), then sent or skipped: thank-you-1 thank-you-2 sent.", valueName: "step... sent|skipped"))
    var stepsAndMark: [String] = []

    /// The steps named before the last word.
    var steps: [String] { Array(stepsAndMark.dropLast()) }
    /// The last word: sent or skipped (a positional list ends in it, so it cannot be an
    /// argument of its own; `StepMark` reads it as the parser would).
    var how: String { stepsAndMark.last ?? "" }

    @Option(name: .long, help: ArgumentHelp("The day it was sent or skipped (default: today).", valueName: "date"))
    var date: String?

    /// The mark the last word asks for; a usage problem when there is no step or no mark.
    func mark() throws(ValidationError) -> StepMark {
        // The step typed, if there is one besides the last word.
        let example = "`followup mark \(id) \(stepsAndMark.count >= 2 ? stepsAndMark[0] : "thank-you-1") sent`"
        let marks = StepMark.allValueStrings.joined(separator: " or ")
        guard stepsAndMark.count >= 2 else {
            throw ValidationError("Name the step and say \(marks), as in \(example).")
        }
        guard let mark = StepMark(argument: how) else {
            throw ValidationError("'\(how)' is not a way to mark a step: end with \(marks), as in \(example).")
        }
        return mark
    }

    func validate() throws {
        _ = try mark()
    }

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let day = try app.day(date)
        let mark = try mark()
        let out = try app.trackerAction { try app.markSteps(id: id, steps: steps, as: mark, on: day) }
        app.console.write(out)
    }
}

extension AppContext {
    /// Marks steps (all or none) and describes what moved and what comes next (`followup mark`, `/sent`).
    func markSteps(id: String, steps: [String], as mark: StepMark, on day: LocalDate) throws -> String {
        let store = openTracker()
        let reports = try store.update(id: id) { record in
            var reports: [MarkReport] = []
            for step in steps where !reports.contains(where: { $0.ref == step || $0.settledWithIt.contains(step) }) {
                reports.append(try record.mark(step, as: mark, on: day))
            }
            return reports
        }
        refreshCalendar()
        var out = ""
        for report in reports {
            out += "\(id): \(report.ref) marked \(mark.rawValue) on \(day.readable).\n"
            for settled in report.settledWithIt {
                out += "  \(settled) is done too: the promised material went with \(report.ref).\n"
            }
            for move in report.moved {
                out += "  \(move.ref) moves from \(move.from.readable) to \(move.to.readable).\n"
            }
        }
        if let record = try? store.load(id: id), let next = record.nextStep {
            out += "Next: \(next.ref), due \(next.step.due.readable).\n"
        }
        return out
    }

    /// `/sent` in the guided session: with `ID STEP`, marks that step sent today; alone, lists
    /// what is due with the line to type.
    func sentCommand(_ arguments: String) -> String {
        let words = arguments.split(separator: " ").map(String.init)
        if words.count == 2 {
            do {
                return try markSteps(id: words[0], steps: [words[1]], as: .sent, on: platform.today)
            } catch let error as TrackerError {
                return error.message + "\n"
            } catch {
                return "\(error)\n"
            }
        }
        let today = platform.today
        let items = trackedInterviews(on: today, store: openTracker()).flatMap { $0.dueItems(on: today) }
        if items.isEmpty { return "Nothing is due today. (/sent ID STEP marks a step sent; `followup list` shows them all.)\n" }
        var out = "Due now; type /sent followed by the id and the step once you've sent it:\n"
        for item in items.sorted(by: { $0.step.due < $1.step.due }) {
            out += "  /sent \(item.recordID) \(item.ref)    \(item.company): \(item.step.what)\n"
        }
        return out
    }
}

/// `followup outcome ID offer|rejected|withdrawn|no-response`: close the open steps, open the right reply.
struct OutcomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcome",
        abstract: "Record the answer (offer, rejected) or your decision (withdrawn, no-response).",
        discussion: """
            Closes the open follow-ups and keeps the history. After an offer, the reply step opens \
            (thank them, ask for it in writing and when they need your answer); after a rejection, \
            the gracious reply that asks for feedback (its draft was written with the plan); after \
            withdrawing, a short note to say so. Connection notes stay open in every case.

            Examples:
              followup outcome acme-1120 rejected
              followup outcome acme-1120 offer --date 2026-12-03
              followup outcome acme-1120 no-response
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Argument(help: "The interview's id (see followup list).")
    var id: String

    @Argument(help: "offer, rejected, withdrawn or no-response.")
    var outcome: ApplicationLifecycle.Outcome

    @Option(name: .long, help: ArgumentHelp("The day the answer came (default: today).", valueName: "date"))
    var date: String?

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let day = try app.day(date)
        let result = outcome
        let store = app.openTracker()
        let opened = try app.trackerAction {
            try store.update(id: id) { record in try record.record(result, on: day) }
        }
        app.refreshCalendar()
        var out = "\(id): recorded \(result.rawValue) on \(day.readable).\n"
        if let record = try? store.load(id: id) {
            for entry in record.pendingSteps {
                let isNew = opened.contains(entry.ref)
                out += "  \(isNew ? "next" : "open"): \(entry.ref), due \(entry.step.due.readable): \(entry.step.what)\n"
                if let draft = entry.step.draftFile { out += "        draft: \(app.platform.tilde(draft))\n" }
            }
        }
        app.console.write(out)
    }
}

/// Marks are read as the parser reads an enum, whatever their case ("Sent").
extension StepMark: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// Outcomes are read by the parser itself, whatever their case ("Rejected"), so its message
/// lists every value when one is wrong.
extension ApplicationLifecycle.Outcome: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
