extension DraftDocument {
    /// Up to this many words of prose, a thank-you is a short note.
    public static let shortNoteWords = 150
    /// Under this many words of prose, a note is too thin to count as complete.
    public static let completeNoteWords = 25

    /// A short note that thanks the reader and refers to what was discussed (when the context
    /// says what that was): complete without a question about next steps or an offer of more
    /// information, as career offices show such notes, so rules that look for those only
    /// suggest them.
    public func isShortCompleteNote(context: FeedbackContext) -> Bool {
        guard (Self.completeNoteWords...Self.shortNoteWords).contains(proseWords.count) else { return false }
        let greeting = greetingLine.map { draft.lines[$0].text } ?? ""
        guard proseTextMatches(NoThanks.gratitude) || NoThanks.gratitude.matches(greeting) else { return false }
        return GenericMessage().check(self, context: context).isEmpty
    }
}
