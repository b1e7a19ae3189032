import FollowUpCore
import FollowUpStorage
import Foundation
import TestSupport

extension DialogueInvariants {
    private static let encoder = JSONEncoder()
    private static let decoder = JSONDecoder()

    /// `check`, and then the machine after the step through the session file and back: all of it
    /// but the count of refused answers, which is not kept, must come back the same.
    static func checkWithSessionFile(
        line: String, event: DialogueEvent, before: GuidedSessionStateMachine, after: GuidedSessionStateMachine, step: DialogueStep
    ) throws {
        try check(line: line, event: event, before: before, after: after, step: step)
        let record = SessionRecord(id: "20261120-090000", created: "2026-11-20T09:00:00Z", machine: after)
        let copy: GuidedSessionStateMachine
        do {
            copy = try decoder.decode(SessionRecord.self, from: encoder.encode(record)).machine
        } catch {
            throw Violation(line: line, message: "JSON round trip failed: \(error)")
        }
        if copy.state != after.state || copy.answers != after.answers || copy.settled != after.settled || copy.history != after.history
            || copy.concernsClosed != after.concernsClosed
        {
            throw Violation(line: line, message: "the session file's round trip changed the machine")
        }
    }
}
