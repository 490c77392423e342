import ZgodaCore

public enum WelcomeIntent: Equatable, Sendable {
    case none
    case loadDemo
    case startEmpty
    case saveController(DataController)
    case quit
}

/// The first-run screen on an empty data directory: demo data, an empty start, or the data
/// controller's name and address.
public struct WelcomeModel: Equatable, Sendable {
    public enum Step: Equatable, Sendable { case choose, controller }

    public static let choices = ["Load demo data (200 people) to look around",
                                 "Start with an empty directory",
                                 "Enter the data controller's name and address first"]
    public static let controllerFields = ["Name", "Address", "E-mail", "DPO contact"]

    public private(set) var step = Step.choose
    public private(set) var choice = 0
    public private(set) var editors = Array(repeating: LineEditor(), count: 4)
    public private(set) var focus = 0
    public private(set) var error: String?

    public init() {}

    public mutating func handle(_ key: Key) -> WelcomeIntent {
        switch step {
        case .choose: return handleChoice(key)
        case .controller: return handleController(key)
        }
    }

    private mutating func handleChoice(_ key: Key) -> WelcomeIntent {
        switch key {
        case .down, .char("j"), .tab: choice = (choice + 1) % 3
        case .up, .char("k"), .backTab: choice = (choice + 2) % 3
        case .char("1"): choice = 0; return pick()
        case .char("2"): choice = 1; return pick()
        case .char("3"): choice = 2; return pick()
        case .enter: return pick()
        case .char("q"): return .quit
        default: break
        }
        return .none
    }

    private mutating func pick() -> WelcomeIntent {
        switch choice {
        case 0: return .loadDemo
        case 1: return .startEmpty
        default:
            step = .controller
            focus = 0
            return .none
        }
    }

    private mutating func handleController(_ key: Key) -> WelcomeIntent {
        let n = Self.controllerFields.count
        switch key {
        case .tab, .down: focus = (focus + 1) % n
        case .backTab, .up: focus = (focus + n - 1) % n
        case .enter where focus < n - 1: focus += 1
        case .enter, .ctrl("s"):
            let c = DataController(name: editors[0].text, address: editors[1].text, email: editors[2].text, dpo: editors[3].text)
            if c.name.trimmingCharacters(in: .whitespaces).isEmpty { error = "the data controller needs a name"; focus = 0; return .none }
            if c.address.trimmingCharacters(in: .whitespaces).isEmpty { error = "consent forms must show the controller's address"; focus = 1; return .none }
            let mail = c.email.trimmingCharacters(in: .whitespaces)
            if !mail.isEmpty && !Validation.isValidEmail(mail) { error = "'\(mail)' is not an e-mail address"; focus = 2; return .none }
            return .saveController(c)
        case .escape:
            step = .choose
            error = nil
        default:
            if editors[focus].handle(key) { error = nil }
        }
        return .none
    }

    /// Shows a failure from the store.
    public mutating func show(_ message: String) { error = message }
}
