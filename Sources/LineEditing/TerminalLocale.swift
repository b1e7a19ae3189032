#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes the C library treat text as UTF-8, which libedit needs to read and draw non-ASCII input.
public enum TerminalLocale {
    /// Adopts the user's LC_CTYPE and falls back to C.UTF-8 when its codeset is not UTF-8.
    ///
    /// Call it first thing in the executable, before any reader is made. Returns true when the
    /// resulting codeset is UTF-8.
    @discardableResult
    public static func ensureUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        if isUTF8(currentCodeset()) {
            return true
        }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
            if isUTF8(currentCodeset()) {
                return true
            }
        }
        return false
    }

    /// The codeset of the current LC_CTYPE, e.g. "UTF-8" or "ANSI_X3.4-1968".
    public static func currentCodeset() -> String {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: codeset)
    }

    /// True for "UTF-8", "utf8" and other spellings of UTF-8.
    public static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }
}
