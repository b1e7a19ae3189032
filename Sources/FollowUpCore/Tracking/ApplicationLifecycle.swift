/// Where one application stands, as an explicit state machine: events in, new state out.
///
/// Every legal move is a row of ``ApplicationLifecycle/table``; anything not in the table is
/// refused with a message that says why and what to do instead. The tracker changes a record's
/// status only through `handle(_:)`.
public struct ApplicationLifecycle: Equatable, Sendable {
    /// The status of an application.
    public enum State: String, Codable, CaseIterable, Sendable {
        /// Interviews done or planned, follow-ups going out.
        case active = "active"
        /// No reply 14 days after the last check-in.
        case quiet = "quiet"
        case offer = "offer"
        case rejected = "rejected"
        case withdrawn = "withdrawn"
        /// Closed by the candidate after the silence went on.
        case noResponse = "no-response"

        /// Words for tables and messages: `no response`.
        public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }

        /// True once an answer came or the candidate closed the application.
        public var isClosed: Bool {
            switch self {
            case .active, .quiet: return false
            case .offer, .rejected, .withdrawn, .noResponse: return true
            }
        }
    }

    /// How an application ends.
    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case offer, rejected, withdrawn
        case noResponse = "no-response"

        /// The state an outcome leads to.
        public var state: State {
            switch self {
            case .offer: return .offer
            case .rejected: return .rejected
            case .withdrawn: return .withdrawn
            case .noResponse: return .noResponse
            }
        }
    }

    /// What can happen to an application.
    public enum Event: Hashable, Sendable {
        /// A follow-up step was marked sent or skipped.
        case stepMarked
        /// No reply 14 days after the last check-in.
        case wentQuiet
        /// Another interview round with the same company and role.
        case newRound
        case outcome(Outcome)

        var label: String {
            switch self {
            case .stepMarked: return "marking a step"
            case .wentQuiet: return "going quiet"
            case .newRound: return "a new round"
            case .outcome(let outcome): return "the outcome '\(outcome.rawValue)'"
            }
        }
    }

    /// Every legal transition: state → event → new state.
    public static let table: [State: [Event: State]] = [
        .active: [
            .stepMarked: .active, .wentQuiet: .quiet, .newRound: .active,
            .outcome(.offer): .offer, .outcome(.rejected): .rejected,
            .outcome(.withdrawn): .withdrawn, .outcome(.noResponse): .noResponse,
        ],
        .quiet: [
            .stepMarked: .quiet, .newRound: .active,
            .outcome(.offer): .offer, .outcome(.rejected): .rejected,
            .outcome(.withdrawn): .withdrawn, .outcome(.noResponse): .noResponse,
        ],
        // Declining an offer is a withdrawal; the reply and the connection notes can still go out.
        .offer: [.stepMarked: .offer, .outcome(.withdrawn): .withdrawn],
        .rejected: [.stepMarked: .rejected],
        .withdrawn: [.stepMarked: .withdrawn],
        // Late answers do come: a company that went silent may still call back.
        .noResponse: [
            .stepMarked: .noResponse, .newRound: .active,
            .outcome(.offer): .offer, .outcome(.rejected): .rejected,
        ],
    ]

    public private(set) var state: State

    public init(state: State = .active) {
        self.state = state
    }

    /// Moves to the next state, or refuses with a message and leaves the state as it was.
    public mutating func handle(_ event: Event) -> Result<State, IllegalTransition> {
        guard let next = Self.table[state]?[event] else {
            return .failure(IllegalTransition(from: state, event: event))
        }
        state = next
        return .success(next)
    }
}

/// A transition the table does not allow, with what to do instead.
public struct IllegalTransition: Error, Equatable, Sendable, CustomStringConvertible {
    public let from: ApplicationLifecycle.State
    public let event: ApplicationLifecycle.Event

    public var description: String {
        switch (from, event) {
        case (.quiet, .wentQuiet):
            return "it is already marked quiet."
        case (_, .outcome(let outcome)) where outcome.state == from:
            return "its outcome is already '\(outcome.rawValue)'."
        case (_, .newRound):
            return "it is closed as \(from.label), so a new round can't be added to it; `followup plan` for the new interview starts a new record."
        case (.offer, .outcome):
            return "it already has an offer; to decline the offer, record `withdrawn`."
        default:
            return "it is closed as \(from.label), and \(event.label) can't follow that. The history is kept; `followup show` has it."
        }
    }
}
