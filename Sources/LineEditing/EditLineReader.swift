import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A libedit prompt for a terminal: emacs editing keys, arrow-key history, Ctrl-R search,
/// Tab completion and a history file.
///
/// Input bytes are read by this type, not by libedit (EL_GETCFN), which lets it decode UTF-8
/// itself, notice Ctrl-C through `TerminalSignals`, and fold bracketed pastes into one line.
/// Use it only when standard input is a terminal (see `makeLineReader(historyFile:)`).
public final class EditLineReader: LineReader {
    /// Words offered by Tab, given the whole line before the cursor.
    public var completions: (@Sendable (String) -> [String])?
    /// Always true.
    public var isInteractive: Bool { true }
    /// Where history is kept between runs; nil keeps it in memory only.
    public let historyFile: String?
    /// Asks the terminal to mark pastes, so a pasted block becomes one line (on by default).
    public var usesBracketedPaste: Bool

    /// How many lines the history keeps.
    public static let historySize: Int32 = 1000
    /// The key Ctrl-R is bound to: libedit's incremental reverse search.
    public static let reverseSearchCommand = "em-inc-search-prev"

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var promptBuffer: UnsafeMutablePointer<wchar_t>
    private var decoder = TerminalInputDecoder()
    private var readBuffer = [UInt8](repeating: 0, count: 4096)
    private var interruptedPartial: String?

    /// Sets up libedit on standard input/output; nil when libedit cannot start.
    ///
    /// Loads `historyFile` if it exists. Call `TerminalLocale.ensureUTF8()` before this.
    public init?(historyFile: String?, usesBracketedPaste: Bool = EditLineReader.terminalSupportsBracketedPaste()) {
        guard let editLine = el_init("followup", followup_stdin(), followup_stdout(), followup_stderr()) else {
            return nil
        }
        guard let history = history_winit() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.historyFile = historyFile
        self.usesBracketedPaste = usesBracketedPaste
        self.promptBuffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: 1)
        promptBuffer.initialize(to: 0)

        followup_history_set_size(history, Self.historySize)
        followup_history_set_unique(history, 1)
        if let historyFile, access(historyFile, R_OK) == 0 {
            followup_history_load(history, historyFile)
        }
        configureEditor()
    }

    deinit {
        el_end(editLine)
        history_wend(history)
        promptBuffer.deallocate()
    }

    /// Shows `prompt` and reads one line with editing.
    ///
    /// Ctrl-C returns `.interrupted(partial:)` with the text typed so far; Ctrl-D on an empty line,
    /// a closed terminal or SIGTERM/SIGHUP (when the process survives it) return `.endOfInput`.
    public func readLine(prompt: String) -> LineReadResult {
        readLine(prompt: prompt, editing: "")
    }

    /// Reads a line with `text` already on it, the cursor at its end: libedit takes it as if it
    /// had been typed (`el_wpush`), so every editing key works on it.
    public func readLine(prompt: String, editing text: String) -> LineReadResult {
        if !text.isEmpty {
            // Only printable text: a pushed control character would run as an editing command.
            let printable = String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
            Self.wideCharacters(printable).withUnsafeBufferPointer { el_wpush(editLine, $0.baseAddress) }
        }
        setPrompt(prompt)
        fflush(followup_stdout())
        interruptedPartial = nil

        TerminalSignals.install(bracketedPaste: usesBracketedPaste)
        if usesBracketedPaste {
            TerminalSignals.setBracketedPaste(true)
        }
        var count: Int32 = 0
        let line = el_wgets(editLine, &count)
        let text = line.map { Self.string(from: $0, count: Int(max(0, count))) }
        if usesBracketedPaste {
            TerminalSignals.setBracketedPaste(false)
        }
        TerminalSignals.uninstall()

        if let partial = interruptedPartial {
            interruptedPartial = nil
            decoder.reset()
            el_reset(editLine)
            writeToTerminal("^C\n")
            return .interrupted(partial: partial)
        }
        guard let text, count > 0 else {
            writeToTerminal("\n")
            return .endOfInput
        }
        if decoder.takePasteWasCut() {
            writeToTerminal("(The paste was cut at \(TerminalInputDecoder.maximumPastedCharacters) characters.)\n")
        }
        return .line(Self.removingLineEnd(text))
    }

    /// Adds `line` to the history (blank lines are skipped) and rewrites the history file.
    public func addHistory(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        let wide = Self.wideCharacters(line)
        wide.withUnsafeBufferPointer { buffer in
            _ = followup_history_enter(history, buffer.baseAddress)
        }
        saveHistory()
    }

    /// How many lines the history holds now.
    public var historyCount: Int { Int(followup_history_count(history)) }

    /// True when standard output is a terminal and TERM is not too simple for escape sequences.
    public static func terminalSupportsBracketedPaste() -> Bool {
        guard isatty(1) == 1, let term = getenv("TERM").map({ String(cString: $0) }) else { return false }
        return !term.isEmpty && term != "dumb"
    }

    // MARK: - Setup

    private func configureEditor() {
        followup_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        followup_el_set_editor(editLine, "emacs")
        // Signals are handled by TerminalSignals (see there for why not libedit's).
        followup_el_set_signal(editLine, 0)
        followup_el_set_whist(editLine, history)
        followup_el_set_wprompt(editLine) { editLine in
            guard let editLine, let reader = EditLineReader.reader(for: editLine) else { return nil }
            return reader.promptBuffer
        }
        followup_el_set_getc(editLine) { editLine, character in
            guard let editLine, let character, let reader = EditLineReader.reader(for: editLine) else {
                return -1
            }
            return reader.nextCharacter(editLine, into: character)
        }
        followup_el_add_command(editLine, "followup-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine, let reader = EditLineReader.reader(for: editLine) else {
                return UInt8(CC_ERROR)
            }
            return reader.complete(editLine)
        }
        followup_el_bind(editLine, "^I", "followup-complete")
        followup_el_bind(editLine, "^R", Self.reverseSearchCommand)
    }

    private static func reader(for editLine: OpaquePointer) -> EditLineReader? {
        guard let raw = followup_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(raw).takeUnretainedValue()
    }

    private func setPrompt(_ prompt: String) {
        let wide = Self.wideCharacters(prompt)
        promptBuffer.deallocate()
        promptBuffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        promptBuffer.initialize(from: wide, count: wide.count)
    }

    private func saveHistory() {
        guard let historyFile else { return }
        HistoryFile(path: historyFile).replaceContents { file in
            followup_history_save_fp(history, file) >= 0
        }
    }

    // MARK: - Input

    /// Hands libedit its next character: 1 = a character, 0 = end of input, -1 = interrupted or error.
    private func nextCharacter(_ editLine: OpaquePointer, into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        TerminalSignals.rememberRawModeOnce()
        character.pointee = 0
        while true {
            if let scalar = decoder.next() {
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            }
            var descriptors = [
                pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                pollfd(fd: TerminalSignals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if descriptors[1].revents & Int16(POLLIN) != 0 {
                let signals = TerminalSignals.drainWakeups()
                if signals.contains(SIGINT) {
                    interruptedPartial = currentLine(editLine)
                    errno = EINTR
                    return -1
                }
                if signals.contains(SIGTERM) || signals.contains(SIGHUP) || signals.contains(SIGQUIT) {
                    errno = EINTR
                    return -1
                }
                if signals.contains(SIGWINCH) {
                    el_resize(editLine)
                }
                if signals.contains(SIGWINCH) || signals.contains(SIGCONT) {
                    followup_el_refresh(editLine)
                }
                continue
            }
            if descriptors[0].revents != 0 {
                let count = readBuffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                if count > 0 {
                    readBuffer.withUnsafeBufferPointer {
                        decoder.feed(UnsafeBufferPointer(rebasing: $0[0..<count]))
                    }
                } else if count == 0 {
                    return 0
                } else if errno != EINTR && errno != EAGAIN {
                    return -1
                }
            }
        }
    }

    /// The text being edited. During Ctrl-R libedit keeps "\nbck:<pattern>" after the line in the
    /// same buffer; a typed line never holds a newline, so everything from the first one is cut.
    private func currentLine(_ editLine: OpaquePointer) -> String {
        guard let info = el_wline(editLine)?.pointee, let buffer = info.buffer, let last = info.lastchar else {
            return ""
        }
        let text = Self.string(from: buffer, count: max(0, last - buffer))
        return String(text.prefix { $0 != "\n" && $0 != "\r\n" })
    }

    // MARK: - Completion

    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let completions, let info = el_wline(editLine)?.pointee,
            let buffer = info.buffer, let cursor = info.cursor
        else {
            return UInt8(CC_ERROR)
        }
        let beforeCursor = Self.string(from: buffer, count: max(0, cursor - buffer))
        switch CompletionResolution.resolve(lineBeforeCursor: beforeCursor, candidates: completions(beforeCursor)) {
        case .noMatch:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let replacedScalarCount, let text):
            if replacedScalarCount > 0 {
                el_deletestr(editLine, Int32(replacedScalarCount))
            }
            let wide = Self.wideCharacters(text)
            _ = wide.withUnsafeBufferPointer { el_winsertstr(editLine, $0.baseAddress) }
            return UInt8(CC_REFRESH)
        case .list(let words):
            writeToTerminal("\n" + CompletionResolution.columns(words, width: terminalWidth()) + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private func writeToTerminal(_ text: String) {
        let out = followup_stdout()
        fputs(text, out)
        fflush(out)
    }

    // MARK: - Wide characters

    static func wideCharacters(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    static func string(from wide: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in 0..<count {
            let value = UInt32(bitPattern: wide[index])
            scalars.append(Unicode.Scalar(value) ?? Unicode.Scalar.replacement)
        }
        return String(scalars)
    }

    static func removingLineEnd(_ text: String) -> String {
        var result = text
        while let last = result.unicodeScalars.last, last == "\n" || last == "\r" {
            result.unicodeScalars.removeLast()
        }
        return result
    }
}
