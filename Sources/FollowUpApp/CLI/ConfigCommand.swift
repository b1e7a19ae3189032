import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

/// `followup config [KEY [VALUE] [KEY VALUE]...]`: show or set the settings in `config.yaml`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or set your settings: who you are, the tone, dates, reminders and the mail account.",
        discussion: """
            A guided session does not ask what the settings say (your name, email and tone): it \
            shows them in its summary, and /edit changes them for that session. The phone and \
            sign-off go under every draft, the locale and country are used under --locale and \
            --country, reminders.hour and reminders.timezone time the calendar's reminders \
            (default 09:00 in the system's zone), and the imap.* keys or maildir are where \
            `followup drafts` puts the drafts. `followup plan` takes the candidate from each \
            answers file and only the locale and country from here. They are kept in \
            $XDG_CONFIG_HOME/followup/config.yaml (default ~/.config/followup/config.yaml); a \
            change is checked with the whole file before it is written.

            Keys: \(UserConfig.keys.joined(separator: ", ")).

            Examples:
              followup config                         every setting and the file
              followup config name "Maya Chen"        set one
              followup config reminders.hour 8
              followup config imap.host imap.fastmail.com imap.user maya@fastmail.com \\
                  imap.password_command "pass show mail/fastmail"
              followup config tone                    show one
              followup config phone --unset           remove one (or a group: imap --unset)
            """)

    @Argument(help: ArgumentHelp("A setting, then its new value; several pairs set several at once.", valueName: "key value"))
    var words: [String] = []

    @Flag(name: .long, help: "Remove the setting (or the group: imap, reminders).")
    var unset = false

    func validate() throws {
        let keys = stride(from: 0, to: words.count, by: 2).map { words[$0] }
        for key in keys where !UserConfig.keys.contains(key) && !(UserConfig.groups.contains(key) && words.count == 1) {
            let near = AnswersFile.closest(to: key, in: UserConfig.keys).map { " Did you mean `\($0)`?" } ?? ""
            throw ValidationError("There is no setting '\(key)'.\(near) The settings are \(UserConfig.keys.joined(separator: ", ")).")
        }
        if unset, words.count > 1 { throw ValidationError("Give a value or --unset, not both.") }
        if unset, words.isEmpty { throw ValidationError("--unset needs the setting to remove, e.g. `followup config phone --unset`.") }
        if words.count > 1, words.count % 2 == 1 { throw ValidationError("'\(words[words.count - 1])' has no value; give each key its value.") }
    }

    func run() throws {
        let app = AppContext(platform: .current(), home: nil, noColor: false)
        let path = UserConfig.defaultPath(environment: app.platform.environment, userHome: app.platform.userHome)
        let shown = app.platform.tilde(path)
        let config: UserConfig
        do {
            config = try UserConfig.load(path: path, userHome: app.platform.userHome)
        } catch {
            app.console.error("\(error) Fix the file, then run this again; nothing was changed.")
            throw ExitCode.failure
        }
        if words.count == 1, !unset {
            let key = words[0]
            if UserConfig.groups.contains(key) {
                for inner in UserConfig.keys where inner.hasPrefix(key + ".") {
                    app.console.write("\(inner): \(config.value(of: inner) ?? "(not set)")\n")
                }
            } else {
                app.console.write("\(config.value(of: key) ?? "(not set)")\n")
            }
            return
        }
        guard !words.isEmpty else {
            app.console.write("Settings in \(shown):\n")
            let rows = UserConfig.keys.map { [$0, config.value(of: $0) ?? "(not set)"] }
            app.console.write(TrackerTable.render(header: ["Key", "Value"], rows: rows))
            app.console.write("Set one with `followup config KEY VALUE`, remove one with `followup config KEY --unset`.\n")
            return
        }
        var changes: [(key: String, value: String?)] = unset ? [(words[0], nil)] : []
        if !unset {
            var candidate = config.candidate
            for index in stride(from: 0, to: words.count, by: 2) {
                let key = words[index]
                guard CandidateSettings.keys.contains(key) else {
                    changes.append((key, UntrustedText.cleaned(words[index + 1]).trimmingCharacters(in: .whitespaces)))
                    continue
                }
                // The candidate's details are checked and written as a session reads them ("uk" → GB).
                if case .failure(let problem) = candidate.set(key, to: words[index + 1]) {
                    app.console.error("\(key): \(problem.message) Nothing was changed.")
                    throw ExitCode(64)
                }
                changes.append((key, candidate.value(of: key)))
            }
        }
        let old = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let new = changes.reduce(old) { UserConfig.text($0, setting: $1.key, to: $1.value.flatMap { $0.isEmpty ? nil : $0 }) }
        let changed: UserConfig
        do {
            // The whole file is read back before it is written: a change never leaves it unreadable.
            changed = try UserConfig.parse(Data(new.utf8), path: path, userHome: app.platform.userHome)
        } catch let error as ConfigError {
            app.console.error("\(error.field ?? "config.yaml"): \(error.problem) Nothing was changed.")
            throw ExitCode(64)
        }
        do {
            try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(Data(new.utf8), to: path)
        } catch {
            app.console.error("\(error) Nothing was changed.")
            throw ExitCode.failure
        }
        for (key, _) in changes {
            if let value = changed.value(of: key) {
                app.console.write("\(key): \(value) (in \(shown))\n")
            } else {
                app.console.write("\(key) removed from \(shown).\n")
            }
        }
    }
}
