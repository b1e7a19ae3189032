import FollowUpFeedback
import FollowUpStorage
import Foundation

extension FeedbackSetup {
    /// The built-in phrase families and the candidate's own from `<home>/rules/*.yaml` (and
    /// `.yml`, in the order of their names), compiled.
    ///
    /// They are read from `<home>/cache/rules-<key>.compiled` when that was made from the same
    /// files by the same build (`key` is `CompiledRules.key`, which says both); otherwise from
    /// their YAML, and the result is kept there for the next run. One file a key, so that two
    /// builds sharing a data folder (an installed one and one being worked on) each keep theirs
    /// instead of making the file again in turn; when one is made, all but the
    /// `compiledRulesKept` newest go. A rule file that cannot be used is reported on standard
    /// error with its file, line and column on every run, and left out; the other rules are
    /// still checked.
    static func phraseRules(home: String, console: Console) -> CompiledRules {
        let folder = home + "/rules"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var files: [(name: String, text: String)] = []
        for name in names {
            let path = folder + "/" + name
            do {
                guard let data = try AtomicFile.read(path, limit: InputLimits.config, what: "a rule file") else { continue }
                files.append((path, String(decoding: data, as: UTF8.self)))
            } catch {
                console.error("\(error) (the rules in it are not used; the others are)")
            }
        }

        let cache = home + "/cache"
        let key = buildIdentity.map { CompiledRules.key(userFiles: files, build: $0) }
        var compiled: CompiledRules
        if let key, let data = FileManager.default.contents(atPath: cache + "/rules-\(key).compiled"),
            let kept = CompiledRules(encoded: Array(data), key: key)
        {
            compiled = kept
        } else {
            compiled = CompiledRules(userFiles: files)
            if let key {
                // Kept for the next run when the folder can be written; never a reason to fail.
                try? AtomicFile.makeDirectory(cache)
                try? AtomicFile.write(Data(compiled.encoded(key: key)), to: cache + "/rules-\(key).compiled", flush: false)
                pruneCompiledRules(in: cache)
            }
        }
        for problem in compiled.user.problems {
            console.error("\(problem) (the rules in this file are not used until it is fixed; the others are)")
        }
        return compiled
    }

    /// How many compiled rule files `<home>/cache` keeps (see `phraseRules`).
    static let compiledRulesKept = 4

    /// Removes all but the `compiledRulesKept` most recently made `rules-*.compiled` files of
    /// `folder`, and `rules.compiled`, which earlier builds kept there.
    static func pruneCompiledRules(in folder: String) {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("rules-") && $0.hasSuffix(".compiled") }
        let newestFirst = names.map { name in
            (name, (try? manager.attributesOfItem(atPath: folder + "/" + name)[.modificationDate] as? Date) ?? .distantPast)
        }.sorted { $0.1 > $1.1 }
        for (name, _) in newestFirst.dropFirst(compiledRulesKept) { try? manager.removeItem(atPath: folder + "/" + name) }
        try? manager.removeItem(atPath: folder + "/rules.compiled")
    }

    /// The running program's size and modification time (nanoseconds), which change with every
    /// build: the compact rules one build worked out are never read by another. Nil where
    /// `/proc/self/exe` cannot be read: the rules are then read from their files every run.
    static let buildIdentity: String? = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
