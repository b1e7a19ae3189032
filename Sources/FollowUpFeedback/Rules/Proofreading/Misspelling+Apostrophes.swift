extension Misspelling {
    /// The first three suggestions, the word with an apostrophe put in first (“dont” → “don't”,
    /// “youre” → “you're”): a missing apostrophe is the likeliest typo, and hunspell ranks those
    /// forms low or not at all.
    static func ranked(_ suggestions: [String], for word: String, speller: any SpellChecker) -> [String] {
        let characters = Array(word)
        var forms: [String] = []
        if characters.count >= 3, !word.contains("'") {
            for index in 1..<characters.count {
                let form = String(characters[..<index]) + "'" + String(characters[index...])
                if speller.isCorrect(form) { forms.append(form) }
            }
        }
        var result: [String] = []
        for suggestion in forms + suggestions where !result.contains(suggestion) { result.append(suggestion) }
        return Array(result.prefix(3))
    }
}
