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
                if made.isEmpty { error = UIText.CustomerForm.chooseSomething.text; return .none }
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
        typealias T = UIText.CustomerForm
        let moves = KeyBinding<CustomerFormAction>(
            triggers: [(.up, .up), (.char("k"), .up), (.backTab, .up), (.down, .down), (.char("j"), .down), (.tab, .down),
                       (.home, .first), (.end, .last)],
            "↑/↓", T.choosePurpose.text, footer: T.choosePurpose.text)
        // Once submitted, the answers are recorded: only reading and handing back remain.
        if submitted { return [moves, KeyBinding([.escape], "Esc", .leave, T.handBackKey.text, footer: T.handBackKey.text)] }
        return [moves,
                KeyBinding([.char("g"), .char("y")], "g", .yes, T.agree.text, footer: T.agree.text),
                KeyBinding([.char("r"), .char("n")], "r", .no, T.disagree.text, footer: T.disagree.text),
                KeyBinding([.char(" ")], "Space", .toggle, T.change.text, footer: T.change.text),
                KeyBinding([.enter], "Enter", .submit, T.submit.text, footer: T.submit.text),
                KeyBinding([.escape], "Esc", .leave, T.handBackKey.text)]
    }
}
