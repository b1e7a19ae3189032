import FollowUpCore

/// The kinds of lines a person (or a cat on the keyboard) types at the prompt: real answers,
/// every command with good and bad arguments, escapes, control characters, overlong text,
/// invalid UTF-8 decoded lossily, and impossible dates.
enum FuzzLines {
    static let answers = [
        "Acme", "Engineer", "yesterday", "today", "2026-11-19", "Nov 18", "31 Feb", "30 February 2026", "2025-13-40",
        "next tuesday", "in 3 days", "", " ", "video", "phone", "on-site", "panel", "final", "first", "screening",
        "Ana Gómez", "Ana Gómez, Bob Li", "Ana, Ana", "李雷, Zoë Ng, José Pérez", "CTO", "ana@acme.example", "not-an-email",
        "a@b", "@acme.example", "José", "roadmap; hiring", "Kubernetes, Rust", "no", "none", "done", "-", "yes", "y", "n",
        "not yet", "write", "Sam Lee <sam@acme.example>", "Sam Lee sam@acme.example", "Sam <bad>", "formal", "warm", "brief",
        "1", "2", "3", "Maya", "Maya Chen", "maya@example.com", "2026-12-04", "in two weeks", "unknown", "?",
    ]
    static let commands = ["/back", "/skip", "/help", "/summary", "/save", "/h", "/b", "/s", "/e", "/sum", "/", "/frobnicate", "//x", "//", "/ edit"]
    static let editArguments = ["", " 1", " 2", " 0", " 21", " -1", " ana", " z", " 李", " 99999999999999999999"]
    static let controls: [String] = [
        "\u{1B}[A", "\u{1B}[2J", "\u{1B}", "\u{07}", "\t", "\r", "\u{00}", "\u{7F}", "\u{200D}", "\u{202E}", "\u{FEFF}", "\u{0301}",
    ]

    /// One random line.
    static func line<R: RandomNumberGenerator>(using rng: inout R, names: [String]) -> String {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0..<8:
            return answers.randomElement(using: &rng) ?? ""
        case 8..<11:
            return commands.randomElement(using: &rng) ?? "/back"
        case 11..<13:
            var field = EditableField.names.randomElement(using: &rng) ?? "company"
            if Bool.random(using: &rng), let name = names.randomElement(using: &rng) {
                field += " " + String(name.prefix(Int.random(in: 0...3, using: &rng)))
            } else {
                field += editArguments.randomElement(using: &rng) ?? ""
            }
            return (Bool.random(using: &rng) ? "/edit " : "/e ") + field
        case 13:
            // Long lines around the answer limit.
            let length = [1_999, 2_000, 2_001, 5_000, 20_000].randomElement(using: &rng) ?? 2_001
            return String(repeating: Bool.random(using: &rng) ? "a" : "é ", count: length)
        case 14:
            return String(decoding: (0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, as: UTF8.self)
        case 15:
            let base = answers.randomElement(using: &rng) ?? ""
            let control = controls.randomElement(using: &rng) ?? "\u{1B}"
            let cut = Int.random(in: 0...base.count, using: &rng)
            return String(base.prefix(cut)) + control + String(base.dropFirst(cut))
        case 16:
            let names = (0..<Int.random(in: 1...24, using: &rng)).map { "Person\($0)" }
            return names.joined(separator: ", ")
        case 17:
            let day = Int.random(in: -1...33, using: &rng)
            let month = ["Jan", "Feb", "feb", "Apr", "June", "Sept", "13", "0"].randomElement(using: &rng) ?? "Feb"
            return Bool.random(using: &rng) ? "\(day) \(month)" : "2026-\(month)-\(day)"
        default:
            return "//" + (answers.randomElement(using: &rng) ?? "")
        }
    }
}
