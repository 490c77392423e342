import Foundation
import ZgodaCore

/// Counts the people past retention on a thread of its own, from the state as the store
/// opened: the count reads everyone, so the first frame does not wait for it. `result` is nil
/// until it is done.
final class RetentionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var done: Int?

    init(state: ZgodaState, now: Date) {
        let thread = Thread { [self] in
            let n = state.retentionDue(now: now).count
            lock.lock(); done = n; lock.unlock()
        }
        thread.start()
    }

    var result: Int? {
        lock.lock(); defer { lock.unlock() }
        return done
    }
}
