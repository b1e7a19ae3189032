/// What a free-text answer becomes in the drafts, shown right after it is given, so the
/// candidate reads the sentence as the interviewer will and can say it differently.
///
/// Pure: it composes the same parts the thank-yous use, for the person the answer concerns.
public struct SentencePreview: Equatable, Sendable {
    /// "In the note to Ana Ruiz: “…”", one line per person the answer reaches.
    public var shown: [String]
    /// What of the answer no note can say cleanly, with the answer it comes from.
    public var unwritten: [Unwritten]
    /// The sentences an unwritten concern would go into, with "…" where it goes.
    public var frames: [String]
    /// Among several interviewers, a concern whose owner is a guess: the question who raised it.
    public var whoRaised: String?
    /// Lowercase words of the answer no list knows, written as typed: they may be names.
    public var asTyped: String?

    /// The preview after `question` was answered (empty when the answer is not prose).
    public init(after question: Question, in answers: Answers, nameCapitals: NameCapitals = .none) {
        shown = []
        unwritten = []
        frames = []
        whoRaised = nil
        asTyped = nil
        switch question {
        case .interviewerTopics, .highlights, .strengths, .concern, .concernResponse, .promised: break
        default: return  // not prose: nothing to compose
        }
        guard !answers.interviewers.isEmpty else { return }
        let nameCapitals = nameCapitals.learning(from: answers.interviewTexts, company: answers.interview.company)
        let loop = InterviewLoop(answers)
        let common = CommonFacts(answers, loop: loop)
        let parts = loop.members.map { ThankYouParts(member: $0, common: common) }
        func show(_ member: Int, _ sentences: [String]) -> [String] {
            let text = sentences.filter { !$0.isEmpty }.joined(separator: " ")
            guard !text.isEmpty else { return [] }
            return ["In the note to \(loop.members[member].person.name): “\(nameCapitals.apply(text))”"]
        }
        switch question {
        case .interviewerTopics(let i) where parts.indices.contains(i):
            let opening = answers.tone == .brief ? parts[i].opening : parts[i].topicReference
            shown = show(i, [opening] + parts[i].clauseTopics)
        case .highlights:
            shown = parts.indices.flatMap { show($0, parts[$0].highlights) }
            unwritten = loop.unplacedHighlights + parts.flatMap(\.unsaid).filter { $0.field.hasPrefix("highlights") }
        case .strengths:
            shown = show(0, [parts[0].strengths])
            unwritten = loop.unplacedStrengths
        case .concern(let k), .concernResponse(let k):
            guard answers.concerns.indices.contains(k),
                let member = loop.members.firstIndex(where: { $0.concernIndices.contains(k) })
            else { return }
            shown = show(member, parts[member].concerns)
            unwritten = parts[member].unsaid.filter { $0.field.hasPrefix("concerns[") }
            frames = parts[member].toFinish
            if case .concern = question, loop.guessedConcerns.contains(k) {
                whoRaised = CoachScript.Remark.whoRaised(
                    names: answers.interviewers.map(\.name), guess: loop.members[member].person.name, topic: answers.concerns[k].topic)
            }
        case .promised:
            shown = parts.indices.flatMap { show($0, parts[$0].promised) }
        default:
            return
        }
        let unknown = nameCapitals.unknownWords(in: AnswerRules.currentValue(of: question, in: answers) ?? "", writtenIn: shown.joined(separator: "\n"))
        if !unknown.isEmpty { asTyped = CoachScript.Remark.asTyped(unknown) }
    }

    /// The lines to show after `question` was answered, or none when the answer is not prose.
    public static func lines(after question: Question, in answers: Answers, nameCapitals: NameCapitals = .none) -> [String] {
        SentencePreview(after: question, in: answers, nameCapitals: nameCapitals).lines(after: question)
    }

    /// The preview, what it leaves out, and what the candidate can do about it.
    public func lines(after question: Question) -> [String] {
        guard !shown.isEmpty || !unwritten.isEmpty || whoRaised != nil else { return [] }
        // A concern not yet sayable can still be answered at the next question.
        var hint = CoachScript.Remark.unsaidHint
        if case .concern = question { hint = CoachScript.Remark.concernUnsaidHint }
        return notes + [shown.isEmpty ? hint : CoachScript.Remark.previewHint]
    }

    /// The preview and what it leaves out, without the closing hint.
    public var notes: [String] {
        shown + [asTyped].compactMap { $0 } + unwritten.map { CoachScript.Remark.unsaid($0.what) } + frames.map(CoachScript.Remark.finish)
            + [whoRaised].compactMap { $0 }
    }

    /// True when something of the answer to `question` itself stays out of the notes, so the
    /// coach asks for it again in a shape that fits. A concern's subject is not: the next
    /// question (what the candidate would add) can still make it sayable; but among several
    /// interviewers, who raised a concern that names no one is asked.
    public func asksAgain(after question: Question) -> Bool {
        switch question {
        case .highlights: return unwritten.contains { $0.field.hasPrefix("highlights") }
        case .strengths: return unwritten.contains { $0.field.hasPrefix("strengths") }
        case .concernResponse(let k): return unwritten.contains { $0.field == "concerns[\(k)].response" }
        case .concern: return whoRaised != nil
        default: return false
        }
    }
}
