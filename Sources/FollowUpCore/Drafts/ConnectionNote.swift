/// The networking draft as a LinkedIn connection note: the greeting, the note and the given
/// name, with no subject and no signature block, under the 300 characters LinkedIn allows.
extension EmailDraft {
    /// The note's text for a connection request, signed with `name`'s given name.
    public func connectionNote(signedBy name: String) -> String {
        let paragraphs = body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        // The first paragraph is the greeting line, the last the sign-off and signature.
        guard paragraphs.count >= 3, let greeting = paragraphs.first else { return body }
        let note = paragraphs.dropFirst().dropLast().joined(separator: " ")
        let given = PersonName(name).given
        let signature = given.isEmpty ? ListAnswer.clean(name) : given
        return [greeting, note, signature].filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
