import ArgumentParser

/// Options shared by the commands that run or read sessions.
struct HomeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Where sessions and plans are kept (default: $FOLLOWUP_HOME, else $XDG_DATA_HOME/followup).", valueName: "dir"))
    var home: String?

    @Flag(name: .customLong("no-color"), help: "Plain text only, no colour (also: NO_COLOR=1 or TERM=dumb).")
    var noColor = false
}
