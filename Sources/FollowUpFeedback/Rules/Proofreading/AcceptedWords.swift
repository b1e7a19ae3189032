extension Misspelling {
    /// The words accepted besides the dictionary's: `workplaceWords` and the reviewed list in
    /// `Data/accepted-words.txt` (British, Canadian and Australian spellings, terms of a trade).
    static let acceptedWords: Set<String> = workplaceWords.union(listedWords)

    /// The words of `Data/accepted-words.txt`.
    static let listedWords: Set<String> = FeedbackContext.parseWordList(
        String(decoding: PackageResources.accepted_words_txt, as: UTF8.self))
}
