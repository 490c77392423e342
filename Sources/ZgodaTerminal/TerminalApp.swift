import Foundation
import ZgodaCore
import ZgodaViewModels

/// Runs the terminal UI on a store until the user quits: decodes keys into the app model,
/// paints what it renders, and polls the store for other processes' changes twice a second.
public final class TerminalApp {
    /// Opens the store; run off the input loop while the first frame shows.
    public typealias Opener = @Sendable () throws -> Store

    /// What the contact list shown while the store opens is made from (`ListPreview`): the
    /// saved search index and a way to read the people on screen. Nil when there is none
    /// (no saved index, an encrypted directory, a team database).
    public typealias PreviewSource = () -> (index: SearchIndex, openWindow: ([ContactID]) -> Store?)?

    let open: Opener
    let preview: PreviewSource
    let directory: String
    let theme: Theme
    let startupMessage: @Sendable (Store) -> StatusLine?

    /// How often other processes' changes are picked up.
    static let pollInterval: TimeInterval = 0.5
    /// How long the open may take before the list is shown from the saved index meanwhile: a
    /// small directory opens sooner, and the preview would only flash.
    static let previewAfter: TimeInterval = 0.05

    /// `open` runs on a thread of its own after the "opening…" frame is drawn. If it takes
    /// longer than a moment, the contact list is shown from `preview` meanwhile, moving and
    /// searching in it work, and other keys are kept; keys are handled, in order, once the
    /// store is there.
    public init(open: @escaping Opener, preview: @escaping PreviewSource = { nil }, directory: String, theme: Theme,
                startupMessage: @escaping @Sendable (Store) -> StatusLine? = { _ in nil }) {
        self.open = open
        self.preview = preview
        self.directory = directory
        self.theme = theme
        self.startupMessage = startupMessage
    }

    /// Returns the exit status: 0 after q or Ctrl-C, 128 + the signal after SIGTERM or SIGHUP.
    /// The terminal is restored on every way out, a thrown error included.
    public func run() throws -> (status: Int32, store: Store?) {
        SignalWatcher.install()
        CrashRestore.install()
        let terminal = NcursesTerminal(theme: theme)
        defer {
            terminal.stop()
            CrashRestore.uninstall()
            SignalWatcher.restoreDefaults()
        }
        terminal.paint(OpeningView.render(rows: terminal.rows, cols: terminal.cols, directory: directory))
        // The preview is made before the whole open starts: made beside it, it waits for the
        // cores the open decodes on (at a million people, a second instead of a fifth).
        var listPreview: ListPreview? = preview().flatMap { source in
            ListPreview(index: source.index, rows: terminal.rows, cols: terminal.cols, openWindow: source.openWindow)
        }
        var previewShown = false
        let opening = Opening(open)
        let started = Date()
        var typed: [Key] = []
        var store: Store?
        while store == nil {
            if SignalWatcher.pending != 0 { return (128 + SignalWatcher.pending, nil) }
            switch opening.result {
            case let .success(s)?: store = s; continue
            case let .failure(e)?: throw e
            case nil: break
            }
            if let p = listPreview, !previewShown && Date().timeIntervalSince(started) >= Self.previewAfter {
                terminal.paint(p.render())
                previewShown = true
            }
            switch terminal.read(timeout: 20) {
            case let .key(key)?:
                if key == .ctrl("c") || listPreview?.quits(key) == true { return (0, nil) }
                if listPreview != nil {
                    if listPreview!.handle(key) && previewShown { terminal.paint(listPreview!.render()) }
                } else {
                    typed.append(key)
                }
            case .resize?:
                terminal.invalidate()
                if listPreview != nil {
                    listPreview!.resize(rows: terminal.rows, cols: terminal.cols)
                }
                if let p = listPreview, previewShown {
                    terminal.paint(p.render())
                } else {
                    terminal.paint(OpeningView.render(rows: terminal.rows, cols: terminal.cols, directory: directory))
                }
            default: break
            }
        }
        guard let store else { return (0, nil) }
        var app: AppModel
        if let listPreview {
            guard let carried = AppModel(continuing: listPreview, store: store, status: startupMessage(store), countsRetention: false) else { return (0, store) }
            app = carried
            app.resize(rows: terminal.rows, cols: terminal.cols)
        } else {
            app = AppModel(store: store, rows: terminal.rows, cols: terminal.cols, status: startupMessage(store), countsRetention: false)
            for key in typed where !app.handle(key) { return (0, store) }
        }
        let retention = RetentionCount(state: store.state, now: store.now)
        return (try loop(&app, terminal: terminal, retention: retention), store)
    }

    private func loop(_ app: inout AppModel, terminal: NcursesTerminal, retention: RetentionCount) throws -> Int32 {
        var lastPoll = Date()
        var dirty = true
        var retentionTaken = false
        while true {
            if !retentionTaken, let n = retention.result {
                retentionTaken = true
                if app.takePastRetention(n) { dirty = true }
            }
            if SignalWatcher.pending != 0 { return 128 + SignalWatcher.pending }
            if dirty { terminal.paint(app.render()); dirty = false }
            // While a screen has work under way, a key is only looked for, not waited for:
            // the work goes on a slice at a time between keys.
            let event = terminal.read(timeout: app.isWorking ? 0 : Int32(Self.pollInterval * 1000))
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
                if let work = app.takeWork(), let status = runLongWork(work, app: &app, terminal: terminal) { return status }
            }
            if app.isWorking && app.work() { dirty = true }
            if Date().timeIntervalSince(lastPoll) >= Self.pollInterval {
                lastPoll = Date()
                if app.poll() { dirty = true }
            }
        }
    }
}

extension TerminalApp {
    /// Runs long work on a thread of its own while the last frame stays, with the work's
    /// progress over it; Esc (or Ctrl-C) asks the work to stop at its next safe point. The
    /// store is the work's until it ends: nothing here reads it, and no key reaches the app.
    /// Returns an exit status when a signal asked Zgoda to end (after the work stopped safely).
    func runLongWork(_ work: LongWork, app: inout AppModel, terminal: NcursesTerminal) -> Int32? {
        let progress = WorkProgress(minimumInterval: .infinity) { _ in }
        let runner = LongWorkRunner(work, store: app.store, progress: progress)
        let backdrop = app.render()
        var shown: Grid?
        var signalled: Int32?
        while true {
            if let outcome = runner.outcome {
                app.finish(work, outcome)
                app.resize(rows: terminal.rows, cols: terminal.cols)
                return signalled
            }
            if SignalWatcher.pending != 0 && signalled == nil {
                signalled = 128 + SignalWatcher.pending
                progress.cancel()
            }
            let frame = LongWorkView.render(over: backdrop, rows: terminal.rows, cols: terminal.cols, title: work.title,
                                            phase: progress.phase, stopping: progress.isCancelled, hint: work.stopHint)
            if frame != shown { terminal.paint(frame); shown = frame }
            switch terminal.read(timeout: 50) {
            case .key(.escape)?, .key(.ctrl("c"))?: progress.cancel()
            case .resize?: terminal.invalidate(); shown = nil
            default: break
            }
        }
    }
}

/// Long work on a thread of its own; `outcome` is nil until it is done.
final class LongWorkRunner: @unchecked Sendable {
    // @unchecked: the store crosses to the work's thread, and the front does not touch it
    // until `outcome` is set (under the lock).
    private let lock = NSLock()
    private var done: LongWork.Outcome?

    init(_ work: LongWork, store: Store, progress: WorkProgress) {
        let language = Language.current
        struct Handed: @unchecked Sendable { let store: Store }
        let handed = Handed(store: store)
        let thread = Thread { [self] in
            let outcome = Language.$current.withValue(language) { work.run(handed.store, progress: progress) }
            lock.lock(); done = outcome; lock.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    var outcome: LongWork.Outcome? {
        lock.lock(); defer { lock.unlock() }
        return done
    }
}

/// The store being opened on a thread of its own; `result` is nil until it is done.
final class Opening: @unchecked Sendable {
    private let lock = NSLock()
    private var done: Result<Store, any Error>?

    init(_ open: @escaping TerminalApp.Opener) {
        // The store's warnings speak the language of the run that opens it.
        let language = Language.current
        let thread = Thread { [self] in
            let r = Language.$current.withValue(language) { Result { try open() } }
            lock.lock(); done = r; lock.unlock()
        }
        // The open decrypts and replays the whole directory: give it room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    var result: Result<Store, any Error>? {
        lock.lock(); defer { lock.unlock() }
        return done
    }
}
