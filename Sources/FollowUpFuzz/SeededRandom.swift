/// A small, fast, reproducible random source (SplitMix64): the same seed gives the same run,
/// so a failure found by `Scripts/fuzz` can be replayed with its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
