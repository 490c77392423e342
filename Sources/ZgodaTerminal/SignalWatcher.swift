#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last termination signal received (SIGTERM, SIGHUP, SIGINT), or 0. Written only by the
/// signal handler and read by the event loop, which then leaves through the normal path so
/// the terminal is restored.
nonisolated(unsafe) private var receivedSignal: Int32 = 0

enum SignalWatcher {
    static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    /// Installs the handlers without SA_RESTART, so a blocked read returns at once.
    static func install() {
        for sig in watched {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { s in receivedSignal = s }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    static func restoreDefaults() {
        for sig in watched { signal(sig, SIG_DFL) }
    }

    static var pending: Int32 { receivedSignal }
}
