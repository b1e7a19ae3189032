import FollowUpFeedback
import Foundation
import Spelling
import TestSupport

extension Bench {
    /// Wall-clock time now, in nanoseconds.
    static func wallNanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// A re-check in practice mode, as the candidate waits for it: every rule and the dictionary
    /// (with its word list in `folder`, made there first if missing), the draft checked once, then
    /// `iterations` edits of it checked one by one (a new paragraph before the sign-off each time). Half the
    /// edits bring a misspelt word never seen before, whose suggestions are searched for; the
    /// other half only known words. Wall-clock milliseconds per re-check, one JSON line.
    static func recheck(file: String, iterations: Int, folder: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DialogueInvariants.Violation(line: file, message: "cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let speller = try HunspellChecker(wordListFolder: folder)
        let engine = FeedbackEngine()
        let context = FeedbackContext(spellChecker: speller)
        _ = engine.check(text: text, format: .plain, context: context)
        let words = ["interview", "conversation", "especially", "pipeline", "recruiter", "opportunity", "experience", "schedule"]
        var known: [UInt64] = []
        var typo: [UInt64] = []
        for round in 0..<max(2, iterations) {
            let word = words[round % words.count]
            var sentence = "The \(word) was a pleasure (\(round))."
            if round % 2 == 1 {
                // A transposition at a place not used before: a new misspelling each time.
                var letters = Array(word)
                let at = (round / 2 / words.count) % (letters.count - 1)
                letters.swapAt(at, at + 1)
                sentence = "The \(String(letters)) was a pleasure."
            }
            // Before the last paragraph (the sign-off), where it is read as prose.
            let edited = text.range(of: "\n\n", options: .backwards).map { text.replacingCharacters(in: $0, with: "\n\n\(sentence)\n\n") } ?? text + sentence
            let t0 = wallNanoseconds()
            let findings = engine.check(text: edited, format: .plain, context: context)
            let elapsed = wallNanoseconds() - t0
            if round % 2 == 1 { typo.append(elapsed) } else { known.append(elapsed) }
            _ = findings.count
        }
        func summary(_ values: [UInt64]) -> String {
            let sorted = values.sorted()
            return "{\"median\":\(Double(sorted[sorted.count / 2]) / 1e6),\"max\":\(Double(sorted[sorted.count - 1]) / 1e6),\"count\":\(sorted.count)}"
        }
        let wordCount = text.split(whereSeparator: \.isWhitespace).count
        print("{\"mode\":\"recheck\",\"words\":\(wordCount),\"known_words_ms\":\(summary(known)),\"new_misspelling_ms\":\(summary(typo))}")
    }
}
