import Foundation

/// Counts what each client address does in a sliding window, so that guessing tokens is slow
/// and one client cannot flood the server. In memory only: addresses are personal data and are
/// never written anywhere by the limiter.
struct RateLimiter: Sendable {
    struct Limits: Sendable, Equatable {
        /// Requests of any kind per client in `window`.
        var requests: Int
        /// Tokens that did not open a page (wrong, expired, revoked, erased) per client in `window`.
        var failures: Int
        var window: TimeInterval

        static let standard = Limits(requests: 120, failures: 10, window: 600)
    }

    let limits: Limits
    private var requests: [String: [Date]] = [:]
    private var failures: [String: [Date]] = [:]
    /// Above this many clients the oldest entries are dropped first, so memory stays bounded.
    private let maxClients = 50_000

    init(limits: Limits) { self.limits = limits }

    /// Counts a request; false when the client is over either limit (then it gets 429).
    mutating func admit(_ client: String, now: Date) -> Bool {
        prune(now: now)
        let recent = Self.trim(requests[client] ?? [], now: now, window: limits.window)
        if recent.count >= limits.requests || Self.trim(failures[client] ?? [], now: now, window: limits.window).count >= limits.failures {
            requests[client] = recent
            return false
        }
        requests[client] = recent + [now]
        return true
    }

    /// Counts a token that did not open a page.
    mutating func fail(_ client: String, now: Date) {
        failures[client] = Self.trim(failures[client] ?? [], now: now, window: limits.window) + [now]
    }

    private static func trim(_ times: [Date], now: Date, window: TimeInterval) -> [Date] {
        times.filter { now.timeIntervalSince($0) < window }
    }

    private mutating func prune(now: Date) {
        guard requests.count + failures.count > maxClients else { return }
        requests = requests.filter { !Self.trim($0.value, now: now, window: limits.window).isEmpty }
        failures = failures.filter { !Self.trim($0.value, now: now, window: limits.window).isEmpty }
        if requests.count > maxClients { requests.removeAll() }
        if failures.count > maxClients { failures.removeAll() }
    }
}
