import ZgodaCore

/// The contact list while the whole directory is still being read: the rows come from the
/// saved search index, and the people on screen from a window of the directory
/// (`Store.openWindow`), which takes milliseconds whatever the number of people. Moving
/// through the list and searching work at once; every other key acts on the store, so it is
/// kept, with every key after it, for the app that follows (`AppModel.init(continuing:…)`).
///
/// Nothing can be changed here: the window's store is read-only, and no key that would
/// change anything (or record a read) reaches it.
public struct ListPreview {
    /// The app drawn meanwhile, over the window's store.
    public private(set) var app: AppModel
    /// Keys kept for the app that follows, in the order typed.
    public private(set) var kept: [Key] = []
    /// Opens a window of the directory for these people; nil when none can be opened.
    private let openWindow: ([ContactID]) -> Store?
    /// The people the current window holds.
    private var loaded: [ContactID]

    /// Nil when the first window cannot be opened (the caller then waits for the whole open,
    /// as it would without a preview).
    public init?(index: SearchIndex, rows: Int, cols: Int, openWindow: @escaping ([ContactID]) -> Store?) {
        guard index.count > 0 else { return nil }
        var list = ContactListModel(index: index)
        list.navigation.setVisibleRows(max(1, rows - 3) - 1)
        let people = list.visiblePeople
        guard let store = openWindow(people) else { return nil }
        self.openWindow = openWindow
        loaded = people
        app = AppModel(store: store, rows: rows, cols: cols, status: StatusLine(UIText.Welcome.readingEveryone(index.count).text),
                       countsRetention: false, list: list)
    }

    /// Handles one key: the list's own keys at once, any other kept. Returns true when the
    /// screen changes.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard kept.isEmpty, !app.isTooSmall, !app.helpVisible, app.list.isLocal(key) else {
            kept.append(key)
            return false
        }
        _ = app.list.handle(key)
        refreshWindow()
        return true
    }

    /// True when `key` quits the list before anything was kept: nothing is open, nothing was
    /// changed, so there is nothing to wait for (as with Ctrl-C).
    public func quits(_ key: Key) -> Bool {
        kept.isEmpty && !app.isTooSmall && !app.helpVisible && !app.list.isSearching && app.list.action(for: key) == .quit
    }

    public mutating func resize(rows: Int, cols: Int) {
        app.resize(rows: rows, cols: cols)
        refreshWindow()
    }

    public func render() -> Grid { app.render() }

    /// Reads the people who came on screen. A window that cannot be opened (something changed
    /// under it) leaves their rows empty until the whole open is done.
    private mutating func refreshWindow() {
        let people = app.list.visiblePeople
        guard Set(people) != Set(loaded), let store = openWindow(people) else { return }
        loaded = people
        app = AppModel(store: store, rows: app.rows, cols: app.cols, status: app.status, countsRetention: false, list: app.list)
    }
}

extension AppModel {
    /// The app once the whole directory is read, carrying over what was done in the preview
    /// shown meanwhile (the search and the selection) and then handling the keys it kept.
    /// Returns nil when one of those keys quits.
    public init?(continuing preview: ListPreview, store: Store, status: StatusLine?, countsRetention: Bool = true) {
        self.init(store: store, rows: preview.app.rows, cols: preview.app.cols, status: status, countsRetention: countsRetention)
        list.carryOver(from: preview.app.list)
        layout()
        for key in preview.kept where !handle(key) { return nil }
    }
}
