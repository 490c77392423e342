import Dispatch
import Foundation
import ZgodaCore

/// Long work's progress on one line of stderr — only when stderr is a terminal and `--quiet`
/// was not given, so scripts and pipes see nothing of it — and Ctrl-C as a request to stop at
/// the work's next safe point rather than wherever the signal lands.
enum ProgressLine {
    /// Runs `body` with a progress that draws itself on stderr. While it runs, Ctrl-C cancels
    /// the progress (a second Ctrl-C as well: the work stops at its next safe point either way).
    static func run<T>(quiet: Bool, _ body: (WorkProgress) throws -> T) throws -> T {
        let shown = !quiet && isatty(STDERR_FILENO) == 1
        // Read here: the line is drawn from the work's threads and the timer's, where the
        // command's task-local language is not bound.
        let language = Language.current
        let line = Line(shown: shown, language: language)
        let progress = WorkProgress(minimumInterval: shown ? 0.1 : .infinity) { phase in line.draw(phase) }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            progress.cancel()
            progress.begin(CLIText.Run.stopping(language))
        }
        source.resume()
        // Redraws the current phase twice a second, so that the elapsed time moves on while a
        // step takes long (a snapshot of 100k people is one step).
        // (Made only when shown: dispatch traps when a source that never ran is released.)
        var ticker: (any DispatchSourceTimer)? = nil
        if shown {
            let t = DispatchSource.makeTimerSource(queue: .global())
            t.schedule(deadline: .now() + 0.5, repeating: 0.5)
            t.setEventHandler { line.redraw(progress.phase) }
            t.resume()
            ticker = t
        }
        defer {
            ticker?.cancel()
            source.cancel()
            signal(SIGINT, SIG_DFL)
            line.clear()
        }
        return try body(progress)
    }

    /// The line itself; drawn from whichever thread reports.
    private final class Line: @unchecked Sendable {
        let shown: Bool
        let language: Language
        private let lock = NSLock()
        private var drawn = false
        /// Once cleared, nothing draws again (a late tick must not leave a line behind).
        private var cleared = false
        private let started = DispatchTime.now().uptimeNanoseconds

        init(shown: Bool, language: Language) { self.shown = shown; self.language = language }

        func draw(_ phase: WorkProgress.Phase) {
            guard shown else { return }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let text = ProgressLine.text(phase, seconds: seconds, in: language)
            lock.lock(); defer { lock.unlock() }
            guard !cleared else { return }
            // Carriage return and erase-line: the line is redrawn in place.
            FileHandle.standardError.write(Data("\r\u{1B}[2Kzgoda: \(text)".utf8))
            drawn = true
        }

        /// Draws `phase` again, if a phase was drawn and nothing cleared it since.
        func redraw(_ phase: WorkProgress.Phase) {
            lock.lock(); let wasDrawn = drawn; lock.unlock()
            if wasDrawn && !phase.label.isEmpty { draw(phase) }
        }

        func clear() {
            lock.lock(); defer { lock.unlock() }
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
            cleared = true
        }
    }

    /// "adding demo contacts 12,000 / 100,000 (12%) 3 s"; in Polish the thousands are
    /// separated by a no-break space, "12 000 / 100 000 (12%)".
    static func text(_ phase: WorkProgress.Phase, seconds: Double, in language: Language) -> String {
        var parts = [phase.label]
        if let total = phase.total, total > 0 {
            parts.append("\(grouped(phase.done, in: language)) / \(grouped(total, in: language)) (\(min(100, phase.done * 100 / total))%)")
        } else if phase.done > 0 {
            parts.append(grouped(phase.done, in: language))
        }
        if let unit = phase.unit, phase.done > 0 || phase.total != nil { parts.append(unit) }
        parts.append("\(Int(seconds)) s")
        return parts.joined(separator: " ")
    }

    static func grouped(_ n: Int, in language: Language) -> String {
        let separator: Character = language == .pl ? "\u{A0}" : ","
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(d)
        }
        return out
    }
}
