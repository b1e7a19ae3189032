/// Flesch reading ease and the syllable count it needs.
public enum Readability {
    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    /// Around 60 is plain English; below 30 is hard going.
    /// `syllables` is the sum of `syllableCount` over the words.
    public static func fleschReadingEase(wordCount: Int, syllables: Int, sentences: Int) -> Double {
        guard wordCount > 0, sentences > 0 else { return 100 }
        return 206.835 - 1.015 * Double(wordCount) / Double(sentences) - 84.6 * Double(syllables) / Double(wordCount)
    }

    /// An estimate: vowel groups, minus a silent final `e`, at least one.
    public static func syllableCount(_ word: String) -> Int {
        asciiSyllableCount(word) ?? unicodeSyllableCount(word)
    }

    /// `syllableCount`, a character at a time.
    static func unicodeSyllableCount(_ word: String) -> Int {
        let letters = Array(word.lowercased().filter(\.isLetter))
        guard !letters.isEmpty else { return 0 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let isVowel = vowels.contains(letter)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if letters.count > 2, letters.last == "e", !vowels.contains(letters[letters.count - 2]),
            !(letters[letters.count - 2] == "l" && !vowels.contains(letters[max(0, letters.count - 3)]))
        {
            count -= 1
        }
        return max(1, count)
    }

    /// `syllableCount` for an ASCII word, on bytes (same steps, same result); nil for any other.
    static func asciiSyllableCount(_ word: String) -> Int? {
        // The letters are not collected: only their number and the last three are needed.
        @inline(__always) func isVowel(_ b: UInt8) -> Bool { b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79 }
        var word = word
        return word.withUTF8 { bytes -> Int? in
            var letterCount = 0
            var last: UInt8 = 0, secondLast: UInt8 = 0, thirdLast: UInt8 = 0
            var count = 0
            var previousWasVowel = false
            for byte in bytes {
                let letter: UInt8
                if byte >= 0x80 { return nil }
                guard ASCIIByte.isLetter(byte) else { continue }
                letter = ASCIIByte.lowercased(byte)
                letterCount += 1
                thirdLast = secondLast
                secondLast = last
                last = letter
                let vowel = isVowel(letter)
                if vowel && !previousWasVowel { count += 1 }
                previousWasVowel = vowel
            }
            guard letterCount > 0 else { return 0 }
            if letterCount > 2, last == 0x65, !isVowel(secondLast), !(secondLast == 0x6C && !isVowel(thirdLast)) {
                count -= 1
            }
            return max(1, count)
        }
    }
}
