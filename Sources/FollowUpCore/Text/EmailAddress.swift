/// Syntax checks for email addresses typed by a person.
///
/// Deliberately stricter than RFC 5322 (no quoted local parts, no comments, no IP
/// literals): what people type into a follow-up tool is `name@company.example`.
public enum EmailAddress {
    /// Why an address was refused, or nil when it looks deliverable.
    public static func problem(with raw: String) -> String? {
        let text = raw
        // RFC 5321 4.5.3.1: 64 octets before the '@', 254 in all (a path of 256 with its < >).
        if text.utf8.count > maxLength {
            return "An email address is at most \(maxLength) characters long; this one has \(text.utf8.count)."
        }
        if text.contains(where: { $0 == " " || $0 == "\t" }) {
            return "An email address has no spaces in it."
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return parts.count < 2 ? "An email address needs an '@', as in ana@example.com." : "An email address has only one '@'."
        }
        let local = parts[0]
        let domain = parts[1]
        if local.isEmpty { return "The part before the '@' is missing." }
        if local.utf8.count > 64 { return "The part before the '@' is longer than 64 characters." }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+-/=?^_`{|}~")
        if local.contains(where: { !localAllowed.contains($0) }) {
            return "The part before the '@' holds a character addresses don't use."
        }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") {
            return "The part before the '@' can't start or end with a dot, or have two dots in a row."
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if domain.isEmpty { return "The domain after the '@' is missing." }
        if labels.count < 2 { return "The domain '\(domain)' has no dot: a full address looks like name@company.com." }
        for label in labels {
            if label.isEmpty { return "The domain '\(domain)' has an empty part between dots." }
            if label.count > 63 { return "A part of the domain is longer than 63 characters." }
            if label.hasPrefix("-") || label.hasSuffix("-") { return "A part of the domain starts or ends with '-'." }
            if label.contains(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }) {
                return "The domain '\(domain)' holds a character domains don't use."
            }
        }
        if let tld = labels.last, tld.count < 2 || tld.allSatisfy(\.isNumber) {
            return "The domain ending '.\(tld)' is not a real top-level domain."
        }
        return nil
    }

    /// The longest address mail servers must accept (RFC 5321), and the longest accepted here.
    public static let maxLength = 254

    /// The address in what people paste from a mail client: `Bill Lumbergh <bill@globex.example>`
    /// gives `bill@globex.example`; text without angle brackets is returned as it is.
    public static func stripped(_ text: String) -> String {
        guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else { return text }
        return text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
    }

    public static func isValid(_ raw: String) -> Bool { problem(with: raw) == nil }
}
