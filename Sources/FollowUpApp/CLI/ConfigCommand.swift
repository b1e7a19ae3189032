import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

/// `followup config [KEY [VALUE]]`: show or set the candidate's settings in `config.yaml`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or set your settings (name, email, phone, sign-off, tone, locale, country).",
        discussion: """
            The guided session offers these as its answers (Enter keeps them, /edit changes them), \
            so you don't type them in every session. They are kept in \
            $XDG_CONFIG_HOME/followup/config.yaml (default ~/.config/followup/config.yaml), beside \
            the mail and reminder settings; `followup plan` takes the candidate from each answers \
            file and only the locale and country from here.

            Examples:
              followup config                         every setting and the file
              followup config name "Maya Chen"        set one
              followup config tone                    show one
              followup config phone --unset           remove one
            """)

    @Argument(help: ArgumentHelp("The setting: \(CandidateSettings.keys.joined(separator: ", ")).", valueName: "key"))
    var key: String?

    @Argument(help: ArgumentHelp("The new value.", valueName: "value"))
    var value: String?

    @Flag(name: .long, help: "Remove the setting.")
    var unset = false

    func validate() throws {
        if let key, !CandidateSettings.keys.contains(key) {
            let near = AnswersFile.closest(to: key, in: CandidateSettings.keys).map { " Did you mean `\($0)`?" } ?? ""
            throw ValidationError(
                "There is no setting '\(key)'.\(near) The settings are \(CandidateSettings.keys.joined(separator: ", ")).")
        }
        if unset, value != nil { throw ValidationError("Give a value or --unset, not both.") }
        if unset, key == nil { throw ValidationError("--unset needs the setting to remove, e.g. `followup config phone --unset`.") }
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
        guard let key else {
            app.console.write("Settings in \(shown):\n")
            let rows = CandidateSettings.keys.map { [$0, config.candidate.value(of: $0) ?? "(not set)"] }
            app.console.write(TrackerTable.render(header: ["Key", "Value"], rows: rows))
            app.console.write("Set one with `followup config KEY VALUE`, remove one with `followup config KEY --unset`.\n")
            return
        }
        guard value != nil || unset else {
            app.console.write("\(config.candidate.value(of: key) ?? "(not set)")\n")
            return
        }
        var settings = config.candidate
        if case .failure(let problem) = settings.set(key, to: value ?? "") {
            app.console.error("\(key): \(problem.message) Nothing was changed.")
            throw ExitCode(64)
        }
        let old = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let new = UserConfig.text(old, setting: key, to: unset ? nil : settings.value(of: key))
        do {
            // The whole file is read back before it is written: a change never leaves it unreadable.
            _ = try UserConfig.parse(Data(new.utf8), path: path, userHome: app.platform.userHome)
            try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(Data(new.utf8), to: path)
        } catch {
            app.console.error("\(error) Nothing was changed.")
            throw ExitCode.failure
        }
        if unset {
            app.console.write("\(key) removed from \(shown).\n")
        } else {
            app.console.write("\(key): \(settings.value(of: key) ?? "") (in \(shown))\n")
        }
    }
}
