import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation
import LineEditing

extension AppContext {
    /// After the files are written, on a terminal: the offer to write one thank-you note in the
    /// candidate's own words (`OwnNoteStateMachine`), with its effects carried out here.
    func offerOwnDraft(sessionID: String, answers: Answers, written: WrittenPlan, reader: any LineReader) {
        guard reader.isInteractive else { return }
        var offer = OwnNoteStateMachine(drafts: written.drafts, fileNames: PlanExport.draftFileNames(written.drafts))
        guard let prompt = offer.prompt else { return }
        console.blank()
        offer.opening.forEach(console.show)
        var setup: FeedbackSetup?
        var step = offer.handle(.typed(TypedLine(reader.readLine(prompt: prompt))))
        while true {
            step.messages.forEach(console.show)
            switch step.effect {
            case .none, .end:
                return
            case .preparePractice(let draft):
                do {
                    var arguments = ["--session", sessionID, "--home", home, "--kind", "thank-you", "--to", draft.recipientName]
                    if !console.color { arguments.append("--no-color") }
                    setup = try FeedbackSetup(options: FeedbackOptions.parse(arguments), platform: platform, readingDictionaryAhead: true)
                    step = offer.handle(.practiceReady)
                } catch {
                    step = offer.handle(.practiceUnavailable(reason: "\(error)"))
                }
            case .practise(let quitHint):
                guard let setup else { return }
                let loop = PracticeLoop(setup: setup, reader: reader, editor: platform.environment["VISUAL"] ?? platform.environment["EDITOR"])
                step = offer.handle(.practised(loop.run(initial: nil, quitHint: quitHint)))
            case .save(let own, let stem):
                var path = "\(written.folder)/drafts/\(stem).eml"
                var n = 2
                while FileManager.default.fileExists(atPath: path) {
                    path = "\(written.folder)/drafts/\(stem)-\(n).eml"
                    n += 1
                }
                do {
                    let data = PlanExport.eml(for: own, answers: answers, now: platform.now, timeZone: platform.timeZone, key: PlanKey.make())
                    try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
                    try AtomicFile.write(data, to: path)
                    step = offer.handle(.saved(fileName: (path as NSString).lastPathComponent))
                } catch {
                    step = offer.handle(.notSaved(reason: "\(error)"))
                }
            }
        }
    }
}
