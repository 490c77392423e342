import Foundation
import ZgodaCore
import ZgodaViewModels

/// Runs the terminal UI on a store until the user quits: decodes keys into the app model,
/// paints what it renders, and polls the store for other processes' changes twice a second.
public final class TerminalApp {
    let store: Store
    let theme: Theme
    let startupMessage: StatusLine?

    /// How often other processes' changes are picked up.
    static let pollInterval: TimeInterval = 0.5

    public init(store: Store, theme: Theme, startupMessage: StatusLine? = nil) {
        self.store = store
        self.theme = theme
        self.startupMessage = startupMessage
    }

    /// Returns the exit status: 0 after q or Ctrl-C, 128 + the signal after SIGTERM or SIGHUP.
    /// The terminal is restored on every way out, a thrown error included.
    public func run() throws -> Int32 {
        SignalWatcher.install()
        CrashRestore.install()
        let terminal = NcursesTerminal(theme: theme)
        defer {
            terminal.stop()
            CrashRestore.uninstall()
            SignalWatcher.restoreDefaults()
        }
        var app = AppModel(store: store, rows: terminal.rows, cols: terminal.cols, status: startupMessage)
        var lastPoll = Date()
        var dirty = true
        while true {
            if SignalWatcher.pending != 0 { return 128 + SignalWatcher.pending }
            if dirty { terminal.paint(app.render()); dirty = false }
            let event = terminal.read(timeout: Int32(Self.pollInterval * 1000))
            if SignalWatcher.pending != 0 { return 128 + SignalWatcher.pending }
            switch event {
            case .none, .timeout?:
                break
            case .resize?:
                app.resize(rows: terminal.rows, cols: terminal.cols)
                terminal.invalidate()
                dirty = true
            case let .key(key)?:
                if !app.handle(key) { return 0 }
                dirty = true
            }
            if Date().timeIntervalSince(lastPoll) >= Self.pollInterval {
                lastPoll = Date()
                if app.poll() { dirty = true }
            }
        }
    }
}
