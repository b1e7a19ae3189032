import FollowUpCore

/// The properties every step of the guided dialogue keeps, whatever is typed: checked by the
/// seeded test (FollowUpCoreTests' `DialogueFuzzTests`) and by the long runs of `Scripts/fuzz`,
/// which also sends every step through the session file (followup-fuzz's
/// `DialogueInvariants+SessionFile.swift`).
public enum DialogueInvariants {
    /// A broken property, with what was typed and what went wrong.
    public struct Violation: Error, CustomStringConvertible {
        public let line: String
        public let message: String
        /// A bug already reported, which the runs step over so they can find the next one.
        public var known = false
        public var description: String { "after \(line.debugDescription.prefix(200)): \(message)" }

        public init(line: String, message: String, known: Bool = false) {
            self.line = line
            self.message = message
            self.known = known
        }
    }

    /// Checks one step from `before` to `after` for the event read from `line`: the machine asks
    /// a question of its own sequence, a finished machine never changes, commands never lose
    /// answers, and an accepted answer changes only its own question's.
    public static func check(
        line: String, event: DialogueEvent, before: GuidedSessionStateMachine, after: GuidedSessionStateMachine, step: DialogueStep
    ) throws {
        func fail(_ message: String) -> Violation { Violation(line: line, message: message) }

        if case .asking(let question) = after.state, !after.sequence.contains(question) {
            throw Violation(line: line, message: "state asks \(question), which is not in the sequence \(after.sequence)")
        }

        guard case .asking(let question) = before.state else {
            if after != before { throw fail("a finished machine changed") }
            return
        }
        switch event {
        case .endOfInput:
            if after.answers != before.answers { throw fail("end of input changed the answers") }
        case .command(.skip):
            if after.answers != before.answers, after.answers != AnswerRules.clearing(question, in: before.answers) {
                throw fail("/skip at \(question) changed other answers")
            }
        case .command(let command):
            if after.answers != before.answers { throw fail("\(command) changed the answers") }
        case .answer:
            if step.effect != .persist {
                if after.answers != before.answers { throw fail("a rejected answer changed the answers") }
                return
            }
            try keepsOtherAnswers(answered: question, before: before, after: after, fail: fail)
        }
    }

    /// An accepted answer to one question leaves every other question's answer as it was.
    /// New interviewer names keep the details of the people still named.
    private static func keepsOtherAnswers(
        answered question: Question, before: GuidedSessionStateMachine, after: GuidedSessionStateMachine, fail: (String) -> Violation
    ) throws {
        let old = before.answers
        let new = after.answers
        if question == .interviewerNames {
            for person in old.interviewers {
                if let kept = new.interviewers.first(where: { $0.name.lowercased() == person.name.lowercased() }), kept != person {
                    throw fail("renaming the panel lost the details of \(person.name)")
                }
            }
        }
        // "no" (or "remove") at a concern already given removes it, its response with it, and the
        // later concerns move up one: the others must be exactly what they were.
        var removedConcern = false
        if case .concern(let index) = question, new.concerns.count == old.concerns.count - 1, old.concerns.indices.contains(index) {
            var expected = old.concerns
            expected.remove(at: index)
            guard new.concerns == expected else { throw fail("removing concern \(index) changed the other concerns") }
            removedConcern = true
        }
        for other in before.sequence where other != question {
            if question == .interviewerNames, isInterviewerLoop(other) { continue }
            if removedConcern, isConcernQuestion(other) { continue }
            let was = AnswerRules.currentValue(of: other, in: old)
            if was != nil, was != AnswerRules.currentValue(of: other, in: new) {
                throw fail("answering \(question) changed the answer to \(other)")
            }
        }
    }

    private static func isConcernQuestion(_ question: Question) -> Bool {
        switch question {
        case .concern, .concernResponse: return true
        default: return false
        }
    }

    private static func isInterviewerLoop(_ question: Question) -> Bool {
        switch question {
        case .interviewerTitle, .interviewerEmail, .interviewerAddress, .interviewerTopics: return true
        default: return false
        }
    }
}
