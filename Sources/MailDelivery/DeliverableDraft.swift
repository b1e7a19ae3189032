import Foundation

/// A draft `.eml` as it goes into a mailbox: the file's bytes without `X-Unsent: 1` (a header
/// for double-clicking a file in Outlook, which a draft in a Drafts folder must not carry into
/// the sent message), with a `From` when the file had none and the candidate's address is known.
public struct DeliverableDraft: Equatable, Sendable {
    /// Where the draft came from, for messages.
    public var path: String
    public var bytes: Data
    /// `<…>` as in the `Message-ID` header: how a copy already in the mailbox is recognised.
    public var messageID: String

    /// Reads and prepares one draft file.
    ///
    /// - Parameter from: a ready `From:` header line (`From: Maya Chen <maya@example.com>`), used
    ///   only when the file has no `From`.
    public init(path: String, from: String?) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeliveryError("\(path): the draft can't be read (is it still there?). `followup export ID` writes the plan's files again.")
        }
        try self.init(path: path, data: data, from: from)
    }

    public init(path: String, data: Data, from: String?) throws {
        let text = String(decoding: data, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else {
            throw DeliveryError("\(path): not an email message (no blank line after the headers).")
        }
        var headers = text[..<end.lowerBound].components(separatedBy: "\r\n")
        headers.removeAll { $0.lowercased().hasPrefix("x-unsent:") }
        let hasFrom = headers.contains { $0.lowercased().hasPrefix("from:") }
        if !hasFrom, let from {
            let afterDate = (headers.firstIndex { $0.lowercased().hasPrefix("date:") }).map { $0 + 1 } ?? 0
            headers.insert(from, at: afterDate)
        }
        guard let idLine = headers.first(where: { $0.lowercased().hasPrefix("message-id:") }) else {
            throw DeliveryError(
                "\(path): has no Message-ID, so followup could not tell whether it is already in the mailbox. `followup export ID` writes the drafts again with one."
            )
        }
        self.path = path
        self.messageID = idLine.dropFirst("message-id:".count).trimmingCharacters(in: .whitespaces)
        self.bytes = Data((headers.joined(separator: "\r\n") + "\r\n\r\n" + text[end.upperBound...]).utf8)
    }
}

/// Why a draft did not reach the mailbox, with what to do; the draft files are never touched.
public struct DeliveryError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What delivering one draft did.
public enum DeliveryOutcome: Equatable, Sendable {
    /// Put into the mailbox, at this place (an IMAP mailbox or a Maildir file).
    case delivered(String)
    /// A message with the same Message-ID was there already: nothing was added.
    case alreadyThere(String)
}
