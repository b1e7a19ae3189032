import ArgumentParser
import FollowUpCore

/// Options shared by the commands that run or read sessions.
struct HomeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Where sessions and plans are kept (default: $FOLLOWUP_HOME, else $XDG_DATA_HOME/followup).", valueName: "dir"))
    var home: String?

    @Flag(name: .customLong("no-color"), help: "Plain text only, no colour (also: NO_COLOR=1 or TERM=dumb).")
    var noColor = false
}

/// How a plan reads its dates and whose holidays it skips (`start` and `plan`).
struct DateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "How the drafts write dates: en_US for 'Friday, December 4', en_GB (or any other) for 'Friday 4 December' (default: the answers' locale, else $LC_ALL, $LC_TIME or $LANG).",
            valueName: "locale"))
    var locale: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Whose public holidays the plan skips: a country code such as US, GB, DE (default: the answers' country, else the time zone's).",
            valueName: "code"))
    var country: String?

    func validate() throws {
        // `--locale` must name a locale (`en_US`, `en-GB`, `fr_FR.UTF-8`).
        if let locale, DateStyle(locale: locale) == nil {
            throw ValidationError("--locale takes a locale name such as en_US or en_GB; '\(locale)' is not one.")
        }
        // `--country` must name a country (`US`, `uk`, `Germany`); one whose holidays are not
        // covered is taken, and the plan says so.
        if let country, PublicHolidays.code(for: country) == nil {
            throw ValidationError("--country: " + PublicHolidays.Problem.unknown(country).message)
        }
    }
}
