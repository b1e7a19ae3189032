import Foundation

/// File-name-safe slugs: `José Pérez` → `jose-perez`, `李雷` → `li-lei`, `../../etc` → `etc`.
///
/// The result only ever holds `a-z`, `0-9` and single hyphens, so it can never name a
/// parent folder, an absolute path or a hidden file.
public enum Slug {
    public static func make(_ text: String, fallback: String = "untitled", maxLength: Int = 40) -> String {
        // Latin letters for any script (李雷 → li lei), then without accents (José → jose).
        // Accents off first (José → jose); ICU's transliterator, megabytes of data, only for
        // what is still not Latin after that (李雷 → li lei).
        func fold(_ s: String) -> String {
            s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        }
        var folded = fold(text)
        if !folded.unicodeScalars.allSatisfy(\.isASCII) {
            folded = fold(text.applyingTransform(.toLatin, reverse: false) ?? text)
        }
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let c = Character(scalar)
            if c.isASCII, c.isLetter || c.isNumber {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(Character(c.lowercased()))
            } else {
                pendingHyphen = true
            }
            if out.count >= maxLength { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }
}
