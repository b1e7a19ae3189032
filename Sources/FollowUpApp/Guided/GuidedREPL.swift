import FollowUpCore
import FollowUpStorage
import Foundation
import LineEditing

/// The shell around the guided-session state machine: reads lines, shows what the machine
/// says, and carries out its effects (save, write the files, stop).
///
/// When standard input is not a terminal (answers piped or scripted) it is strict: a refused
/// line would shift every later answer into the wrong question, so the first refusal stops
/// the run, and so does input that ends before the plan is written; either is said on
/// standard error with the line, and no plan file is written. The session stays saved, to resume.
final class GuidedREPL {
    /// How the session ended.
    enum Outcome: Equatable {
        /// The plan and drafts were written to these files.
        case finished(files: [String])
        /// The user stopped; `interrupted` is true after Ctrl-C.
        case stopped(interrupted: Bool)
        /// Piped input: this line was refused (exit 65).
        case refused(line: Int)
        /// Piped input ended after this many lines, before the plan was written (exit 66).
        case inputEnded(line: Int)
        /// Piped input: the files could not be written (exit 1).
        case notWritten
        /// The user stopped, and the session could not be saved.
        case stoppedUnsaved
    }

    private(set) var record: SessionRecord
    private let store: SessionStore
    private let reader: any LineReader
    private let console: Console
    /// The day, locale and country the answers are read with: made when the first line comes,
    /// not before the first question (the machine's time zone, for the holiday country, is
    /// looked up through ICU: docs/performance.md).
    private lazy var environment: DialogueEnvironment = makeEnvironment()
    private let makeEnvironment: () -> DialogueEnvironment
    /// Writes the plan and the drafts.
    private let writeFiles: (Answers) throws -> WrittenPlan
    /// `/sent [ID STEP]`: the tracker's command, carried out for the dialogue's `.markSent`.
    private let sentCommand: (String) -> String
    /// Runs once the files are written (the offer to write a note in one's own words).
    private let afterFinish: (SessionRecord, WrittenPlan) -> Void
    /// Answers accepted since the last save that reached the disk (0 when all are saved).
    private var unsavedAnswers = 0
    /// Why the last save failed; nil when it succeeded.
    private var saveFailure: String?
    /// The clock for the session's `updated` time, and paths as they are typed and shown.
    private let platform: Platform

    init(
        record: SessionRecord, store: SessionStore, reader: any LineReader, console: Console,
        environment: @escaping () -> DialogueEnvironment, writeFiles: @escaping (Answers) throws -> WrittenPlan,
        sentCommand: @escaping (String) -> String,
        afterFinish: @escaping (SessionRecord, WrittenPlan) -> Void = { _, _ in },
        platform: Platform
    ) {
        self.platform = platform
        self.record = record
        self.store = store
        self.reader = reader
        self.console = console
        self.makeEnvironment = environment
        self.writeFiles = writeFiles
        self.sentCommand = sentCommand
        self.afterFinish = afterFinish
    }

    /// Lines read so far, for the line number strict mode reports.
    private var linesRead = 0

    /// Answers piped or scripted: refusals and early ends stop the run.
    private var strict: Bool { !reader.isInteractive }

    func run() -> Outcome {
        // After `/edit`, the answer being changed is put on the line to edit, not retyped.
        var editing = ""
        while let prompt = record.machine.prompt {
            console.showPrompt(prompt)
            updateCompletions()
            let event: DialogueEvent
            var interrupted = false
            let result = reader.readLine(prompt: "» ", editing: editing)
            editing = ""
            switch result {
            case .line(let text):
                linesRead += 1
                if reader.isInteractive, !text.trimmingCharacters(in: .whitespaces).isEmpty { reader.addHistory(text) }
                event = DialogueEvent(line: text)
            case .interrupted(let partial):
                if partial.trimmingCharacters(in: .whitespaces).isEmpty {
                    interrupted = true
                    event = .endOfInput
                } else {
                    console.say(CoachScript.Remark.lineCancelled, style: .dim)
                    continue
                }
            case .endOfInput:
                if reader.isInteractive { console.blank() }
                event = .endOfInput
            }

            let step = record.machine.handle(event, environment: environment)
            if strict, event != .endOfInput, let reason = step.messages.lazy.compactMap(Self.problemText).first {
                // The answer was refused: stop here rather than let the next line answer this question.
                save(final: true)
                console.error(CoachScript.Remark.refusedLine(linesRead, reason: reason, question: prompt.text))
                console.error(CoachScript.Remark.strictStop(sessionID: record.id))
                return .refused(line: linesRead)
            }
            step.messages.forEach(console.show)
            if case .command(.edit) = event, record.machine.prompt?.question != prompt.question {
                editing = record.machine.prompt?.current ?? ""
            }
            // Asked again: the answer is put back on the line, to change the part that could not be written.
            if record.machine.rephrasing != nil { editing = record.machine.prompt?.current ?? "" }
            switch step.effect {
            case .none:
                break
            case .markSent(let arguments):
                // Marking an earlier interview's follow-up sent does not touch this dialogue.
                console.write(sentCommand(arguments))
            case .persist:
                if event == .command(.save) {
                    if save() { console.say(CoachScript.Remark.saved) }
                } else {
                    unsavedAnswers += 1
                    save()
                }
            case .quit where strict && event == .endOfInput:
                save(final: true)
                console.error(CoachScript.Remark.inputEnded(afterLine: linesRead, question: prompt.text, sessionID: record.id))
                return .inputEnded(line: linesRead)
            case .quit where reader.isInteractive && record.machine.settled.isEmpty:
                // Stopped at the first question: nothing to resume, so nothing is left to offer.
                do {
                    try store.remove(id: record.id)
                    console.blank()
                    console.say(CoachScript.Remark.stoppedWithNothing)
                    return .stopped(interrupted: interrupted)
                } catch {
                    save(final: true)
                }
                console.blank()
                console.say(CoachScript.Remark.stoppedAndSaved)
                console.say("followup resume \(record.id)", marker: "    ", style: .bold)
                return .stopped(interrupted: interrupted)
            case .quit:
                if save(final: true) {
                    console.blank()
                    console.say(CoachScript.Remark.stoppedAndSaved)
                } else if !saveSomewhere() {
                    console.say(CoachScript.Remark.stoppedUnsaved(answers: unsavedAnswers))
                    return .stoppedUnsaved
                }
                // Printed whole, never wrapped, so it can be copied.
                console.write([("    ", nil), ("followup resume \(record.id)\(resumeHome)", .bold), ("\n", nil)])
                return .stopped(interrupted: interrupted)
            case .finish:
                do {
                    let written = try writeFiles(record.machine.answers)
                    record.outputDirectory = written.folder
                    save(final: true)
                    showWritten(folder: written.folder, files: written.files)
                    if let note = written.trackingNote { console.say(note, style: .dim) }
                    afterFinish(record, written)
                    return .finished(files: written.files)
                } catch {
                    let failed = record.machine.filesNotWritten(reason: "\(error)")
                    save(final: strict)
                    if strict {
                        failed.messages.compactMap(Self.problemText).forEach(console.error)
                        console.error(CoachScript.Remark.notWrittenStop(sessionID: record.id))
                        return .notWritten
                    }
                    failed.messages.forEach(console.show)
                    console.say(CoachScript.Remark.retryWriting(sessionID: record.id))
                }
            }
        }
        return .finished(files: [])
    }

    /// The text of a message that refuses what was typed.
    private static func problemText(_ message: CoachMessage) -> String? {
        if case .problem(let text) = message { return text }
        return nil
    }

    /// Saves the session. Answers typed at a terminal can't be typed again, so each save waits
    /// until it is on the disk; piped answers can be replayed from their file, so those saves
    /// are atomic but flushed once, when the session stops or finishes.
    /// Returns whether it reached the disk; a failure is shown, and counted until a save succeeds.
    @discardableResult
    private func save(final: Bool = false) -> Bool {
        record.updated = platform.timestamp
        do {
            try store.save(record, flush: final || reader.isInteractive)
            unsavedAnswers = 0
            saveFailure = nil
            return true
        } catch {
            saveFailure = "\(error)"
            if !final { console.show(.problem(CoachScript.Remark.couldNotSave("\(error)"))) }
            return false
        }
    }

    /// " --home FOLDER" when the session was saved under another home.
    private var resumeHome = ""

    /// After a failed save at the end: `UnsavedSessionStateMachine` offers to try again or to
    /// save under another folder, until one works or the user stops. True once saved.
    private func saveSomewhere() -> Bool {
        var unsaved = UnsavedSessionStateMachine(
            unsavedAnswers: unsavedAnswers, path: store.path(for: record.id), reason: saveFailure ?? "unknown error")
        console.blank()
        var step = (messages: unsaved.opening, effect: UnsavedSessionEffect.none)
        while true {
            // The outcome stands apart, after a blank line.
            if step.effect == .stop(saved: true) { console.blank() }
            step.messages.forEach(console.show)
            switch step.effect {
            case .none:
                guard let prompt = unsaved.prompt else { return false }
                step = unsaved.handle(.typed(TypedLine(reader.readLine(prompt: prompt))))
            case .retry:
                step = unsaved.handle(save(final: true) ? .saved : .notSaved(reason: saveFailure ?? "unknown error"))
            case .saveIn(let typed):
                let folder = platform.absolute(typed)
                do {
                    try SessionStore(home: folder).save(record, flush: true)
                    resumeHome = " --home \(folder)"
                    step = unsaved.handle(.saved)
                } catch {
                    step = unsaved.handle(.notSaved(reason: "\(error)"))
                }
            case .stop(let saved):
                return saved
            }
        }
    }

    private func showWritten(folder: String, files: [String]) {
        console.blank()
        console.say(CoachScript.Remark.written, style: .bold)
        // Paths are printed whole, never wrapped, so they can be copied.
        console.write([("    ", nil), (platform.tilde(folder) + "/", .bold), ("\n", nil)])
        for file in files {
            let relative = file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : file
            console.write("      " + relative + "\n")
        }
        console.blank()
        console.say(CoachScript.Remark.whatNext)
    }

    /// Tab completes commands, fields and the names known so far.
    private func updateCompletions() {
        guard reader.isInteractive else { return }
        let answers = record.machine.answers
        let question = record.machine.prompt?.question
        reader.completions = { line in TabCompletion.candidates(for: line, answers: answers, question: question) }
    }
}
