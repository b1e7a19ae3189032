import XCTest

@testable import FollowUpCore

/// The application status machine, checked against a table written out here by hand.
final class TrackingLifecycleTests: XCTestCase {
    typealias S = ApplicationLifecycle.State
    typealias E = ApplicationLifecycle.Event

    static let events: [E] = [.stepMarked, .wentQuiet, .newRound] + ApplicationLifecycle.Outcome.allCases.map { .outcome($0) }

    /// Rows: states; columns in the order of `events`: stepMarked, wentQuiet, newRound, offer,
    /// rejected, withdrawn, no-response. nil is a refusal.
    static let expected: [(S, [S?])] = [
        (.active, [.active, .quiet, .active, .offer, .rejected, .withdrawn, .noResponse]),
        (.quiet, [.quiet, nil, .active, .offer, .rejected, .withdrawn, .noResponse]),
        (.offer, [.offer, nil, nil, nil, nil, .withdrawn, nil]),
        (.rejected, [.rejected, nil, nil, nil, nil, nil, nil]),
        (.withdrawn, [.withdrawn, nil, nil, nil, nil, nil, nil]),
        (.noResponse, [.noResponse, nil, .active, .offer, .rejected, nil, nil]),
    ]

    func testEveryStateAndEventAgainstTheTable() {
        XCTAssertEqual(Set(Self.expected.map(\.0)), Set(S.allCases), "every state has a row")
        for (state, row) in Self.expected {
            XCTAssertEqual(row.count, Self.events.count)
            for (event, next) in zip(Self.events, row) {
                var machine = ApplicationLifecycle(state: state)
                let result = machine.handle(event)
                switch (result, next) {
                case (.success(let got), let want?):
                    XCTAssertEqual(got, want, "\(state) + \(event)")
                    XCTAssertEqual(machine.state, want, "\(state) + \(event)")
                case (.failure(let refusal), nil):
                    XCTAssertEqual(machine.state, state, "a refusal leaves \(state) as it was")
                    XCTAssertFalse(refusal.description.isEmpty)
                default:
                    XCTFail("\(state) + \(event): got \(result), want \(String(describing: next))")
                }
            }
        }
    }

    func testRefusalsSayWhyAndWhatToDo() {
        var rejected = ApplicationLifecycle(state: .rejected)
        guard case .failure(let offer) = rejected.handle(.outcome(.offer)) else { return XCTFail("rejected → offer must be refused") }
        XCTAssertTrue(offer.description.contains("closed as rejected"), offer.description)
        guard case .failure(let round) = rejected.handle(.newRound) else { return XCTFail("rejected → new round must be refused") }
        XCTAssertTrue(round.description.contains("followup plan"), round.description)
        var offered = ApplicationLifecycle(state: .offer)
        guard case .failure(let twice) = offered.handle(.outcome(.offer)) else { return XCTFail("offer twice must be refused") }
        XCTAssertTrue(twice.description.contains("already"), twice.description)
        guard case .failure(let reject) = offered.handle(.outcome(.rejected)) else { return XCTFail() }
        XCTAssertTrue(reject.description.contains("withdrawn"), reject.description)
    }

    func testStateNamesOnDisk() {
        XCTAssertEqual(S.allCases.map(\.rawValue), ["active", "quiet", "offer", "rejected", "withdrawn", "no-response"])
        XCTAssertEqual(S.noResponse.label, "no response")
        XCTAssertEqual(S.allCases.filter(\.isClosed), [.offer, .rejected, .withdrawn, .noResponse])
    }
}
