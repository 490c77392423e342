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
    public private(set) var results: [ContactID] = []
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

    public mutating func handle(_ key: Key) -> ContactListIntent {
        if isSearching { return handleSearch(key) }
        if navigation.handle(key) { return .none }
        switch key {
        case .char("/"):
            isSearching = true
            query.handle(.end)
        case .escape:
            if !appliedQuery.isEmpty { query.set(""); runSearch() }
        case .enter: return selectedID.map(ContactListIntent.open) ?? .none
        case .char("a"): return .add
        case .char("e"): return selectedID.map(ContactListIntent.edit) ?? .none
        case .char("c"): return selectedID.map(ContactListIntent.consent) ?? .none
        case .char("h"): return selectedID.map(ContactListIntent.history) ?? .none
        case .char("H"): return .auditLog
        case .char("x"): return .export
        case .char("I"): return .importFile
        case .char("r"): return selectedID.map(ContactListIntent.report) ?? .none
        case .char("R"): return .requests
        case .char("f"): return selectedID.map(ContactListIntent.customerMode) ?? .none
        case .char("A"): return selectedID.map(ContactListIntent.anonymise) ?? .none
        case .char("q"): return .quit
        default: break
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
        results = index.search(q)
        navigation.setCount(results.count)
        if changedQuery { navigation.select(0) }
    }
}
