/// Marked places in a draft that the candidate must fill before sending.
public enum Placeholder {
    /// `[paste the link to your portfolio here]`.
    public static func paste(_ thing: String) -> String { "[paste the link to \(yours(thing)) here]" }
    /// `[attach your writing sample]`.
    public static func attach(_ thing: String) -> String { "[attach \(yours(thing))]" }
    /// `[add each reference's name and contact details here]`.
    public static func add(_ instruction: String) -> String { "[add \(instruction) here]" }

    static func yours(_ thing: String) -> String {
        thing.split(separator: " ", omittingEmptySubsequences: false).map { $0 == "my" ? "your" : String($0) }.joined(separator: " ")
    }
}
