import TestSupport

/// Reads choices from fuzzer-provided bytes, so libFuzzer's mutations steer the same
/// generator the seeded mode uses. Past the end it goes on pseudo-randomly: a constant would
/// make `random(in:)`, which rejects and retries some values, loop for ever.
struct ByteRandom: RandomNumberGenerator {
    private let bytes: [UInt8]
    private var offset = 0
    private var afterTheEnd: SeededRandom

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        afterTheEnd = SeededRandom(seed: UInt64(bytes.count))
    }

    var isExhausted: Bool { offset >= bytes.count }

    mutating func next() -> UInt64 {
        if isExhausted { return afterTheEnd.next() }
        var value: UInt64 = 0
        for _ in 0..<8 {
            value <<= 8
            if offset < bytes.count {
                value |= UInt64(bytes[offset])
                offset += 1
            }
        }
        return value
    }

    /// The unread bytes, for targets that take raw input.
    mutating func rest() -> [UInt8] {
        defer { offset = bytes.count }
        return offset < bytes.count ? Array(bytes[offset...]) : []
    }
}
