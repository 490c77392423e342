import Foundation
import ZgodaCore

/// The page's anti-forgery field. A form posted from anywhere but the page itself lacks it:
/// `window.mac`, where `mac` is a keyed hash (the directory secret) of the link and the hour it
/// was shown in. It stays good for a few hours, so a customer who leaves the page open over
/// lunch can still send it; a stale one only means "open your link again".
enum FormKey {
    /// One window is an hour.
    static let window: TimeInterval = 3_600
    /// A key is accepted for its own window and the two after it.
    static let windowsAccepted: Int64 = 3

    static func make(for link: ConsentLink, store: Store, now: Date) -> String? {
        let w = Int64(now.timeIntervalSince1970 / window)
        return store.linkFormSecret(link, window: w).map { "\(w).\($0)" }
    }

    static func check(_ key: String?, for link: ConsentLink, store: Store, now: Date) -> Bool {
        guard let key, let dot = key.firstIndex(of: "."), let w = Int64(key[..<dot]) else { return false }
        let current = Int64(now.timeIntervalSince1970 / window)
        guard w <= current, current - w < windowsAccepted, let expected = store.linkFormSecret(link, window: w) else { return false }
        return constantTimeEqual(Array(key[key.index(after: dot)...].utf8), Array(expected.utf8))
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in a.indices { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}
