import ZgodaCore

public enum ConsentEditorIntent: Equatable, Sendable {
    case none
    case close
    /// Record this decision now, as one journal record.
    case record(purpose: String, decision: Decision, source: ConsentSource)
}

/// The consent editor of one contact: a row per purpose; `g`/`r`/`w` choose the decision and
/// open the source picker; picking a source records the decision at once.
public struct ConsentEditorModel: Equatable, Sendable {
    public let contact: ContactID
    public private(set) var purposes: [String]
    public var navigation: ListNavigation
    /// The decision waiting for its source, while the picker is open.
    public private(set) var pending: Decision?
    public private(set) var sourceIndex = 0

    public static let sources = ConsentSource.allCases

    public init(contact: ContactID, purposes: [String]) {
        self.contact = contact
        self.purposes = purposes
        navigation = ListNavigation(count: purposes.count)
    }

    public var selectedPurpose: String? {
        purposes.indices.contains(navigation.selected) ? purposes[navigation.selected] : nil
    }

    public mutating func update(purposes: [String]) {
        let keep = selectedPurpose
        self.purposes = purposes
        navigation.setCount(purposes.count)
        if let keep, let i = purposes.firstIndex(of: keep) { navigation.select(i) }
    }

    public mutating func handle(_ key: Key) -> ConsentEditorIntent {
        if let decision = pending { return handlePicker(key, decision: decision) }
        // `g` means grant here, so only the arrows and Home/End move.
        if navigation.handle(key, letters: false) { return .none }
        switch key {
        case .char("j"): navigation.move(by: 1)
        case .char("k"): navigation.move(by: -1)
        case .char("g"): open(.granted)
        case .char("r"): open(.refused)
        case .char("w"): open(.withdrawn)
        case .escape, .char("q"): return .close
        default: break
        }
        return .none
    }

    private mutating func open(_ d: Decision) {
        guard selectedPurpose != nil else { return }
        pending = d
        sourceIndex = 0
    }

    private mutating func handlePicker(_ key: Key, decision: Decision) -> ConsentEditorIntent {
        let n = Self.sources.count
        switch key {
        case .down, .char("j"), .tab: sourceIndex = (sourceIndex + 1) % n
        case .up, .char("k"), .backTab: sourceIndex = (sourceIndex + n - 1) % n
        case .home: sourceIndex = 0
        case .end: sourceIndex = n - 1
        case .escape: pending = nil
        case .enter: return choose(sourceIndex, decision: decision)
        case let .char(c):
            if let d = c.wholeNumberValue, (1...n).contains(d) { return choose(d - 1, decision: decision) }
        default: break
        }
        return .none
    }

    private mutating func choose(_ i: Int, decision: Decision) -> ConsentEditorIntent {
        pending = nil
        guard let p = selectedPurpose else { return .none }
        return .record(purpose: p, decision: decision, source: Self.sources[i])
    }
}

extension ConsentSource {
    /// How the picker and the history name a source.
    public var label: String {
        switch self {
        case .inPerson: return "in person"
        case .phone: return "phone"
        case .email: return "e-mail"
        case .webForm: return "web form"
        case .paper: return "paper"
        case .import: return "import"
        }
    }
}
