import CCurl
import FollowUpStorage
import Foundation

/// Drafts into an IMAP account's Drafts mailbox, through libcurl (TLS, login, the protocol).
///
/// 1. `LIST "" "*"` finds the mailbox marked `\Drafts` (RFC 6154), or the configured name.
/// 2. For each draft, `UID SEARCH HEADER Message-ID …`: a draft already there is left alone.
/// 3. `APPEND` (libcurl's upload, which always flags `\Seen`), then the new message's UID by
///    the same search, and `UID STORE … +FLAGS (\Draft)`, so clients list it as a draft.
public final class IMAPDrafts {
    let account: IMAPAccount
    let password: String
    let configPath: String
    private let handle: UnsafeMutableRawPointer
    private var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)

    public init(account: IMAPAccount, password: String, configPath: String) throws {
        guard followup_curl() != nil else {
            throw DeliveryError("libcurl (libcurl.so.4) could not be opened: install libcurl4; nothing was uploaded.")
        }
        guard followup_curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK, let handle = followup_curl_easy_init() else {
            throw DeliveryError("libcurl could not start; nothing was uploaded.")
        }
        self.account = account
        self.password = password
        self.configPath = configPath
        self.handle = handle
    }

    deinit {
        followup_curl_easy_cleanup(handle)
    }

    /// `imaps://host:993/` or `imap://host:143/`, with the mailbox percent-encoded after it.
    func url(mailbox: String? = nil) -> String {
        let scheme = account.security == .tls ? "imaps" : "imap"
        let host = account.host.contains(":") ? "[\(account.host)]" : account.host
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let path = mailbox.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 } ?? ""
        return "\(scheme)://\(host):\(account.port)/\(path)"
    }

    /// The mailbox to put drafts in.
    public func draftsMailbox() throws -> String {
        let listing = try perform(url: url(), request: "LIST \"\" \"*\"")
        let mailboxes = Self.parseList(listing)
        if let configured = account.drafts {
            if mailboxes.contains(where: { $0.name == configured }) { return configured }
            throw DeliveryError(
                "\(account.host) has no mailbox called '\(configured)' (`imap.drafts` in \(configPath)). Its mailboxes: "
                    + mailboxes.map(\.name).joined(separator: ", ") + ". Nothing was uploaded.")
        }
        if let marked = mailboxes.first(where: { $0.attributes.contains("\\drafts") }) { return marked.name }
        if let named = mailboxes.first(where: { $0.name.lowercased() == "drafts" }) { return named.name }
        throw DeliveryError(
            "\(account.host) marks no mailbox as Drafts and has none called Drafts. Its mailboxes: "
                + mailboxes.map(\.name).joined(separator: ", ")
                + ". Create a Drafts mailbox in your mail app, or name the one to use with `drafts:` under `imap:` in \(configPath). Nothing was uploaded.")
    }

    /// Uploads each draft not already in `mailbox`.
    public func deliver(_ drafts: [DeliverableDraft], into mailbox: String) throws -> [DeliveryOutcome] {
        var outcomes: [DeliveryOutcome] = []
        for draft in drafts {
            do {
                if !(try uids(of: draft.messageID, in: mailbox)).isEmpty {
                    outcomes.append(.alreadyThere(mailbox))
                    continue
                }
                _ = try perform(url: url(mailbox: mailbox), request: nil, upload: draft.bytes)
                for uid in try uids(of: draft.messageID, in: mailbox) {
                    _ = try perform(url: url(mailbox: mailbox), request: "UID STORE \(uid) +FLAGS (\\Draft)")
                }
                outcomes.append(.delivered(mailbox))
            } catch let error as DeliveryError {
                let done = outcomes.filter { if case .delivered = $0 { return true } else { return false } }.count
                let prefix = done > 0 ? "\(done) draft\(done == 1 ? " was" : "s were") uploaded before this; " : ""
                throw DeliveryError(error.message + " (\(draft.path): not uploaded; \(prefix)running the command again uploads only what is missing.)")
            }
        }
        return outcomes
    }

    func uids(of messageID: String, in mailbox: String) throws -> [Int] {
        let quoted = messageID.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let response = try perform(url: url(mailbox: mailbox), request: "UID SEARCH HEADER Message-ID \"\(quoted)\"")
        return response.split(whereSeparator: \.isNewline).flatMap { line -> [Int] in
            guard line.uppercased().hasPrefix("* SEARCH") else { return [] }
            return line.dropFirst("* SEARCH".count).split(separator: " ").compactMap { Int($0) }
        }
    }

    /// One mailbox of a `LIST` response: its attributes (lowercased) and name.
    struct ListedMailbox: Equatable {
        var attributes: [String]
        var name: String
    }

    /// `* LIST (\HasNoChildren \Drafts) "/" "[Gmail]/Drafts"` → attributes and name (quoted or atom).
    static func parseList(_ response: String) -> [ListedMailbox] {
        response.split(whereSeparator: \.isNewline).compactMap { line in
            guard line.uppercased().hasPrefix("* LIST ("), let close = line.firstIndex(of: ")") else { return nil }
            let open = line.index(line.startIndex, offsetBy: "* LIST (".count)
            let attributes = line[open..<close].split(separator: " ").map { $0.lowercased() }
            var rest = line[line.index(after: close)...].drop { $0 == " " }
            // The hierarchy delimiter: "/" or NIL.
            if rest.hasPrefix("\"") {
                rest = rest.dropFirst()
                if rest.hasPrefix("\\") { rest = rest.dropFirst() }
                rest = rest.dropFirst().dropFirst()
            } else if rest.uppercased().hasPrefix("NIL") {
                rest = rest.dropFirst(3)
            }
            rest = rest.drop { $0 == " " }
            var name = ""
            if rest.hasPrefix("\"") {
                var escaped = false
                for character in rest.dropFirst() {
                    if escaped {
                        name.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        name.append(character)
                    }
                }
            } else {
                name = String(rest)
            }
            return name.isEmpty ? nil : ListedMailbox(attributes: attributes, name: name)
        }
    }

    // MARK: libcurl

    /// What a transfer collects (the untagged responses) or sends (an upload).
    final class Transfer {
        var received = Data()
        var upload: Data
        var offset = 0
        init(upload: Data) { self.upload = upload }
    }

    /// One request on the handle's connection, which libcurl keeps open between requests.
    func perform(url: String, request: String?, upload: Data? = nil) throws -> String {
        let transfer = Transfer(upload: upload ?? Data())
        let context = Unmanaged.passRetained(transfer)
        defer { context.release() }
        followup_curl_easy_reset(handle)
        errorBuffer = [CChar](repeating: 0, count: errorBuffer.count)
        try set(CURLOPT_URL, url)
        try set(CURLOPT_USERNAME, account.user)
        try set(CURLOPT_PASSWORD, password)
        try set(CURLOPT_CONNECTTIMEOUT, 20)
        try set(CURLOPT_LOW_SPEED_LIMIT, 1)
        try set(CURLOPT_LOW_SPEED_TIME, 60)
        try set(CURLOPT_NOSIGNAL, 1)
        if account.security == .starttls { try set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue)) }
        if let ca = account.caFile { try set(CURLOPT_CAINFO, ca) }
        if let request { try set(CURLOPT_CUSTOMREQUEST, request) }
        let pointer = context.toOpaque()
        try check(followup_curl_set_pointer(handle, CURLOPT_WRITEDATA, pointer))
        try check(
            followup_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { buffer, size, count, context in
                guard let buffer, let context else { return 0 }
                let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
                transfer.received.append(UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: size * count)
                return size * count
            })
        if upload != nil {
            try set(CURLOPT_UPLOAD, 1)
            try check(followup_curl_set_offset(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.upload.count)))
            try check(followup_curl_set_pointer(handle, CURLOPT_READDATA, pointer))
            try check(
                followup_curl_set_callback(handle, CURLOPT_READFUNCTION) { buffer, size, count, context in
                    guard let buffer, let context else { return 0 }
                    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
                    let n = min(size * count, transfer.upload.count - transfer.offset)
                    transfer.upload.withUnsafeBytes { bytes in
                        if let base = bytes.baseAddress, n > 0 {
                            UnsafeMutableRawPointer(buffer).copyMemory(from: base + transfer.offset, byteCount: n)
                        }
                    }
                    transfer.offset += n
                    return n
                })
        }
        let code = errorBuffer.withUnsafeMutableBufferPointer { buffer -> CURLcode in
            _ = followup_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            return followup_curl_easy_perform(handle)
        }
        guard code == CURLE_OK else { throw explain(code, request: request ?? "APPEND") }
        return String(decoding: transfer.received, as: UTF8.self)
    }

    private func set(_ option: CURLoption, _ value: String) throws {
        try check(followup_curl_set_string(handle, option, value))
    }

    private func set(_ option: CURLoption, _ value: Int) throws {
        try check(followup_curl_set_long(handle, option, value))
    }

    private func check(_ code: CURLcode) throws {
        guard code == CURLE_OK else { throw explain(code, request: "setting up") }
    }

    /// libcurl's error in words that say what went wrong and what to change.
    func explain(_ code: CURLcode, request: String) -> DeliveryError {
        let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let reason = detail.isEmpty ? String(cString: followup_curl_easy_strerror(code)) : detail
        let place = "\(account.host):\(account.port)"
        switch code {
        case CURLE_LOGIN_DENIED:
            return DeliveryError(
                "\(place) refused the login for '\(account.user)' (\(reason)): check `imap.user` in \(configPath) and that `imap.password_command` prints the right password (for Gmail, iCloud and Outlook.com, an app password). Nothing was uploaded."
            )
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_OPERATION_TIMEDOUT, CURLE_RECV_ERROR, CURLE_SEND_ERROR:
            return DeliveryError(
                "could not reach the IMAP server \(place) (\(reason)): check `imap.host`, `imap.port` and `imap.security` in \(configPath), and that you are online. Nothing was uploaded; the drafts stay where they are."
            )
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM:
            return DeliveryError(
                "the IMAP server \(place) could not be trusted (\(reason)): `imap.host` in \(configPath) must be the name on the server's certificate; for a server with its own certificate, give it with `imap.ca_file`. Nothing was sent to it."
            )
        case CURLE_USE_SSL_FAILED:
            return DeliveryError(
                "\(place) does not offer STARTTLS, and followup never sends a password unencrypted: use `security: tls` (port 993) in \(configPath) if the server has it. Nothing was uploaded."
            )
        default:
            return DeliveryError("the IMAP server \(place) answered \(request) with an error (\(reason)). Nothing else was changed.")
        }
    }
}
