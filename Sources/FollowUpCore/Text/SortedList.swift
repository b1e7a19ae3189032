/// A search in a list of byte strings kept sorted by bytes, one entry per separator-delimited
/// run, read where it lies (a file mapped in, a string in the binary): no set is built. Used
/// for the common words and names the core ships and for the word list made from a hunspell
/// dictionary.
public enum SortedList {
    /// The byte range of the entry whose key is `needle`, or nil. Entries are separated by
    /// `separator`; an entry's key runs to `keyEnd` when it has one ("manchester:Manchester"),
    /// else it is the whole entry. The search starts at byte `start` (after a header, say).
    public static func entry(
        _ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int = 0, separator: UInt8, keyEnd: UInt8? = nil
    ) -> Range<Int>? {
        guard !needle.isEmpty, !needle.contains(separator), keyEnd.map(needle.contains) != true else { return nil }
        // Bisect on byte offsets; each probe reads the entry around it.
        var low = start
        var high = text.count
        while low < high {
            let middle = (low + high) / 2
            var entryStart = middle
            while entryStart > low, text[entryStart - 1] != separator { entryStart -= 1 }
            var entryEnd = entryStart
            while entryEnd < text.count, text[entryEnd] != separator { entryEnd += 1 }
            var keyStop = entryStart
            while keyStop < entryEnd, text[keyStop] != keyEnd { keyStop += 1 }
            var order = 0
            for index in 0..<min(keyStop - entryStart, needle.count) where text[entryStart + index] != needle[index] {
                order = Int(text[entryStart + index]) - Int(needle[index])
                break
            }
            if order == 0 { order = (keyStop - entryStart) - needle.count }
            if order == 0 { return entryStart..<entryEnd }
            if order < 0 { low = entryEnd + 1 } else { high = entryStart }
        }
        return nil
    }
}
