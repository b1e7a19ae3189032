import FollowUpCore
import Foundation
import Yams

/// The candidate's own settings: who they are (a guided session does not ask what these say),
/// and how drafts and reminders are delivered. `$XDG_CONFIG_HOME/followup/config.yaml` (default
/// `~/.config/followup/config.yaml`).
///
/// ```yaml
/// name: Maya Chen              # not asked: "How do you sign your messages?"
/// email: maya@fastmail.com     # not asked: "Your email address…?"; and the drafts' From
/// phone: +44 7700 900123       # under the name in every draft
/// sign_off: Kind regards,      # the closing line (else the tone's own)
/// tone: warm                   # not asked: formal, warm or brief
/// locale: en_GB                # how dates are read and written (under --locale)
/// country: GB                  # whose public holidays are skipped (under --country)
/// imap:
///   host: imap.fastmail.com
///   security: tls              # tls (port 993) or starttls (port 143)
///   user: maya@fastmail.com
///   password_command: pass show mail/fastmail
///   drafts: Drafts             # only when the server does not mark its Drafts folder
/// maildir: ~/Mail/Drafts
/// address: maya@fastmail.com   # the drafts' From when the answers give none
/// reminders:
///   hour: 9
///   timezone: Europe/Paris
/// ```
///
/// No password is ever stored: `password_command` prints it (like mbsync's `PassCmd`).
public struct UserConfig: Equatable, Sendable {
    public var path: String
    public var imap: IMAPAccount?
    /// A Maildir folder (`cur`, `new`, `tmp`) for `followup drafts --maildir`.
    public var maildir: String?
    /// The candidate's address, for the From of drafts whose answers had none.
    public var address: String?
    public var reminderHour: Int = 9
    /// An IANA zone for the reminders; nil for the system's.
    public var reminderTimeZone: String?
    /// The candidate's details and preferences: a session does not ask what these say.
    public var candidate = CandidateSettings()
    /// Every setting the file gives, by key (`reminders.hour`), as `followup config` shows it.
    public private(set) var written: [String: String] = [:]

    public init(path: String) {
        self.path = path
    }

    /// Every setting, as `followup config` names them: a group's (`imap:`, `reminders:`) by a dot.
    public static let keys =
        CandidateSettings.keys + [
            "address", "maildir", "reminders.hour", "reminders.timezone", "imap.host", "imap.port", "imap.security", "imap.user",
            "imap.password_command", "imap.drafts", "imap.ca_file",
        ]
    /// The keys that hold others.
    public static let groups = ["imap", "reminders"]

    /// `$XDG_CONFIG_HOME/followup/config.yaml`, else `~/.config/followup/config.yaml`.
    public static func defaultPath(environment: [String: String], userHome: String) -> String {
        if let value = environment["XDG_CONFIG_HOME"], value.hasPrefix("/") { return value + "/followup/config.yaml" }
        return userHome + "/.config/followup/config.yaml"
    }

    /// Reads the file; a missing file is an empty configuration. Every problem names the file,
    /// the line, the key and what to write instead.
    public static func load(path: String, userHome: String) throws -> UserConfig {
        let data: Data
        do {
            guard let read = try AtomicFile.read(path, limit: InputLimits.config, what: "a config file") else { return UserConfig(path: path) }
            data = read
        } catch {
            throw ConfigError("\(error)")
        }
        return try parse(data, path: path, userHome: userHome)
    }

    /// Reads the settings from `data`, as if from the file at `path`.
    public static func parse(_ data: Data, path: String, userHome: String) throws -> UserConfig {
        var config = UserConfig(path: path)
        let root: Any?
        do {
            root = try Yams.load(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw ConfigError(path: path, problem: "not valid YAML (\(error)).")
        }
        guard let top = root as? [String: Any] else {
            if root == nil { return config }
            throw ConfigError(path: path, line: 1, problem: "expected keys such as `name:`, `imap:` and `reminders:`.")
        }
        let lineOf = AnswersFile.lines(in: data)
        func problem(_ key: String, _ text: String) -> ConfigError {
            ConfigError(path: path, line: lineOf(key), field: key, problem: text)
        }
        // The settings by their dotted key; an empty group (`imap:` alone) is no group.
        var values: [String: Any] = [:]
        for (key, value) in top {
            guard groups.contains(key) else {
                values[key] = value
                continue
            }
            if value is NSNull { continue }
            guard let map = value as? [String: Any] else {
                let inside = keys.filter { $0.hasPrefix(key + ".") }.map { $0.dropFirst(key.count + 1) }
                throw problem(key, "takes \(inside.joined(separator: ", ")) on the lines under it, indented.")
            }
            for (inner, value) in map { values[key + "." + inner] = value }
        }
        for key in values.keys.sorted() where !keys.contains(key) {
            let near = AnswersFile.closest(to: key, in: keys).map { " Did you mean `\($0)`?" } ?? ""
            throw ConfigError(
                path: path, line: lineOf(key), problem: "unknown key `\(key)`.\(near) The keys are \(keys.joined(separator: ", ")).")
        }
        /// The value of `key` as text, or nil when the file does not set it.
        func text(_ key: String) throws -> String? {
            guard let value = values[key], !(value is NSNull) else { return nil }
            guard let text = (value as? String) ?? (value as? Int).map(String.init), !text.isEmpty else {
                throw problem(key, "must be text (or a number).")
            }
            return text
        }
        func number(_ key: String, in range: ClosedRange<Int>, _ what: String) throws -> Int? {
            guard let text = try text(key) else { return nil }
            guard let value = Int(text), range.contains(value) else { throw problem(key, "'\(text)' is not \(what).") }
            return value
        }
        func expand(_ text: String) -> String {
            text.hasPrefix("~/") ? userHome + text.dropFirst(1) : text
        }

        for key in CandidateSettings.keys {
            guard let value = try text(key) else { continue }
            if case .failure(let refused) = config.candidate.set(key, to: value) { throw problem(key, refused.message) }
            config.written[key] = config.candidate.value(of: key)
        }
        if let text = try text("maildir") {
            config.maildir = expand(text)
            config.written["maildir"] = text
        }
        if let text = try text("address") {
            guard EmailAddress.isValid(text) else { throw problem("address", "'\(text)' is not an email address such as maya@example.com.") }
            config.address = text
            config.written["address"] = text
        }
        if config.address == nil { config.address = config.candidate.email }
        if let hour = try number("reminders.hour", in: 0...23, "a whole hour from 0 to 23, such as 9") {
            config.reminderHour = hour
            config.written["reminders.hour"] = String(hour)
        }
        if let zone = try text("reminders.timezone") {
            guard TimeZone(identifier: zone) != nil else { throw problem("reminders.timezone", "'\(zone)' is not an IANA zone such as Europe/Paris.") }
            config.reminderTimeZone = zone
            config.written["reminders.timezone"] = zone
        }
        let imapKeys = keys.filter { $0.hasPrefix("imap.") }
        if imapKeys.contains(where: { values[$0] != nil }) {
            for key in ["imap.host", "imap.user", "imap.password_command"] where try text(key) == nil {
                throw problem(
                    key,
                    "not set: an IMAP account needs imap.host, imap.user and imap.password_command "
                        + "(`followup config imap.host HOST imap.user USER imap.password_command COMMAND` sets them at once).")
            }
            let security = try text("imap.security") ?? "tls"
            guard let chosen = IMAPAccount.Security(rawValue: security.lowercased()) else {
                throw problem("imap.security", "'\(security)' is not a way to connect; say tls (port 993) or starttls (port 143).")
            }
            config.imap = IMAPAccount(
                host: try text("imap.host") ?? "", port: try number("imap.port", in: 1...65535, "a port number such as 993"),
                security: chosen, user: try text("imap.user") ?? "", passwordCommand: try text("imap.password_command") ?? "",
                drafts: try text("imap.drafts"), caFile: try text("imap.ca_file").map(expand))
            for key in imapKeys { config.written[key] = try text(key) }
        }
        return config
    }

    /// A setting as the file gives it, or nil when it is not set.
    public func value(of key: String) -> String? {
        written[key]
    }
}

/// An IMAP account to put drafts into its Drafts mailbox.
public struct IMAPAccount: Equatable, Sendable {
    public enum Security: String, Sendable {
        /// TLS from the first byte (`imaps`, port 993).
        case tls
        /// A plain connection upgraded with STARTTLS before logging in (port 143); refused if the server can't.
        case starttls
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var user: String
    /// Run by `/bin/sh -c`; its first line of output is the password.
    public var passwordCommand: String
    /// The Drafts mailbox's name, when the server does not mark one with `\Drafts` (RFC 6154).
    public var drafts: String?
    /// Certificates to trust instead of the system's (a server with its own certificate).
    public var caFile: String?

    public init(
        host: String, port: Int? = nil, security: Security = .tls, user: String, passwordCommand: String, drafts: String? = nil,
        caFile: String? = nil
    ) {
        self.host = host
        self.security = security
        self.port = port ?? (security == .tls ? 993 : 143)
        self.user = user
        self.passwordCommand = passwordCommand
        self.drafts = drafts
        self.caFile = caFile
    }
}

/// A configuration file that can't be used: where (file, line), which setting, and what to
/// change. Printed as `config.yaml:3: `tone`: 'loud' is not a tone; say formal, warm or brief.`
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    /// The setting (`reminders.hour`), when the problem is one setting's.
    public let field: String?
    public let problem: String

    public init(path: String, line: Int? = nil, field: String? = nil, problem: String) {
        self.path = path
        self.line = line
        self.field = field
        self.problem = problem
    }

    /// A problem with the file as a whole (it could not be read), already naming it.
    public init(_ message: String) {
        self.init(path: "", problem: message)
    }

    public var description: String {
        var text = path.isEmpty ? "" : path + (line.map { ":\($0)" } ?? "") + ": "
        if let field { text += "`\(field)`: " }
        return text + problem
    }
}

extension UserConfig {
    /// `text` (a config file's contents) with `key` set to `value`, or removed when `value` is
    /// nil. A dotted key (`reminders.hour`) is a line under its group (`reminders:`), which is
    /// added when missing and removed when left empty. The key's line (and any lines indented
    /// under it) is replaced in place, else the key is added at the end of its group or the
    /// file; every other line, comments included, is kept.
    public static func text(_ text: String, setting key: String, to value: String?) -> String {
        var lines = text.isEmpty ? [] : text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let written = value.map { value in
            ["reminders.hour", "imap.port"].contains(key) && Int(value) != nil
                ? value : "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func indentation(_ line: String) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }
        /// The end of the lines of the key at `start`: the ones indented under it.
        func end(of start: Int) -> Int {
            var end = start + 1
            while end < lines.count, !lines[end].isEmpty, indentation(lines[end]) > indentation(lines[start]) { end += 1 }
            return end
        }
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        let top = lines.firstIndex { $0.hasPrefix(parts[0] + ":") }
        guard parts.count == 2 else {
            if let top {
                lines.replaceSubrange(top..<end(of: top), with: written.map { ["\(key): \($0)"] } ?? [])
            } else if let written {
                lines.append("\(key): \(written)")
            }
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
        let inner = parts[1]
        if let top {
            let groupEnd = end(of: top)
            let indent = top + 1 < groupEnd ? String(lines[top + 1].prefix(indentation(lines[top + 1]))) : "  "
            let newLine = written.map { indent + inner + ": " + $0 }
            if let line = (top + 1..<groupEnd).first(where: {
                indentation(lines[$0]) == indent.count && lines[$0].dropFirst(indent.count).hasPrefix(inner + ":")
            }) {
                lines.replaceSubrange(line..<end(of: line), with: newLine.map { [$0] } ?? [])
            } else if let newLine {
                lines.insert(newLine, at: groupEnd)
            }
            if end(of: top) == top + 1, lines[top].trimmingCharacters(in: .whitespaces) == parts[0] + ":" { lines.remove(at: top) }
        } else if let written {
            lines += [parts[0] + ":", "  " + inner + ": " + written]
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
