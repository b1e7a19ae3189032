import FollowUpCore
import Foundation
import Yams

/// The candidate's own settings: who they are (offered in every guided session), and how
/// drafts and reminders are delivered. `$XDG_CONFIG_HOME/followup/config.yaml` (default
/// `~/.config/followup/config.yaml`).
///
/// ```yaml
/// name: Maya Chen              # offered at "What name should the notes be signed with?"
/// email: maya@fastmail.com     # offered at "Your email address?", and the drafts' From
/// phone: +44 7700 900123       # under the name in every draft
/// sign_off: Kind regards,      # the closing line (else the tone's own)
/// tone: warm                   # offered at the tone question: formal, warm or brief
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
    /// The candidate's details and preferences, offered as the session's defaults.
    public var candidate = CandidateSettings()

    public init(path: String) {
        self.path = path
    }

    /// `$XDG_CONFIG_HOME/followup/config.yaml`, else `~/.config/followup/config.yaml`.
    public static func defaultPath(environment: [String: String], userHome: String) -> String {
        if let value = environment["XDG_CONFIG_HOME"], value.hasPrefix("/") { return value + "/followup/config.yaml" }
        return userHome + "/.config/followup/config.yaml"
    }

    /// Reads the file; a missing file is an empty configuration. Every problem names the file,
    /// the key and what to write instead.
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
            throw ConfigError("\(path): not valid YAML (\(error)).")
        }
        guard let top = root as? [String: Any] else {
            if root == nil { return config }
            throw ConfigError("\(path): expected keys such as `name:`, `imap:` and `reminders:`.")
        }
        func expand(_ text: String) -> String {
            text.hasPrefix("~/") ? userHome + text.dropFirst(1) : text
        }
        let known = CandidateSettings.keys + ["imap", "maildir", "address", "reminders"]
        for key in top.keys.sorted() where !known.contains(key) {
            let place = AnswersFile.line(of: key, in: data).map { ":\($0)" } ?? ""
            let near = AnswersFile.closest(to: key, in: known).map { " Did you mean `\($0)`?" } ?? ""
            throw ConfigError("\(path)\(place): unknown key `\(key)`.\(near) The keys are \(known.joined(separator: ", ")).")
        }
        for key in CandidateSettings.keys {
            guard let value = top[key] else { continue }
            let text = (value as? String) ?? (value as? Int).map(String.init) ?? ""
            if case .failure(let problem) = config.candidate.set(key, to: text) {
                let place = AnswersFile.line(of: key, in: data).map { ":\($0)" } ?? ""
                throw ConfigError("\(path)\(place): `\(key)`: \(problem.message)")
            }
        }
        if let maildir = top["maildir"] {
            guard let text = maildir as? String, !text.isEmpty else { throw ConfigError("\(path): `maildir:` must be a folder path.") }
            config.maildir = expand(text)
        }
        if let address = top["address"] {
            guard let text = address as? String, EmailAddress.isValid(text) else {
                throw ConfigError("\(path): `address:` must be an email address such as maya@example.com.")
            }
            config.address = text
        }
        if config.address == nil { config.address = config.candidate.email }
        if let reminders = top["reminders"] {
            guard let map = reminders as? [String: Any] else { throw ConfigError("\(path): `reminders:` takes `hour:` and `timezone:`.") }
            if let hour = map["hour"] {
                guard let value = hour as? Int, (0...23).contains(value) else {
                    throw ConfigError("\(path): `reminders.hour` must be a whole hour from 0 to 23, such as 9.")
                }
                config.reminderHour = value
            }
            if let zone = map["timezone"] {
                guard let name = zone as? String, TimeZone(identifier: name) != nil else {
                    throw ConfigError("\(path): `reminders.timezone` must be an IANA zone such as Europe/Paris.")
                }
                config.reminderTimeZone = name
            }
        }
        if let imap = top["imap"] {
            guard let map = imap as? [String: Any] else { throw ConfigError("\(path): `imap:` takes host, user, password_command...") }
            config.imap = try IMAPAccount(map, path: path, expand: expand)
        }
        return config
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

    init(_ map: [String: Any], path: String, expand: (String) -> String) throws {
        let known = ["host", "port", "security", "user", "password_command", "drafts", "ca_file"]
        for key in map.keys where !known.contains(key) {
            throw ConfigError("\(path): unknown key `imap.\(key)`; the keys are \(known.joined(separator: ", ")).")
        }
        func text(_ key: String, required: Bool) throws -> String? {
            guard let value = map[key] else {
                if required { throw ConfigError("\(path): `imap.\(key)` is missing.") }
                return nil
            }
            guard let string = (value as? String) ?? (value as? Int).map(String.init), !string.isEmpty else {
                throw ConfigError("\(path): `imap.\(key)` must be text.")
            }
            return string
        }
        let securityText = try text("security", required: false) ?? "tls"
        guard let security = Security(rawValue: securityText.lowercased()) else {
            throw ConfigError("\(path): `imap.security` is '\(securityText)'; say tls (port 993) or starttls (port 143).")
        }
        var port: Int?
        if let value = map["port"] {
            guard let number = value as? Int, (1...65535).contains(number) else {
                throw ConfigError("\(path): `imap.port` must be a port number such as 993.")
            }
            port = number
        }
        self.init(
            host: try text("host", required: true) ?? "", port: port, security: security, user: try text("user", required: true) ?? "",
            passwordCommand: try text("password_command", required: true) ?? "", drafts: try text("drafts", required: false),
            caFile: try text("ca_file", required: false).map(expand))
    }
}

/// A configuration file that can't be used, with what to change.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
