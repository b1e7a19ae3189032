import Foundation

/// Collects a multi-line draft typed or pasted line by line: a line holding only `.` ends it
/// (as does the end of input, which the caller signals with `finish()`), and so does passing
/// `DraftLimits.bytes`, so that endless input is never held (the draft is then refused as too large).
public struct DraftCollector: Equatable, Sendable {
    public private(set) var lines: [String] = []
    public private(set) var isComplete = false
    /// The bytes collected so far, a newline a line.
    private var bytes = 0

    public init() {}

    /// Adds one line; returns true when that line ended the draft.
    @discardableResult
    public mutating func add(_ line: String) -> Bool {
        guard !isComplete else { return true }
        if line.trimmingCharacters(in: .whitespaces) == "." {
            isComplete = true
            return true
        }
        lines.append(line)
        bytes += line.utf8.count + 1
        if bytes > DraftLimits.bytes {
            isComplete = true
            return true
        }
        return false
    }

    /// Ends the draft (Ctrl-D).
    public mutating func finish() { isComplete = true }

    /// The draft text, without trailing blank lines; nil when nothing but blank lines was typed.
    public var text: String? {
        var kept = lines
        while let last = kept.last, last.trimmingCharacters(in: .whitespaces).isEmpty { kept.removeLast() }
        return kept.isEmpty ? nil : kept.joined(separator: "\n")
    }
}
