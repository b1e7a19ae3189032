import Foundation

/// Splits a typed list: "Ana Pérez, Bob Li and Chen" or "scaling; on-call; hiring".
public enum ListAnswer {
    /// Splits names on commas, semicolons and a final " and ".
    public static func names(_ text: String) -> [String] {
        let unified =
            text
            .replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: ";", with: ",")
        return unified.split(separator: ",").map(clean).filter { !$0.isEmpty }
    }

    /// Splits items on semicolons; when there are none, on commas.
    public static func items(_ text: String) -> [String] {
        let separator: Character = text.contains(";") ? ";" : ","
        return text.split(separator: separator).map(clean).filter { !$0.isEmpty }
    }

    /// Splits notes on semicolons only: a comma inside a note is part of it ("showed me the
    /// dental suite, v impressive"); a typed list of short phrases is split where the drafts
    /// read it (`InterviewLoop.splitItems`), as for an answers file.
    public static func notes(_ text: String) -> [String] {
        text.split(separator: ";").map(clean).filter { !$0.isEmpty }
    }

    /// Collapses runs of white space and trims the ends.
    public static func clean(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
