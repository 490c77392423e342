import ZgodaCore

public enum CustomerFormIntent: Equatable, Sendable {
    case none
    /// The customer's decisions, in catalogue order, for the purposes they decided.
    case submit([PurposeChoice])
    /// The customer (or staff) wants out; the app asks for confirmation first.
    case leave
}

public struct PurposeChoice: Equatable, Sendable {
    public var purpose: String
    public var decision: Decision
    public init(purpose: String, decision: Decision) { self.purpose = purpose; self.decision = decision }
}

/// Customer mode: a plain-language consent form the customer fills in themselves.
/// ↑/↓ choose a purpose, `g` yes, `r` no, space toggles, Enter submits.
public struct CustomerFormModel: Equatable, Sendable {
    public let contact: ContactID
    public let purposes: [String]
    public private(set) var choices: [String: Decision] = [:]
    public var navigation: ListNavigation
    public private(set) var submitted = false
    public private(set) var error: String?

    public init(contact: ContactID, purposes: [String]) {
        self.contact = contact
        self.purposes = purposes
        navigation = ListNavigation(count: purposes.count)
    }

    public var selectedPurpose: String? {
        purposes.indices.contains(navigation.selected) ? purposes[navigation.selected] : nil
    }

    public mutating func handle(_ key: Key) -> CustomerFormIntent {
        switch key {
        case .escape: return .leave
        case .up, .char("k"), .backTab: navigation.move(by: -1)
        case .down, .char("j"), .tab: navigation.move(by: 1)
        case .home: navigation.select(0)
        case .end: navigation.select(purposes.count - 1)
        default:
            if submitted { return .none }
            guard let p = selectedPurpose else { return .none }
            switch key {
            case .char("g"), .char("y"): choices[p] = .granted; error = nil
            case .char("r"), .char("n"): choices[p] = .refused; error = nil
            case .char(" "):
                choices[p] = choices[p] == .granted ? .refused : .granted
                error = nil
            case .enter:
                let made = purposes.compactMap { id in choices[id].map { PurposeChoice(purpose: id, decision: $0) } }
                if made.isEmpty { error = "Please choose yes or no for at least one purpose."; return .none }
                return .submit(made)
            default: break
            }
        }
        return .none
    }

    public mutating func markSubmitted() { submitted = true; error = nil }
    public mutating func show(_ message: String) { error = message }
}
