#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps the terminal sane when a signal arrives while libedit holds it in raw mode.
///
/// Installed only for the duration of one `EditLineReader.readLine`. libedit's own `EL_SIGNAL`
/// handling is not used: it re-sends each signal with `kill(0, sig)` to the whole process group.
/// Instead:
/// - SIGINT and SIGWINCH write their number to a self-pipe that the reader polls next to the
///   terminal, so a Ctrl-C always wakes the read (no race between checking a flag and blocking).
/// - SIGTERM, SIGHUP and SIGQUIT restore the saved terminal settings and bracketed-paste mode,
///   put back the previous disposition and re-raise, so the process ends as it would have.
/// - SIGTSTP (Ctrl-Z) restores the terminal, stops, and on resume puts raw mode back and asks
///   the reader to redraw.
/// Signals the caller ignores (e.g. SIGHUP under nohup) stay ignored.
enum TerminalSignals {
    /// What the handler needs, in memory that is allocated once and never moves.
    struct State {
        var cooked = termios()
        var raw = termios()
        var hasCooked = false
        var hasRaw = false
        var bracketedPaste = false
        var wakeRead: Int32 = -1
        var wakeWrite: Int32 = -1
        var handlerAction = sigaction()
    }

    static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGWINCH]

    // Read by the signal handler, which cannot take locks. Written only while the handlers for
    // these signals are not installed, or (hasRaw) before the next blocking read.
    nonisolated(unsafe) static let state: UnsafeMutablePointer<State> = {
        let pointer = UnsafeMutablePointer<State>.allocate(capacity: 1)
        pointer.initialize(to: State())
        return pointer
    }()

    // The dispositions replaced by `install`, one per entry of `handledSignals`; read by the
    // handler to chain to them. Same access rules as `state`.
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 6)
        pointer.initialize(repeating: sigaction(), count: 6)
        return pointer
    }()

    nonisolated(unsafe) static let installedFlags: UnsafeMutablePointer<Bool> = {
        let pointer = UnsafeMutablePointer<Bool>.allocate(capacity: 6)
        pointer.initialize(repeating: false, count: 6)
        return pointer
    }()

    /// Saves the current terminal settings (to restore from a handler) and installs the handlers.
    static func install(bracketedPaste: Bool) {
        let state = self.state
        _ = previousActions
        _ = installedFlags
        if state.pointee.wakeRead < 0 {
            makeWakePipe()
        }
        drainWakeups()
        state.pointee.hasCooked = tcgetattr(0, &state.pointee.cooked) == 0
        state.pointee.hasRaw = false
        state.pointee.bracketedPaste = bracketedPaste

        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = { signo in TerminalSignals.handle(signo) }
        #else
            action.__sigaction_u.__sa_handler = { signo in TerminalSignals.handle(signo) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the poll must return EINTR
        state.pointee.handlerAction = action

        for (index, signo) in handledSignals.enumerated() {
            var current = sigaction()
            sigaction(signo, nil, &current)
            previousActions[index] = current
            let ignored = handlerAddress(current) == unsafeBitCast(SIG_IGN, to: Int.self)
            installedFlags[index] = !ignored
            if !ignored {
                sigaction(signo, &state.pointee.handlerAction, nil)
            }
        }
    }

    /// Puts back the dispositions `install` replaced.
    static func uninstall() {
        for (index, signo) in handledSignals.enumerated() where installedFlags[index] {
            sigaction(signo, &previousActions[index], nil)
            installedFlags[index] = false
        }
        state.pointee.hasRaw = false
        state.pointee.hasCooked = false
    }

    /// Remembers libedit's raw settings, to put back after a resume from Ctrl-Z.
    static func rememberRawModeOnce() {
        guard !state.pointee.hasRaw else { return }
        state.pointee.hasRaw = tcgetattr(0, &state.pointee.raw) == 0
    }

    /// The descriptor to poll next to the terminal: readable after a handled signal.
    static var wakeDescriptor: Int32 { state.pointee.wakeRead }

    /// Signals reported since the last call (SIGCONT stands for "resumed after Ctrl-Z").
    @discardableResult
    static func drainWakeups() -> Set<Int32> {
        var signals = Set<Int32>()
        var byte: UInt8 = 0
        while state.pointee.wakeRead >= 0, read(state.pointee.wakeRead, &byte, 1) == 1 {
            signals.insert(Int32(byte))
        }
        return signals
    }

    /// Writes the sequence that turns bracketed paste on or off.
    static func setBracketedPaste(_ on: Bool) {
        let sequence: StaticString = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
        _ = write(1, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }

    private static func makeWakePipe() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        state.pointee.wakeRead = ends[0]
        state.pointee.wakeWrite = ends[1]
    }

    private static func handlerAddress(_ action: sigaction) -> Int {
        #if os(Linux)
            return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
        #else
            return unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
        #endif
    }

    // Everything below runs inside the signal handler: only async-signal-safe calls.

    private static func handle(_ signo: Int32) {
        let savedErrno = errno
        switch signo {
        case SIGINT, SIGWINCH:
            wake(signo)
        case SIGTSTP:
            restoreCookedTerminal()
            var stopAction = sigaction()  // zeroed: SIG_DFL
            sigaction(SIGTSTP, &stopAction, nil)
            var unblock = sigset_t()
            sigemptyset(&unblock)
            sigaddset(&unblock, SIGTSTP)
            raise(SIGTSTP)
            pthread_sigmask(SIG_UNBLOCK, &unblock, nil)  // the stop happens here
            // Resumed (fg): take the terminal back and ask for a redraw.
            sigaction(SIGTSTP, &state.pointee.handlerAction, nil)
            if state.pointee.hasRaw {
                tcsetattr(0, TCSADRAIN, &state.pointee.raw)
            }
            if state.pointee.bracketedPaste {
                setBracketedPaste(true)
            }
            wake(SIGCONT)
        default:
            restoreCookedTerminal()
            if let index = slot(of: signo) {
                sigaction(signo, &previousActions[index], nil)
                installedFlags[index] = false
            }
            // Blocked while this handler runs: delivered with the previous disposition on return.
            raise(signo)
            wake(signo)
        }
        errno = savedErrno
    }

    /// The position of `signo` in `handledSignals`, without touching the array.
    private static func slot(of signo: Int32) -> Int? {
        switch signo {
        case SIGINT: return 0
        case SIGTERM: return 1
        case SIGHUP: return 2
        case SIGQUIT: return 3
        case SIGTSTP: return 4
        case SIGWINCH: return 5
        default: return nil
        }
    }

    private static func restoreCookedTerminal() {
        if state.pointee.bracketedPaste {
            setBracketedPaste(false)
        }
        if state.pointee.hasCooked {
            tcsetattr(0, TCSADRAIN, &state.pointee.cooked)
        }
    }

    private static func wake(_ signo: Int32) {
        var byte = UInt8(truncatingIfNeeded: signo)
        _ = write(state.pointee.wakeWrite, &byte, 1)
    }
}
