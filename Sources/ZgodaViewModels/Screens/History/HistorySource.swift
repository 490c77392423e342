import Foundation
import ZgodaCore

/// The entries a history screen pages through: how many there are, and the lines of any of
/// them, decoded when asked. From a store it reads the journal a page at a time
/// (`Store.historyIndex`), so the audit log of 100k people opens as fast as one person's
/// history; given whole entries (a test, a small history) it holds them.
///
/// A reference, shared by the copies of the screen's value: the model compares it by identity.
public final class HistorySource: @unchecked Sendable {
    // @unchecked: a store is not Sendable, and this reads it; like the store, a source is used
    // from the one thread that runs the app model.
    public let count: Int
    private let read: ([Int]) throws -> [JournalEntry]
    private let state: () -> ZgodaState

    init(count: Int, read: @escaping ([Int]) throws -> [JournalEntry], state: @escaping () -> ZgodaState) {
        self.count = count
        self.read = read
        self.state = state
    }

    /// A source that holds `entries`.
    public convenience init(entries: [JournalEntry], state: ZgodaState) {
        self.init(count: entries.count, read: { positions in positions.map { entries[$0] } }, state: { state })
    }

    /// The history of `contact` (or the audit log, for nil) in `store`, found but not decoded.
    public convenience init(store: Store, contact: ContactID?) throws {
        let index = try store.historyIndex(contact: contact)
        self.init(count: index.count, read: { try store.historyEntries(index, at: $0) }, state: { store.state })
    }

    /// The lines of each entry at `positions` (ascending), in order.
    func lines(_ positions: [Int]) throws -> [[HistoryLine]] {
        guard !positions.isEmpty else { return [] }
        let state = state()
        return try read(positions).map { HistoryModel.lines(of: $0, state: state) }
    }
}

/// A search of a history: entries are read and matched a slice at a time, so a search of the
/// whole audit log keeps the screen answering keys and can be stopped.
public struct HistorySearch: Equatable, Sendable {
    public let query: String
    let words: [String]
    /// The next entry to read.
    public private(set) var next = 0
    public let total: Int
    public private(set) var matches: [Int] = []

    init(query: String, total: Int) {
        self.query = query
        words = query.split(separator: " ").map { TextFolding.folded(String($0)) }
        self.total = total
    }

    public var isDone: Bool { next >= total }
    /// How far it is, 0–100.
    public var percent: Int { total == 0 ? 100 : next * 100 / total }

    /// Reads and matches up to `slice` entries.
    mutating func step(_ source: HistorySource, slice: Int) throws {
        let positions = Array(next..<min(total, next + slice))
        for (position, lines) in zip(positions, try source.lines(positions)) where HistoryModel.holds(lines, every: words) {
            matches.append(position)
        }
        next = positions.last.map { $0 + 1 } ?? total
    }
}
