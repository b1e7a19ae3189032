import Foundation
import TestSupport

// followup-fuzz: the fuzz harness and the in-process benchmarks (Scripts/fuzz, Scripts/bench).
//
//   followup-fuzz random [SECONDS] [SEED]     seeded random fuzzing of the dialogue and the parsers
//   followup-fuzz seeds DIRECTORY             seed inputs for every libFuzzer target, a folder each
//   followup-fuzz lines INTERVIEWERS          the scripted session's answers, one a line
//   followup-fuzz bench-session INTERVIEWERS ITERATIONS
//   followup-fuzz bench-plan parse|render|write OUT FILE...
//   followup-fuzz bench-assemble INTERVIEWERS ITERATIONS   plan, drafts and export files in memory
//   followup-fuzz bench-check ITERATIONS FILE...             the feedback engine, with the dictionary
//   followup-fuzz bench-recheck FILE ITERATIONS FOLDER   a re-check in practice mode, with the dictionary
//
// Built with -sanitize=fuzzer (and -DFUZZING), any other arguments go to libFuzzer.

/// libFuzzer's entry point: one input, every invariant checked; a violation aborts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        try FuzzTargets.run(Array(UnsafeBufferPointer(start: data, count: size)))
    } catch {
        FileHandle.standardError.write(Data("invariant broken: \(error)\n".utf8))
        abort()
    }
    return 0
}

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt
#endif

/// Seeded random fuzzing: sessions of random lines, random dates, addresses and mutated answers files.
func randomFuzz(seconds: Double, seed: UInt64) -> Int32 {
    var rng = SeededRandom(seed: seed)
    let deadline = Date().addingTimeInterval(seconds)
    var sessions = 0
    var events = 0
    while Date() < deadline {
        let iterationSeed = rng.next()
        var local = SeededRandom(seed: iterationSeed)
        do {
            let lines = (0..<Int.random(in: 1...120, using: &local)).map { _ in
                FuzzLines.line(using: &local, names: ["Ana Gómez", "Bob Li", "李雷", "Person1"])
            }
            try FuzzTargets.dialogue(lines)
            events += lines.count
            try FuzzTargets.date(FuzzLines.line(using: &local, names: []))
            FuzzTargets.email(FuzzLines.line(using: &local, names: []))
            try FuzzTargets.answersFile(FuzzTargets.mutatedYAML(using: &local))
            // Every other parser, on the same mutated text (the selector byte picks which).
            try FuzzTargets.run([UInt8.random(in: 5...10, using: &local)] + Array(FuzzTargets.mutatedYAML(using: &local)))
            sessions += 1
        } catch {
            print("FAILED (seed \(seed), iteration seed \(iterationSeed)): \(error)")
            return 1
        }
    }
    print("random fuzzing: \(sessions) sessions, \(events) dialogue events, \(sessions) answers files, no new invariant broken (seed \(seed))")
    if let first = FuzzTargets.knownViolations.first {
        print("known bug hit \(FuzzTargets.knownViolations.count) times, e.g. \(first.description.prefix(160))")
    }
    return 0
}

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "random"
/// The argument at `index`, if given.
func argument(_ index: Int) -> String? { arguments.indices.contains(index) ? arguments[index] : nil }
do {
    switch mode {
    case "random":
        let seconds = arguments.count > 2 ? Double(arguments[2]) ?? 10 : 10
        let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : UInt64(Date().timeIntervalSince1970)
        exit(randomFuzz(seconds: seconds, seed: seed))
    case "seeds":
        try FuzzSeeds.write(into: argument(2) ?? "fuzz-seeds")
    case "lines":
        Bench.sessionLines(interviewers: Int(arguments.dropFirst(2).first ?? "1") ?? 1).forEach { print($0) }
    case "bench-session":
        try Bench.session(interviewers: Int(argument(2) ?? "1") ?? 1, iterations: Int(argument(3) ?? "1000") ?? 1000)
    case "bench-plan":
        try Bench.plan(phase: argument(2) ?? "write", out: argument(3) ?? "bench-plan-out", files: Array(arguments.dropFirst(4)))
    case "bench-assemble":
        try Bench.assemble(interviewers: Int(argument(2) ?? "1") ?? 1, iterations: Int(argument(3) ?? "50") ?? 50)
    case "bench-check":
        try Bench.check(files: Array(arguments.dropFirst(3)), iterations: Int(argument(2) ?? "10") ?? 10)
    case "bench-recheck":
        try Bench.recheck(file: argument(2) ?? "", iterations: Int(argument(3) ?? "40") ?? 40, folder: argument(4) ?? NSTemporaryDirectory())
    case "bench-suggest":
        try Bench.suggestions(iterations: Int(argument(2) ?? "5") ?? 5, folder: argument(3) ?? NSTemporaryDirectory())
    default:
        #if FUZZING
            var argc = CInt(arguments.count)
            var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            let status = argv.withUnsafeMutableBufferPointer { buffer -> CInt in
                guard var base = buffer.baseAddress else { return 2 }
                return LLVMFuzzerRunDriver(&argc, &base, { data, size in fuzzOneInput(data, size) })
            }
            exit(status)
        #else
            FileHandle.standardError.write(Data("unknown mode \(mode); see Sources/FollowUpFuzz/main.swift\n".utf8))
            exit(2)
        #endif
    }
} catch {
    FileHandle.standardError.write(Data("followup-fuzz: \(error)\n".utf8))
    exit(1)
}
