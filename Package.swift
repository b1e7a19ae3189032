// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "followup",
    // Linux only: built and tested on Debian 12 (glibc); no macOS build has been tried (README).
    products: [
        .executable(name: "followup", targets: ["followup"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Tests only: whole-state comparisons of the dialogue with a readable diff.
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
    ],
    targets: [
        // C libraries, one system-library target each.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        // libcurl's headers only: the library is opened when first needed (Sources/CCurl/shim.h).
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),

        // Pure logic: models, dates, the dialogue state machine, plan and drafts.
        .target(
            name: "FollowUpCore",
            dependencies: [.product(name: "Mustache", package: "swift-mustache")]
        ),
        // Pure logic: the practice-mode feedback rules.
        // Data/: the phrase rules and the accepted word list, compiled into the module.
        // Its regexes run through ICU's C API where Foundation brings ICU as _FoundationICU (Linux),
        // a library a dynamically linked build has to name.
        .target(
            name: "FollowUpFeedback", dependencies: ["FollowUpCore", "Yams"], resources: [.embedInCode("Data")],
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        // Edges.
        .target(name: "LineEditing", dependencies: ["CEditLine", "FollowUpCore"]),
        .target(name: "Spelling", dependencies: ["CHunspell", "FollowUpCore", "FollowUpFeedback"]),
        .target(
            name: "FollowUpStorage",
            dependencies: ["FollowUpCore", "Yams"]
        ),
        // Drafts into the candidate's mailbox: IMAP through libcurl, and Maildir.
        .target(name: "MailDelivery", dependencies: ["CCurl", "FollowUpCore", "FollowUpStorage"]),
        .target(
            name: "FollowUpApp",
            dependencies: [
                "FollowUpCore", "FollowUpFeedback", "FollowUpStorage", "LineEditing", "MailDelivery", "Spelling",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "followup", dependencies: ["FollowUpApp"]),

        // Test support, shared by the test targets and the fuzz harness: golden files (recorded,
        // read, compared), a seeded random source and the dialogue's invariants.
        .target(name: "TestSupport", dependencies: ["FollowUpCore"], path: "Tests/TestSupport"),
        .testTarget(
            name: "FollowUpCoreTests", dependencies: ["FollowUpCore", "TestSupport", .product(name: "CustomDump", package: "swift-custom-dump")]),
        // Fixtures/: drafts read through Bundle.module; Golden/: read and recorded in place (#filePath).
        .testTarget(
            name: "FollowUpFeedbackTests", dependencies: ["FollowUpFeedback", "FollowUpStorage", "TestSupport", "Spelling"],
            exclude: ["Golden"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // Fixtures/ and Golden/ are read (and goldens recorded) in place, through #filePath.
        .testTarget(name: "FollowUpStorageTests", dependencies: ["FollowUpStorage", "TestSupport"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "MailDeliveryTests", dependencies: ["MailDelivery"]),
        // Commands and the REPL run with a scripted terminal and a Platform of its own; Transcripts/: whole outputs.
        .testTarget(name: "FollowUpAppTests", dependencies: ["FollowUpApp", "FollowUpCore", "LineEditing"], exclude: ["Transcripts"]),
        // Fuzzing (libFuzzer or seeded random) and in-process benchmarks: Scripts/fuzz, Scripts/bench.
        .executableTarget(
            name: "followup-fuzz",
            dependencies: ["FollowUpCore", "FollowUpFeedback", "FollowUpStorage", "Spelling", "CHunspell", "TestSupport"],
            path: "Sources/FollowUpFuzz"
        ),
    ]
)
