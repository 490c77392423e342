import ZgodaCore

public enum RequestsIntent: Equatable, Sendable {
    case none
    case back
    /// Show the person the request is about.
    case open(ContactID)
    /// Record a new request of this type, received today, for `RequestsModel.newFor`.
    case add(RequestType)
    /// Close this request (the app asks for a note or a confirmation first).
    case close(DataSubjectRequest)
    /// `n` with no contact selected in the list: nobody to record a request for.
    case noContactSelected
    /// Extend this request's deadline (the app asks for the reason first).
    case extend(DataSubjectRequest)
}

/// The data-subject requests, oldest received first: a selection, and the type picker that
/// `n` opens to record a new request for the contact selected in the contact list.
public struct RequestsModel: Equatable, Sendable {
    public private(set) var requests: [DataSubjectRequest]
    public var navigation: ListNavigation
    /// Who `n` records a request for: the contact selected in the list when the screen opened.
    public let newFor: ContactID?
    /// The highlighted type while the picker is open; nil when it is closed.
    public private(set) var picking: Int?

    public static let types = RequestType.allCases

    public init(requests: [DataSubjectRequest], newFor: ContactID?) {
        self.requests = requests
        self.newFor = newFor
        navigation = ListNavigation(count: requests.count)
    }

    public var selected: DataSubjectRequest? {
        requests.indices.contains(navigation.selected) ? requests[navigation.selected] : nil
    }

    /// Takes the requests after a change, keeping the selected one (or selecting `select`).
    public mutating func update(requests: [DataSubjectRequest], select: String? = nil) {
        let keep = select ?? selected?.id
        self.requests = requests
        navigation.setCount(requests.count)
        if let keep, let i = requests.firstIndex(where: { $0.id == keep }) { navigation.select(i) }
    }

    public mutating func handle(_ key: Key) -> RequestsIntent {
        if let i = picking { return handlePicker(key, index: i) }
        switch action(for: key) {
        case let .scroll(s)?: s.apply(to: &navigation)
        case .back?: return .back
        case .open?: return selected.map { .open($0.contact) } ?? .none
        case .close?: return selected.map(RequestsIntent.close) ?? .none
        case .extend?: return selected.map(RequestsIntent.extend) ?? .none
        case .new?:
            if newFor == nil { return .noContactSelected }
            picking = 0
        case nil: break
        }
        return .none
    }

    private mutating func handlePicker(_ key: Key, index: Int) -> RequestsIntent {
        let n = Self.types.count
        switch key {
        case .down, .char("j"), .tab: picking = (index + 1) % n
        case .up, .char("k"), .backTab: picking = (index + n - 1) % n
        case .home: picking = 0
        case .end: picking = n - 1
        case .escape: picking = nil
        case .enter: picking = nil; return .add(Self.types[index])
        case let .char(c):
            if let d = c.wholeNumberValue, (1...n).contains(d) { picking = nil; return .add(Self.types[d - 1]) }
        default: break
        }
        return .none
    }
}

/// What a key does on the requests screen.
public enum RequestsAction: Sendable, Equatable { case scroll(ScrollAction), open, new, close, extend, back }

extension RequestsModel: KeyBound {
    private typealias R = UIText.Requests

    public var bindings: [KeyBinding<RequestsAction>] {
        if picking != nil {
            // The type picker's keys are its own; help describes them.
            return [.described("↑/↓", R.chooseType.text), .described("1-\(Self.types.count)/Enter", R.pick.text, footer: R.pick.text),
                    .described("Esc", R.cancel.text, footer: R.cancel.text)]
        }
        let move = UIText.ContactList.move.text
        return ScrollAction.bindings(RequestsAction.scroll, move: move, ends: UIText.ContactList.firstLast.text, footerMove: move) + [
            KeyBinding([.enter], "Enter", .open, R.openPersonHelp.text, footer: R.person.text),
            KeyBinding([.char("n")], "n", .new, R.newHelp.text, footer: R.new.text),
            KeyBinding([.char("c")], "c", .close, R.closeHelp.text, footer: R.close.text),
            // In help only, like `o` in the consent editor: the footer keeps the everyday keys.
            KeyBinding([.char("x")], "x", .extend, R.extendHelp.text),
            .help(),
            KeyBinding([.escape, .char("q")], "Esc", .back, R.back.text, footer: R.back.text),
            .quitAnywhere(),
        ]
    }
}
