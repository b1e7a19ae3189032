/// What a free-text answer becomes in the drafts, shown right after it is given, so the
/// candidate reads the sentence as the interviewer will and can say it differently (`/back`).
///
/// Pure: it composes the same parts the thank-yous use, for the person the answer concerns.
public enum SentencePreview {
    /// The lines to show after `question` was answered, or none when the answer is not prose.
    /// `nameCapitals`: the names the drafts write with capitals ("told dave" → "told Dave").
    public static func lines(after question: Question, in answers: Answers, nameCapitals: NameCapitals = .none) -> [String] {
        guard !answers.interviewers.isEmpty else { return [] }
        let loop = InterviewLoop(answers)
        let common = CommonFacts(answers, loop: loop)
        let parts = loop.members.map { ThankYouParts(member: $0, common: common) }
        func show(_ member: Int, _ sentences: [String]) -> [String] {
            let text = sentences.filter { !$0.isEmpty }.joined(separator: " ")
            guard !text.isEmpty else { return [] }
            return ["In the note to \(loop.members[member].person.name): “\(nameCapitals.apply(text))”"]
        }
        var shown: [String] = []
        var unsaid: [String] = []
        switch question {
        case .interviewerTopics(let i) where parts.indices.contains(i):
            let opening = answers.tone == .brief ? parts[i].opening : parts[i].topicReference
            shown = show(i, [opening] + parts[i].clauseTopics)
        case .highlights:
            shown = parts.indices.flatMap { show($0, parts[$0].highlights) }
            unsaid = loop.unplacedHighlights.map { CoachScript.Remark.unsaid($0.what) }
        case .strengths:
            shown = show(0, [parts[0].strengths])
        case .concern(let k), .concernResponse(let k):
            guard answers.concerns.indices.contains(k),
                let member = loop.members.firstIndex(where: { $0.concernIndices.contains(k) })
            else { return [] }
            shown = show(member, parts[member].concerns)
            unsaid = parts[member].unsaid.map { CoachScript.Remark.unsaid($0.what) } + parts[member].toFinish.map(CoachScript.Remark.finish)
        case .promised:
            shown = parts.indices.flatMap { show($0, parts[$0].promised) }
        default:
            return []
        }
        guard !shown.isEmpty || !unsaid.isEmpty else { return [] }
        // A concern not yet sayable can still be answered at the next question.
        var unsaidHint = CoachScript.Remark.unsaidHint
        if case .concern = question { unsaidHint = CoachScript.Remark.concernUnsaidHint }
        return shown + unsaid + [shown.isEmpty ? unsaidHint : CoachScript.Remark.previewHint]
    }
}
