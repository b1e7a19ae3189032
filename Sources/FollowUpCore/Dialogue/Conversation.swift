/// One line typed at a prompt, as the conversations in the core receive it.
public enum TypedLine: Equatable, Sendable {
    case line(String)
    /// Ctrl-C.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// What the smaller conversations (resuming, writing one's own note) say, for the shell to show.
public enum ShellMessage: Equatable, Sendable {
    /// The coach speaking, wrapped to the terminal.
    case say(String)
    /// A command to copy, printed bold on a line of its own.
    case command(String)
    /// One numbered choice, indented under the question.
    case choice(String)
    /// Said quietly (dim): a hint on the side.
    case aside(String)
    /// Something went wrong: on standard error.
    case error(String)
}
