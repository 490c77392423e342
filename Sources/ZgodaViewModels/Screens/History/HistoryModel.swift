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
///
/// Only a window of the entries has its lines loaded, a few pages around the selection; it
/// moves as the reader scrolls, so a history of 400k entries opens and scrolls as one of ten.
/// A search reads the entries a slice at a time (`work`), stoppable with Esc.
public struct HistoryModel: Equatable, Sendable {
    public let contact: ContactID?
    public let title: String
    public private(set) var source: HistorySource
    /// The entries shown, by position in the source: nil for all of them, or those the kept
    /// search found.
    private var found: [Int]?
    /// Which of the shown entries have their lines in `lines`.
    public private(set) var window: Range<Int> = 0..<0
    /// The lines of the entries in `window`.
    public private(set) var lines: [HistoryLine] = []
    public private(set) var query = LineEditor()
    public private(set) var isSearching = false
    /// The search the shown lines were found with ("" for all).
    public private(set) var filter = ""
    /// The search being run, while it reads the history.
    public private(set) var search: HistorySearch?
    /// The entry being read in full, line by line, while it is open.
    public private(set) var reading: [HistoryLine]?
    /// Why the history could not be read, once; the app shows it and clears it.
    public var failure: String?
    public var navigation: ListNavigation

    /// Entries loaded at a time, and the most kept at once.
    static let page = 200
    static let maxWindow = 5 * page
    /// Entries a search reads in one step before it lets the keys in.
    static let searchSlice = 500

    public init(contact: ContactID?, title: String, source: HistorySource) {
        self.contact = contact
        self.title = title
        self.source = source
        navigation = ListNavigation(count: 0)
        showEnd()
    }

    /// A history of entries already read (tests, small histories).
    public init(contact: ContactID?, title: String, entries: [JournalEntry], state: ZgodaState) {
        self.init(contact: contact, title: title, source: HistorySource(entries: entries, state: state))
    }

    public static func == (a: HistoryModel, b: HistoryModel) -> Bool {
        a.source === b.source && a.contact == b.contact && a.title == b.title && a.found == b.found && a.window == b.window
            && a.lines == b.lines && a.query == b.query && a.isSearching == b.isSearching && a.filter == b.filter
            && a.search == b.search && a.reading == b.reading && a.failure == b.failure && a.navigation == b.navigation
    }

    /// Journal records in the history.
    public var recordCount: Int { source.count }
    /// Entries shown: all, or those the search found.
    public var shownCount: Int { found?.count ?? source.count }
    /// True while a search reads the history.
    public var isWorking: Bool { search != nil }

    /// Takes a newer reading of the history after a change, staying where the reader was
    /// unless they were at the end; a kept search is run again.
    public mutating func update(source: HistorySource) {
        let atEnd = window.upperBound >= shownCount && navigation.selected >= lines.count - 1
        self.source = source
        if !filter.isEmpty {
            search = HistorySearch(query: filter, total: source.count)
            runSearch(slices: 1)
            if search != nil { return }
        }
        if atEnd { showEnd() } else { load(window, keeping: navigation.selected) }
    }

    public mutating func update(entries: [JournalEntry], state: ZgodaState) {
        update(source: HistorySource(entries: entries, state: state))
    }

    public mutating func handle(_ key: Key) -> Bool {
        if isSearching {
            switch key {
            case .enter: isSearching = false
            case .escape: isSearching = false; search = nil; query.set(""); apply()
            case .up, .down, .pageUp, .pageDown: _ = navigation.handle(key); follow()
            default: if query.handle(key) { apply() }
            }
            return false
        }
        switch action(for: key) {
        case let .scroll(s)?:
            switch s {
            case .first: if window.lowerBound > 0 { load(0..<Self.page, keeping: 0) }
            case .last: if window.upperBound < shownCount { showEnd() }
            default: break
            }
            s.apply(to: &navigation)
            follow()
        case .search?: isSearching = true; query.handle(.end)
        case .read?: reading = entry(at: navigation.selected)
        case .closeReading?: reading = nil
        case .back?:
            if search != nil { search = nil; query.set(filter); return false }
            if !filter.isEmpty { query.set(""); apply(); return false }
            return true
        case nil: break
        }
        return false
    }

    /// Runs the search a few slices further; the app calls this between keys while `isWorking`.
    public mutating func work(slices: Int = 1) {
        runSearch(slices: slices)
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
        guard q != (search?.query ?? filter) else { return }
        if q.isEmpty {
            search = nil
            filter = ""
            found = nil
            showEnd()
            return
        }
        search = HistorySearch(query: q, total: source.count)
        runSearch(slices: 1)
    }

    private mutating func runSearch(slices: Int) {
        guard var s = search else { return }
        do {
            for _ in 0..<slices where !s.isDone { try s.step(source, slice: Self.searchSlice) }
        } catch {
            search = nil
            failure = error.localizedDescription
            return
        }
        guard s.isDone else { search = s; return }
        search = nil
        filter = s.query
        found = s.matches
        showEnd()
    }

    /// The source positions of the shown entries in `range`.
    private func positions(_ range: Range<Int>) -> [Int] {
        found.map { Array($0[range]) } ?? Array(range)
    }

    /// Shows the newest entries, the last one selected.
    private mutating func showEnd() {
        let n = shownCount
        load(max(0, n - Self.page)..<n, keeping: .max)
    }

    /// Loads the lines of `range` (shown entries), selecting line `selected` of them (clamped).
    private mutating func load(_ range: Range<Int>, keeping selected: Int) {
        let range = range.clamped(to: 0..<shownCount)
        do {
            lines = try source.lines(positions(range)).flatMap { $0 }
            window = range
        } catch {
            failure = error.localizedDescription
        }
        navigation.setCount(lines.count)
        navigation.select(min(selected, lines.count - 1))
    }

    /// Moves the window along when the selection comes within a screen or two of its edge,
    /// so scrolling never reaches the end of what is loaded before the end of the history.
    private mutating func follow() {
        let margin = 2 * navigation.visibleRows + 2
        if navigation.selected < margin && window.lowerBound > 0 {
            let more = max(0, window.lowerBound - Self.page)..<window.lowerBound
            guard let added = try? source.lines(positions(more)).flatMap({ $0 }) else { return }
            lines = added + lines
            window = more.lowerBound..<window.upperBound
            navigation.count = lines.count
            navigation.top += added.count
            navigation.selected += added.count
            trim(fromStart: false)
        } else if navigation.selected > lines.count - 1 - margin && window.upperBound < shownCount {
            let more = window.upperBound..<min(shownCount, window.upperBound + Self.page)
            guard let added = try? source.lines(positions(more)).flatMap({ $0 }) else { return }
            lines += added
            window = window.lowerBound..<more.upperBound
            navigation.count = lines.count
            trim(fromStart: true)
        }
    }

    /// Drops a page from one end while the window holds more than `maxWindow` entries.
    private mutating func trim(fromStart: Bool) {
        while window.count > Self.maxWindow {
            if fromStart {
                let cut = lineStart(ofEntry: Self.page)
                lines.removeFirst(cut)
                window = (window.lowerBound + Self.page)..<window.upperBound
                navigation.selected = max(0, navigation.selected - cut)
                navigation.top = max(0, navigation.top - cut)
            } else {
                lines.removeLast(lines.count - lineStart(ofEntry: window.count - Self.page))
                window = window.lowerBound..<(window.upperBound - Self.page)
            }
            navigation.setCount(lines.count)
        }
    }

    /// The line where the `k`th loaded entry starts (the end of the lines past the last).
    private func lineStart(ofEntry k: Int) -> Int {
        var seen = 0
        for (i, line) in lines.enumerated() where line.kind == .entry {
            if seen == k { return i }
            seen += 1
        }
        return lines.count
    }

    /// True when every word is in one of the entry's lines (case and diacritics ignored).
    static func holds(_ entry: [HistoryLine], every words: [String]) -> Bool {
        guard !words.isEmpty else { return true }
        let text = entry.map { TextFolding.folded([$0.time, $0.operator, $0.what, $0.text].joined(separator: " ")) }
            .joined(separator: "\n")
        return words.allSatisfy { text.contains($0) }
    }

    /// An entry's lines: its headline, then one line for each field it changed.
    static func lines(of e: JournalEntry, state: ZgodaState) -> [HistoryLine] {
        var what = e.event.kind
        if let c = e.contact { what += " " + c.rawValue }
        var out = [HistoryLine(kind: .entry, time: time(e.at), operator: e.operator, what: what,
                               text: HistoryText.summary(e, state: state, source: \.label))]
        for ch in HistoryText.changes(e) {
            out.append(HistoryLine(kind: .change, time: "", operator: "", what: "",
                                   text: "\(CoreText.Labels.changedField(ch.field).text): \(shown(ch.old)) → \(shown(ch.new))"))
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
