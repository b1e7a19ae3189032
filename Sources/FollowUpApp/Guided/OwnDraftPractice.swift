import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation
import LineEditing

extension AppContext {
    /// After the files are written: offers to write one thank-you note in the candidate's own
    /// words, practised in place with feedback that knows this interview, and saves it beside
    /// the generated one (never over it).
    func offerOwnDraft(sessionID: String, answers: Answers, written: WrittenPlan, reader: any LineReader) {
        guard reader.isInteractive else { return }
        let all = written.drafts
        let folder = written.folder
        let thankYous = all.filter { $0.kind == .thankYou }
        guard !thankYous.isEmpty else { return }

        console.blank()
        console.say("Would you rather write a thank-you note in your own words? Type its number to practise it here with feedback, or press Enter to finish.")
        for (n, draft) in thankYous.enumerated() {
            console.say("\(n + 1)  to \(draft.recipientName)", marker: "    ")
        }
        guard case .line(let text) = reader.readLine(prompt: "» "),
            let number = Int(text.trimmingCharacters(in: .whitespaces)), thankYous.indices.contains(number - 1)
        else { return }
        let draft = thankYous[number - 1]

        let setup: FeedbackSetup
        do {
            var arguments = ["--session", sessionID, "--home", home, "--kind", "thank-you", "--to", draft.recipientName]
            if !console.color { arguments.append("--no-color") }
            setup = try FeedbackSetup(options: FeedbackOptions.parse(arguments), platform: platform, readingDictionaryAhead: true)
        } catch {
            console.error("practice is not available: \(error)")
            return
        }
        let fileNames = PlanExport.draftFileNames(all)
        if let generated = fileNames[draft.id] {
            console.say("The generated note is in drafts/\(generated) if you want a starting point; /edit opens your editor.", style: .dim)
        }
        var loop = PracticeLoop(setup: setup, reader: reader, editor: platform.environment["VISUAL"] ?? platform.environment["EDITOR"])
        guard let mine = loop.run(initial: nil, quitHint: "/done to keep your latest version") else { return }

        // A first line `Subject: ...` is the subject, not part of the body the interviewer reads.
        let parsed = DraftParser.parse(mine, format: .plain)
        var own = draft
        own.body = parsed.lines.map(\.text).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if let subject = parsed.subject?.text.trimmingCharacters(in: .whitespaces), !subject.isEmpty {
            own.subject = subject
        }
        let base = (fileNames[draft.id] ?? "\(draft.id).eml").replacingOccurrences(of: ".eml", with: "")
        var path = "\(folder)/drafts/\(base)-yours.eml"
        var n = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(folder)/drafts/\(base)-yours-\(n).eml"
            n += 1
        }
        do {
            let data = PlanExport.eml(for: own, answers: answers, now: platform.now, timeZone: platform.timeZone, key: PlanKey.make())
            try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(data, to: path)
            console.say("Saved your version as drafts/\((path as NSString).lastPathComponent); the generated one is still beside it.")
        } catch {
            console.error("\(error)")
        }
    }
}
