import Foundation
import Synchronization

/// How far a long piece of work has come, and whether the person asked to stop it.
///
/// The core reports steps (records checked, people added) and looks at `isCancelled` only
/// between steps that leave the data whole: a stopped `demo` keeps the batches it committed, a
/// stopped `verify` reports nothing as checked. Whoever shows the progress (the command line's
/// stderr line, the terminal UI's status bar) reads it through `onChange`, which is called at
/// most about ten times a second, so reporting every step costs nothing measurable.
public final class WorkProgress: Sendable {
    /// What the work is doing now, for the person ("checking the journal").
    public struct Phase: Equatable, Sendable {
        public var label: String
        public var done: Int
        /// Nil when the amount of work is not known in advance.
        public var total: Int?
        /// What `done` counts, when it is not obvious from the label ("records").
        public var unit: String?

        public init(label: String, done: Int = 0, total: Int? = nil, unit: String? = nil) {
            self.label = label; self.done = done; self.total = total; self.unit = unit
        }
    }

    private struct Box {
        var phase = Phase(label: "", done: 0, total: nil)
        var lastShown: UInt64 = 0
    }

    private let box = Mutex(Box())
    private let cancelled = Atomic<Bool>(false)
    private let onChange: @Sendable (Phase) -> Void
    private let interval: UInt64

    /// A progress that nobody watches: for callers that want none.
    public static let none = WorkProgress(minimumInterval: .infinity) { _ in }

    /// `onChange` is called with the phase when it starts and then at most once every
    /// `minimumInterval` seconds while it advances.
    public init(minimumInterval: TimeInterval = 0.1, onChange: @escaping @Sendable (Phase) -> Void) {
        self.onChange = onChange
        interval = minimumInterval.isFinite ? UInt64(minimumInterval * 1e9) : .max
    }

    /// Starts a phase of the work; shown at once.
    public func begin(_ label: String, total: Int? = nil, unit: String? = nil) {
        let phase = box.withLock { b -> Phase in
            b.phase = Phase(label: label, done: 0, total: total, unit: unit)
            b.lastShown = DispatchTime.now().uptimeNanoseconds
            return b.phase
        }
        if interval != .max { onChange(phase) }
    }

    /// Sets how much of the current phase is done.
    public func update(done: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        let due = box.withLock { b -> Phase? in
            b.phase.done = done
            guard now &- b.lastShown >= interval else { return nil }
            b.lastShown = now
            return b.phase
        }
        if let due { onChange(due) }
    }

    /// Asks the work to stop at its next safe point (from a signal handler's thread, say).
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Throws `ZgodaError.interrupted` if the work was asked to stop.
    public func checkCancelled() throws {
        if isCancelled { throw ZgodaError.interrupted }
    }

    /// The phase now.
    public var phase: Phase { box.withLock { $0.phase } }
}
