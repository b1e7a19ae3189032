import FollowUpStorage
import Foundation

/// Drafts into a Maildir folder (mutt, neomutt, aerc, notmuch), flagged Draft (`:2,D`).
///
/// Each message is written in `tmp/` and renamed into `cur/`, as the Maildir convention asks,
/// so a mail client never sees half a message. A message whose Message-ID is already in the
/// folder is not written again.
public struct MaildirDrafts: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Creates `cur`, `new` and `tmp` when the folder is new; refuses a path that is a file.
    public func prepare() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw DeliveryError("\(folder) is a file, not a Maildir folder: give a folder in `maildir:` of the configuration or with --maildir.")
        }
        for sub in ["cur", "new", "tmp"] {
            try AtomicFile.makeDirectory("\(folder)/\(sub)")
        }
    }

    /// The Message-IDs of the messages in `cur` and `new`, read from their headers.
    public func messageIDs() -> [String: String] {
        var ids: [String: String] = [:]
        for sub in ["cur", "new"] {
            let dir = "\(folder)/\(sub)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where !name.hasPrefix(".") {
                guard let handle = FileHandle(forReadingAtPath: "\(dir)/\(name)") else { continue }
                let head = String(decoding: handle.readData(ofLength: 16_384), as: UTF8.self)
                try? handle.close()
                for line in head.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                    if line.isEmpty || line == "\r" { break }
                    if line.lowercased().hasPrefix("message-id:") {
                        let id = line.dropFirst("message-id:".count).trimmingCharacters(in: .whitespacesAndNewlines)
                        ids[id] = "\(dir)/\(name)"
                    }
                }
            }
        }
        return ids
    }

    /// Writes each draft not already there.
    public func deliver(_ drafts: [DeliverableDraft]) throws -> [DeliveryOutcome] {
        try prepare()
        var present = messageIDs()
        var outcomes: [DeliveryOutcome] = []
        for draft in drafts {
            if let existing = present[draft.messageID] {
                outcomes.append(.alreadyThere(existing))
                continue
            }
            let unique = "\(Int(Date().timeIntervalSince1970)).P\(getpid())R\(UInt32.random(in: 0...UInt32.max)).followup"
            let temporary = "\(folder)/tmp/\(unique)"
            let final = "\(folder)/cur/\(unique):2,D"
            try AtomicFile.create(draft.bytes, at: temporary, flush: true)
            if rename(temporary, final) != 0 {
                unlink(temporary)
                throw DeliveryError("\(final): could not be moved into place (\(String(cString: strerror(errno)))).")
            }
            present[draft.messageID] = final
            outcomes.append(.delivered(final))
        }
        return outcomes
    }
}
