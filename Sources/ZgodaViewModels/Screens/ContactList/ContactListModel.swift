import ZgodaCore

/// What the contact list asks the app to do.
public enum ContactListIntent: Equatable, Sendable {
    case none
    case open(ContactID)
    case add
    case edit(ContactID)
    case consent(ContactID)
    case history(ContactID)
    case auditLog
    case export
    case importFile
    case report(ContactID)
    case requests
    /// The breach register (Art. 33).
    case breaches
    /// The record of processing activities (Art. 30).
    case register
    case customerMode(ContactID)
    case anonymise(ContactID)
    case quit
}

/// The contact list: the search index, the current filter and its results, and the selection.
/// Reloading keeps the selected contact (by id) wherever it moved to.
public struct ContactListModel: Sendable {
    public private(set) var index = SearchIndex()
    /// The query being typed, or kept after Enter.
    public private(set) var query = LineEditor()
    /// True while the search line has the keyboard.
    public private(set) var isSearching = false
    public private(set) var results = SearchResults()
    public var navigation = ListNavigation()
    /// The query `results` were computed for; lets a reload redo exactly that search.
    private var appliedQuery = ""

    public init(state: ZgodaState = ZgodaState()) {
        reload(state: state)
    }

    /// Starts from an index already built for `state` (the store's saved one, so the first
    /// frame does not wait for 100k people to be folded and sorted).
    public init(index: SearchIndex) {
        self.index = index
        runSearch(force: true)
    }

    public var selectedID: ContactID? {
        results.indices.contains(navigation.selected) ? results[navigation.selected] : nil
    }

    public var total: Int { index.count }
    public var filter: String { appliedQuery }

    /// Rebuilds the index after the data changed, keeping the query and the selected contact.
    public mutating func reload(state: ZgodaState) {
        let keep = selectedID
        index = SearchIndex(state: state)
        runSearch(force: true)
        if let keep, let i = results.firstIndex(of: keep) { navigation.select(i) }
    }

    public mutating func select(_ id: ContactID) {
        if let i = results.firstIndex(of: id) { navigation.select(i) }
    }

    /// True when `key` only moves through the list or edits the search: all this list can do
    /// before the whole directory is read (`ListPreview`). Anything else acts on the store.
    public func isLocal(_ key: Key) -> Bool {
        if isSearching { return true }
        guard let action = action(for: key) else { return false }
        switch action {
        case .scroll, .search, .clear: return true
        default: return false
        }
    }

    /// Takes over what was typed and chosen in another list of the same people (the preview
    /// shown while the directory was read): the query, whether the search line has the
    /// keyboard, the selected contact and the scroll position.
    public mutating func carryOver(from other: ContactListModel) {
        query = other.query
        isSearching = other.isSearching
        runSearch(force: true)
        if results == other.results {
            navigation.top = other.navigation.top
            navigation.select(other.navigation.selected)
        } else if let id = other.selectedID, let i = results.firstIndex(of: id) {
            navigation.select(i)
        }
    }

    /// The people in the rows on screen, the selected one first (it also fills the pane).
    public var visiblePeople: [ContactID] {
        var ids = selectedID.map { [$0] } ?? []
        for i in navigation.visibleRange where results[i] != selectedID { ids.append(results[i]) }
        return ids
    }

    public mutating func handle(_ key: Key) -> ContactListIntent {
        if isSearching { return handleSearch(key) }
        guard let action = action(for: key) else { return .none }
        switch action {
        case let .scroll(s): s.apply(to: &navigation)
        case .search:
            isSearching = true
            query.handle(.end)
        case .clear:
            if !appliedQuery.isEmpty { query.set(""); runSearch() }
        case .open: return selectedID.map(ContactListIntent.open) ?? .none
        case .add: return .add
        case .edit: return selectedID.map(ContactListIntent.edit) ?? .none
        case .consent: return selectedID.map(ContactListIntent.consent) ?? .none
        case .history: return selectedID.map(ContactListIntent.history) ?? .none
        case .auditLog: return .auditLog
        case .export: return .export
        case .importFile: return .importFile
        case .report: return selectedID.map(ContactListIntent.report) ?? .none
        case .requests: return .requests
        case .breaches: return .breaches
        case .register: return .register
        case .customerMode: return selectedID.map(ContactListIntent.customerMode) ?? .none
        case .anonymise: return selectedID.map(ContactListIntent.anonymise) ?? .none
        case .quit: return .quit
        }
        return .none
    }

    private mutating func handleSearch(_ key: Key) -> ContactListIntent {
        switch key {
        case .enter:
            isSearching = false
        case .escape:
            isSearching = false
            query.set("")
            runSearch()
        case .up, .down, .pageUp, .pageDown:
            _ = navigation.handle(key)
        default:
            if query.handle(key) { runSearch() }
        }
        return .none
    }

    /// Searches on every keystroke. The selection goes to the best match while typing.
    private mutating func runSearch(force: Bool = false) {
        let q = query.text
        if !force && q == appliedQuery { return }
        let changedQuery = q != appliedQuery
        appliedQuery = q
        // A keystroke narrows the last search when it can; a forced search (after a reload,
        // with a new index) starts afresh.
        results = force ? index.search(q) : index.search(q, narrowing: results)
        navigation.setCount(results.count)
        if changedQuery { navigation.select(0) }
    }
}

/// What a key does on the contact list.
public enum ContactListAction: Sendable, Equatable {
    case scroll(ScrollAction)
    case search, clear, open, add, edit, consent, report, requests, importFile, export, history, auditLog
    case customerMode, anonymise, breaches, register, quit
}

extension ContactListModel: KeyBound {
    public var bindings: [KeyBinding<ContactListAction>] {
        typealias T = UIText.ContactList
        return ScrollAction.bindings(ContactListAction.scroll, move: T.move.text, ends: T.firstLast.text) + [
            KeyBinding([.char("/")], "/", .search, T.searchHelp.text, footer: T.search.text),
            KeyBinding([.enter], "Enter", .open, T.openHelp.text, footer: T.open.text),
            KeyBinding([.char("a")], "a", .add, T.addHelp.text, footer: T.add.text),
            KeyBinding([.char("e")], "e", .edit, T.editHelp.text, footer: T.edit.text),
            KeyBinding([.char("c")], "c", .consent, T.consentHelp.text, footer: T.consents.text),
            KeyBinding([.char("r")], "r", .report, T.reportHelp.text, footer: T.report.text),
            KeyBinding([.char("R")], "R", .requests, T.requestsHelp.text, footer: T.requests.text),
            KeyBinding([.char("I")], "I", .importFile, T.importHelp.text, footer: T.importFooter.text),
            KeyBinding([.char("x")], "x", .export, T.exportHelp.text, footer: T.exportFooter.text),
            KeyBinding([.char("h")], "h", .history, T.historyHelp.text, footer: T.history.text),
            KeyBinding([.char("H")], "H", .auditLog, T.auditHelp.text, footer: T.audit.text),
            KeyBinding([.char("f")], "f", .customerMode, T.formHelp.text, footer: T.form.text),
            KeyBinding([.char("A")], "A", .anonymise, T.anonymiseHelp.text, footer: T.anonymise.text),
            // The controller's registers, about no one in the list: in help, not the footer.
            KeyBinding([.char("B")], "B", .breaches, T.breachesHelp.text),
            KeyBinding([.char("P")], "P", .register, T.registerHelp.text),
            .help(),
            KeyBinding([.escape], "Esc", .clear, T.clearHelp.text),
            KeyBinding([.char("q")], "q", .quit, UIText.App.quit.text, footer: UIText.App.quit.text),
            .quitAnywhere(),
        ]
    }
}
