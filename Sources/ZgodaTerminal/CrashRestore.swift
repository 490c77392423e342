#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal's settings from before the UI started, for the crash handler.
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false

/// Gives the terminal back when the process dies of a fault: a Swift trap (SIGILL on x86,
/// SIGTRAP on ARM), a bad access (SIGSEGV, SIGBUS), an abort, an arithmetic fault. Without it
/// such a death leaves the shell on the alternate screen with echo and line editing off.
///
/// The handler does only what is safe in a signal handler — `write` of fixed escape sequences
/// and `tcsetattr` with settings saved beforehand — then lets the signal do what it would have
/// done (`SA_RESETHAND` and a re-raise), so the exit status still says what happened.
enum CrashRestore {
    static let fatal: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    /// Saves the terminal's settings and installs the handlers. Call before the UI changes them.
    static func install() {
        haveSavedTermios = tcgetattr(STDIN_FILENO, &savedTermios) == 0
        for sig in fatal {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                // Leave the alternate screen, show the cursor, reset colours, stop mouse reports.
                let reset: StaticString = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\u{1B}[?1000l\u{1B}[?1006l\r\n"
                _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
                if haveSavedTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: Int(SA_RESETHAND) | Int(SA_NODEFER))
            sigaction(sig, &action, nil)
        }
    }

    /// The default actions again (the UI has ended and restored the terminal itself).
    static func uninstall() {
        for sig in fatal { signal(sig, SIG_DFL) }
    }
}
