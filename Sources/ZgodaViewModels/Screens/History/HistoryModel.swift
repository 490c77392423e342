import Foundation
import ZgodaCore

/// One line of the history view: an entry's headline or one of its changes.
public struct HistoryLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case entry, change }
    public var kind: Kind
    public var time: String
    public var `operator`: String
    public var what: String
    public var text: String
}

/// The history of one contact, or the audit log of everything: time, operator, what changed
/// from → to, exports included. Opens at the newest entry.
public struct HistoryModel: Equatable, Sendable {
    public let contact: ContactID?
    public let title: String
    public private(set) var lines: [HistoryLine]
    /// Journal records shown (lines also hold their changes); kept so a frame need not count them.
    public private(set) var recordCount: Int
    public var navigation: ListNavigation

    public init(contact: ContactID?, title: String, entries: [JournalEntry], state: ZgodaState) {
        self.contact = contact
        self.title = title
        lines = Self.lines(entries, state: state)
        recordCount = entries.count
        navigation = ListNavigation(count: lines.count)
        navigation.select(lines.count - 1)
    }

    /// Replaces the entries after a change, staying where the reader was unless they were at the end.
    public mutating func update(entries: [JournalEntry], state: ZgodaState) {
        let atEnd = navigation.selected >= lines.count - 1
        lines = Self.lines(entries, state: state)
        recordCount = entries.count
        navigation.setCount(lines.count)
        if atEnd { navigation.select(lines.count - 1) }
    }

    public mutating func handle(_ key: Key) -> Bool {
        switch action(for: key) {
        case let .scroll(s)?: s.apply(to: &navigation); return false
        case .back?: return true
        case nil: return false
        }
    }

    static func lines(_ entries: [JournalEntry], state: ZgodaState) -> [HistoryLine] {
        var out: [HistoryLine] = []
        out.reserveCapacity(entries.count * 2)
        for e in entries {
            let time = Self.time(e.at)
            var what = e.event.kind
            if let c = e.event.contact { what += " " + c.rawValue }
            out.append(HistoryLine(kind: .entry, time: time, operator: e.operator, what: what,
                                   text: HistoryText.summary(e, state: state, source: \.label)))
            for ch in HistoryText.changes(e) {
                out.append(HistoryLine(kind: .change, time: "", operator: "", what: "",
                                       text: "\(ch.field): \(shown(ch.old)) → \(shown(ch.new))"))
            }
        }
        return out
    }

    /// A value as history shows it: one mark, `—`, for a value that was not there, whether the
    /// record says nil (a new contact) or empty (a field that was cleared or first filled).
    static func shown(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "—" }
        return value
    }

    /// `2026-01-15 10:00:00` (UTC, as every other time Zgoda shows).
    static func time(_ d: Date) -> String {
        let s = ISOTime.string(d)
        return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(8))
    }
}

/// What a key does in a history or the audit log.
public enum HistoryAction: Sendable, Equatable { case scroll(ScrollAction), back }

extension HistoryModel: KeyBound {
    public var bindings: [KeyBinding<HistoryAction>] {
        ScrollAction.bindings(HistoryAction.scroll, move: "scroll", ends: "oldest/newest",
                              footerMove: "scroll", footerPage: "page", footerEnds: "oldest/newest")
            + [.help(), KeyBinding([.escape, .char("q")], "Esc", .back, "back", footer: "back"), .quitAnywhere()]
    }
}
