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
        guard let action = action(for: key) else { return .none }
        switch action {
        case .leave: return .leave
        case .up: navigation.move(by: -1)
        case .down: navigation.move(by: 1)
        case .first: navigation.select(0)
        case .last: navigation.select(purposes.count - 1)
        case .yes, .no, .toggle, .submit:
            guard !submitted, let p = selectedPurpose else { return .none }
            switch action {
            case .yes: choices[p] = .granted; error = nil
            case .no: choices[p] = .refused; error = nil
            case .toggle: choices[p] = choices[p] == .granted ? .refused : .granted; error = nil
            default:
                let made = purposes.compactMap { id in choices[id].map { PurposeChoice(purpose: id, decision: $0) } }
                if made.isEmpty { error = "Please choose yes or no for at least one purpose."; return .none }
                return .submit(made)
            }
        }
        return .none
    }

    public mutating func markSubmitted() { submitted = true; error = nil }
    public mutating func show(_ message: String) { error = message }
}

/// What a key does on the customer's consent form.
public enum CustomerFormAction: Sendable, Equatable { case up, down, first, last, yes, no, toggle, submit, leave }

extension CustomerFormModel: KeyBound {
    public var bindings: [KeyBinding<CustomerFormAction>] {
        let moves = KeyBinding<CustomerFormAction>(
            triggers: [(.up, .up), (.char("k"), .up), (.backTab, .up), (.down, .down), (.char("j"), .down), (.tab, .down),
                       (.home, .first), (.end, .last)],
            "↑/↓", "choose a purpose", footer: "choose a purpose")
        // Once submitted, the answers are recorded: only reading and handing back remain.
        if submitted { return [moves, KeyBinding([.escape], "Esc", .leave, "hand back to staff", footer: "hand back to staff")] }
        return [moves,
                KeyBinding([.char("g"), .char("y")], "g", .yes, "yes, I agree", footer: "yes, I agree"),
                KeyBinding([.char("r"), .char("n")], "r", .no, "no, I do not agree", footer: "no, I do not agree"),
                KeyBinding([.char(" ")], "Space", .toggle, "change the answer", footer: "change the answer"),
                KeyBinding([.enter], "Enter", .submit, "submit", footer: "submit"),
                KeyBinding([.escape], "Esc", .leave, "hand back to staff")]
    }
}
