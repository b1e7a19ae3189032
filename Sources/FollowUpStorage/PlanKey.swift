/// The random key a round's files are written with (`TrackedRound.key`).
public enum PlanKey {
    /// Ten lowercase letters and digits: about 51 bits, so two plans never share one.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return make(using: &generator)
    }

    /// The same from a given source of randomness (tests pass a seeded one).
    public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        return String((0..<10).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
