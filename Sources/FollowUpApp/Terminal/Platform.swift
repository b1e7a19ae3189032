import FollowUpCore
import Foundation
import LineEditing

#if canImport(Glibc)
    import Glibc
#endif

/// Every touch of the outside world the app needs: environment, terminal, clock, time zone,
/// the text it prints and the lines it reads.
///
/// One small value so commands take what they need from it and tests can build their own:
/// every command starts from `Platform.current()`, which is this process's unless a test has
/// put its own in place with `Platform.$injected.withValue(_:operation:)`.
struct Platform: Sendable {
    var environment: [String: String]
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    /// The terminal's width in columns when stdout is one.
    var terminalColumns: Int?
    /// The clock, read for `now`.
    var clock: @Sendable () -> Date
    /// The candidate's time zone; nil for this machine's (`TZ`, /etc/localtime), which
    /// `nowComponents` reads through the C library.
    var zone: TimeZone?
    /// Where printed text goes: standard output, and standard error.
    var standardOutput: @Sendable (String) -> Void
    var standardError: @Sendable (String) -> Void
    /// The line reader for the guided session and practice, given the history file (nil: none).
    var makeReader: @Sendable (_ historyFile: String?) -> any LineReader

    /// The platform a test put in place of this process's.
    @TaskLocal static var injected: Platform?

    var now: Date { clock() }
    /// Read when a file with a time in it is written (`.eml` Date headers).
    var timeZone: TimeZone { zone ?? TimeZone.current }

    /// The country whose public holidays the plan skips, when nothing names one: the answers'
    /// own, else the country of the interview's time zone, else of this machine's (`TZ`,
    /// /etc/localtime). Nil when neither zone belongs to one country (`UTC`).
    func country(for answers: Answers?) -> String? {
        if let country = answers?.country { return country }
        if let zone = answers?.interview.timezone, let country = PublicHolidays.country(forTimeZone: zone) { return country }
        return PublicHolidays.country(forTimeZone: timeZone.identifier)
    }

    /// The locale dates are written for: the first of LC_ALL, LC_TIME and LANG that is set and
    /// not empty (as the C library reads them). Nil when none is.
    var dateLocale: String? {
        for key in ["LC_ALL", "LC_TIME", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return nil
    }

    /// This process's platform, or the one a test injected.
    static func current() -> Platform {
        if let injected { return injected }
        var size = winsize()
        let columns: Int? = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        return Platform(
            environment: ProcessInfo.processInfo.environment,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            terminalColumns: columns,
            clock: { Date() },
            zone: nil,
            standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            standardError: { FileHandle.standardError.write(Data($0.utf8)) },
            makeReader: { makeLineReader(historyFile: $0) })
    }

    /// The width coach messages wrap to: `COLUMNS`, else the terminal's, else 80.
    var width: Int {
        if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return min(value, 200) }
        return min(terminalColumns ?? 80, 200)
    }

    /// Colour only on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
    func colorEnabled(noColorFlag: Bool) -> Bool {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return stdoutIsTerminal
    }

    /// The candidate's today, in their time zone.
    var today: LocalDate {
        let c = nowComponents
        return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? LocalDate(daysSinceEpoch: 0)
    }

    /// The current date and time of day in the candidate's time zone. Read through the C
    /// library (`localtime_r`, which honours `TZ`, or `gmtime_r` shifted to `zone`): Foundation's
    /// `Calendar` would load ICU's calendar data, several megabytes, for three numbers.
    var nowComponents: DateComponents {
        let now = self.now
        var seconds = time_t(now.timeIntervalSince1970)
        var parts = tm()
        if let zone {
            seconds += time_t(zone.secondsFromGMT(for: now))
            gmtime_r(&seconds, &parts)
        } else {
            localtime_r(&seconds, &parts)
        }
        return DateComponents(
            year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
            hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }

    /// `2026-11-22T02:15:44Z`.
    var timestamp: String { Platform.utcTimestamp(now) }

    /// An instant as ISO 8601 in UTC (`UTCTimestamp`).
    static func utcTimestamp(_ date: Date) -> String { UTCTimestamp.string(date) }

    /// Where sessions and plans live: `--home`, else `$FOLLOWUP_HOME`, else `$XDG_DATA_HOME/followup`,
    /// else `~/.local/share/followup`.
    func home(override: String?) -> String {
        if let override, !override.isEmpty { return absolute(override) }
        if let value = environment["FOLLOWUP_HOME"], !value.isEmpty { return absolute(value) }
        if let value = environment["XDG_DATA_HOME"], !value.isEmpty { return absolute(value) + "/followup" }
        return userHome + "/.local/share/followup"
    }

    /// Where the line-editing history lives: `<home>/history` when the data folder is given
    /// (`--home`, `$FOLLOWUP_HOME`), so a separate data folder keeps its typing apart too; else
    /// `$XDG_STATE_HOME/followup/history`, else `~/.local/state/followup/history`.
    func historyFile(homeOverride override: String?) -> String {
        if override?.isEmpty == false || environment["FOLLOWUP_HOME"]?.isEmpty == false {
            return home(override: override) + "/history"
        }
        if let value = environment["XDG_STATE_HOME"], !value.isEmpty { return absolute(value) + "/followup/history" }
        return userHome + "/.local/state/followup/history"
    }

    var userHome: String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `path` as people write it: `~/…` for a path under the home folder.
    func tilde(_ path: String) -> String {
        let home = userHome.hasSuffix("/") ? String(userHome.dropLast()) : userHome
        guard !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return userHome + path.dropFirst() }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
