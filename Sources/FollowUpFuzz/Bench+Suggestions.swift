import CHunspell
import Foundation
import Spelling
import TestSupport

extension Bench {
    /// Common misspellings and the word meant (one list, in TestSupport).
    static let misspellings = commonMisspellings

    /// Suggestion searches side by side on the same misspellings, `iterations` rounds, one JSON
    /// line each: the spelling module's (`HunspellChecker.suggestions`: the words one edit away
    /// from the affix file's TRY and REP tables, checked by hunspell, then hunspell's full search
    /// only when none is a word), hunspell's own search with its n-gram phase off
    /// (`MAXNGRAMSUGS 0` in an affix file derived from the installed one), that search followed by
    /// the full one when it finds nothing (what could replace the module's), and hunspell's full
    /// search. CPU time per word (the dictionaries are loaded outside the timing; the module's
    /// checker is new each round, as its answers are cached), and how many words get the word
    /// meant first.
    static func suggestions(iterations: Int, folder: String) throws {
        guard let directory = HunspellChecker.searchPaths.first(where: { FileManager.default.isReadableFile(atPath: $0 + "/en_US.dic") })
        else { throw DialogueInvariants.Violation(line: "bench-suggest", message: "no en_US dictionary (install hunspell-en-us)") }
        let affix = directory + "/en_US.aff"
        let dictionary = directory + "/en_US.dic"
        let installed = try String(contentsOfFile: affix, encoding: .utf8)
        let derived = folder + "/en_US-no-ngrams.aff"
        let lines = installed.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("MAXNGRAMSUGS") }
        try (lines.joined(separator: "\n") + "\nMAXNGRAMSUGS 0\n").write(toFile: derived, atomically: true, encoding: .utf8)
        guard let noNgrams = Hunspell_create(derived, dictionary), let full = Hunspell_create(affix, dictionary) else {
            throw DialogueInvariants.Violation(line: "bench-suggest", message: "hunspell could not open \(dictionary)")
        }
        defer {
            Hunspell_destroy(noNgrams)
            Hunspell_destroy(full)
        }
        func hunspell(_ handle: OpaquePointer, _ word: String) -> [String] {
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_suggest(handle, &list, word)
            guard count > 0, let items = list else { return [] }
            defer { Hunspell_free_list(handle, &list, count) }
            return (0..<Int(count)).compactMap { items[$0].map { String(cString: $0) } }
        }
        var searches: [(name: String, times: [UInt64], meantFirst: Int, none: Int)] = [
            ("module (one edit away, then full)", [], 0, 0), ("hunspell, MAXNGRAMSUGS 0", [], 0, 0),
            ("hunspell, MAXNGRAMSUGS 0, then full", [], 0, 0), ("hunspell, full", [], 0, 0),
        ]
        for _ in 0..<max(1, iterations) {
            let module = try HunspellChecker(affix: affix, dictionary: dictionary)
            let runs: [(String) -> [String]] = [
                module.suggestions(for:), { hunspell(noNgrams, $0) },
                { word in
                    let quick = hunspell(noNgrams, word)
                    return quick.isEmpty ? hunspell(full, word) : quick
                },
                { hunspell(full, $0) },
            ]
            for (index, search) in runs.enumerated() {
                var meantFirst = 0
                var none = 0
                for (word, meant) in misspellings {
                    let t0 = cpuNanoseconds()
                    let found = search(word)
                    searches[index].times.append(cpuNanoseconds() - t0)
                    if found.first == meant { meantFirst += 1 }
                    if found.isEmpty { none += 1 }
                }
                searches[index].meantFirst = meantFirst
                searches[index].none = none
            }
        }
        for search in searches {
            let times = search.times.sorted()
            let mean = Double(times.reduce(0, +)) / Double(times.count) / 1e6
            print(
                """
                {"mode":"suggest","search":"\(search.name)","words":\(misspellings.count),"iterations":\(iterations),\
                "meant_first":\(search.meantFirst),"no_suggestion":\(search.none),\
                "cpu_ms_per_word":{"median":\(Double(times[times.count / 2]) / 1e6),"mean":\(mean),"max":\(Double(times[times.count - 1]) / 1e6)}}
                """)
        }
    }
}
