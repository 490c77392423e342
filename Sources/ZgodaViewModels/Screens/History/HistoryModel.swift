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
/// from → to, exports included. Opens at the newest entry. `/` keeps only the entries whose
/// lines hold what is typed (case and diacritics ignored); Enter shows the selected entry in
/// full, however wide.
public struct HistoryModel: Equatable, Sendable {
    public let contact: ContactID?
    public let title: String
    /// The lines shown: every entry's, or those of the entries the search found.
    public private(set) var lines: [HistoryLine]
    /// Every entry's lines.
    public private(set) var allLines: [HistoryLine]
    public private(set) var query = LineEditor()
    public private(set) var isSearching = false
    /// The search the shown lines were found with ("" for all).
    public private(set) var filter = ""
    /// The entry being read in full, line by line, while it is open.
    public private(set) var reading: [HistoryLine]?
    /// Journal records shown (lines also hold their changes); kept so a frame need not count them.
    public private(set) var recordCount: Int
    public var navigation: ListNavigation

    public init(contact: ContactID?, title: String, entries: [JournalEntry], state: ZgodaState) {
        self.contact = contact
        self.title = title
        allLines = Self.lines(entries, state: state)
        lines = allLines
        recordCount = entries.count
        navigation = ListNavigation(count: lines.count)
        navigation.select(lines.count - 1)
    }

    /// Replaces the entries after a change, staying where the reader was unless they were at the end.
    public mutating func update(entries: [JournalEntry], state: ZgodaState) {
        let atEnd = navigation.selected >= lines.count - 1
        allLines = Self.lines(entries, state: state)
        lines = Self.matching(allLines, filter)
        recordCount = entries.count
        navigation.setCount(lines.count)
        if atEnd { navigation.select(lines.count - 1) }
    }

    public mutating func handle(_ key: Key) -> Bool {
        if isSearching {
            switch key {
            case .enter: isSearching = false
            case .escape: isSearching = false; query.set(""); apply()
            case .up, .down, .pageUp, .pageDown: _ = navigation.handle(key)
            default: if query.handle(key) { apply() }
            }
            return false
        }
        switch action(for: key) {
        case let .scroll(s)?: s.apply(to: &navigation)
        case .search?: isSearching = true; query.handle(.end)
        case .read?: reading = entry(at: navigation.selected)
        case .closeReading?: reading = nil
        case .back?:
            if !filter.isEmpty { query.set(""); apply(); return false }
            return true
        case nil: break
        }
        return false
    }

    /// The lines of the entry that line `i` belongs to.
    func entry(at i: Int) -> [HistoryLine]? {
        guard lines.indices.contains(i) else { return nil }
        var start = i
        while start > 0 && lines[start].kind == .change { start -= 1 }
        var end = start + 1
        while end < lines.count && lines[end].kind == .change { end += 1 }
        return Array(lines[start..<end])
    }

    private mutating func apply() {
        let q = query.text.trimmingCharacters(in: .whitespaces)
        guard q != filter else { return }
        filter = q
        lines = Self.matching(allLines, q)
        navigation.setCount(lines.count)
        navigation.select(lines.count - 1)
    }

    /// The entries (with their changes) where every word of `query` is in one of their lines.
    static func matching(_ all: [HistoryLine], _ query: String) -> [HistoryLine] {
        let words = query.split(separator: " ").map { TextFolding.folded(String($0)) }
        guard !words.isEmpty else { return all }
        var out: [HistoryLine] = []
        var i = 0
        while i < all.count {
            var end = i + 1
            while end < all.count && all[end].kind == .change { end += 1 }
            let text = all[i..<end].map { TextFolding.folded([$0.time, $0.operator, $0.what, $0.text].joined(separator: " ")) }
                .joined(separator: "\n")
            if words.allSatisfy({ text.contains($0) }) { out += all[i..<end] }
            i = end
        }
        return out
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
                                       text: "\(CoreText.Labels.changedField(ch.field).text): \(shown(ch.old)) → \(shown(ch.new))"))
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
    /// "2026-01-15 10:00:00" in English, "15.01.2026 10:00:00" in Polish (UTC, to the second,
    /// as the journal records it); the same width, so the columns stand where they did.
    static func time(_ d: Date) -> String {
        let s = ISOTime.string(d)
        let clock = String(s.dropFirst(11).prefix(8))
        switch Language.current {
        case .en: return String(s.prefix(10)) + " " + clock
        case .pl: return LocalDates.short(Day(d), in: .pl) + " " + clock
        }
    }
}

/// What a key does in a history or the audit log.
public enum HistoryAction: Sendable, Equatable { case scroll(ScrollAction), search, read, closeReading, back }

extension HistoryModel: KeyBound {
    public var bindings: [KeyBinding<HistoryAction>] {
        typealias T = UIText.History
        if isSearching {
            return [.described(T.letters.text, T.searchWords.text), .described("Enter", T.keepSearch.text, footer: T.keep.text),
                    .described("Esc", T.clearSearch.text, footer: T.clear.text)]
        }
        if reading != nil {
            return [KeyBinding([.escape, .enter, .char("q")], "Esc", .closeReading, T.close.text, footer: T.close.text), .quitAnywhere()]
        }
        return ScrollAction.bindings(HistoryAction.scroll, move: T.scroll.text, ends: T.ends.text,
                                     // PgDn/PgUp stay in help: at 80 columns the footer keeps Enter and Esc.
                                     footerMove: T.scroll.text, footerPage: nil, footerEnds: T.endsFooter.text)
            + [KeyBinding([.char("/")], "/", .search, T.search.text, footer: T.searchFooter.text),
               KeyBinding([.enter], "Enter", .read, T.read.text, footer: T.readFooter.text),
               .help(),
               KeyBinding([.escape, .char("q")], "Esc", .back, T.clearOrBack.text, footer: T.back.text),
               .quitAnywhere()]
    }
}
