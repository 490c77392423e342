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

    /// The three ways on, in the language of the run.
    public static var choices: [String] {
        [UIText.Welcome.loadDemo.text, UIText.Welcome.startEmpty.text, UIText.Welcome.controllerFirst.text]
    }
    /// The controller's fields, in the order of `editors`.
    public static var controllerFields: [String] {
        [UIText.Welcome.name.text, UIText.Welcome.address.text, UIText.Welcome.email.text, UIText.Welcome.dpo.text]
    }

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
        switch action(for: key) {
        case .next?: choice = (choice + 1) % 3
        case .previous?: choice = (choice + 2) % 3
        case let .pick(i)?: choice = i; return pick()
        case .go?: return pick()
        case .quit?: return .quit
        case .save?, .back?, nil: break
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
        switch action(for: key) {
        case .next?: focus = (focus + 1) % n
        case .previous?: focus = (focus + n - 1) % n
        case .go? where focus < n - 1: focus += 1
        case .go?, .save?:
            let c = DataController(name: editors[0].text, address: editors[1].text, email: editors[2].text, dpo: editors[3].text)
            if c.name.trimmingCharacters(in: .whitespaces).isEmpty { error = UIText.Welcome.needsName.text; focus = 0; return .none }
            if c.address.trimmingCharacters(in: .whitespaces).isEmpty { error = UIText.Welcome.needsAddress.text; focus = 1; return .none }
            let mail = c.email.trimmingCharacters(in: .whitespaces)
            if !mail.isEmpty && !Validation.isValidEmail(mail) { error = UIText.Welcome.notAnEmail(mail).text; focus = 2; return .none }
            return .saveController(c)
        case .back?:
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

/// What a key does on the welcome screen.
public enum WelcomeAction: Sendable, Equatable { case next, previous, pick(Int), go, save, back, quit }

extension WelcomeModel: KeyBound {
    public var bindings: [KeyBinding<WelcomeAction>] {
        typealias T = UIText.Welcome
        switch step {
        case .choose:
            return [KeyBinding(triggers: [(.down, .next), (.char("j"), .next), (.tab, .next), (.up, .previous), (.char("k"), .previous),
                                          (.backTab, .previous)], "↑/↓", T.choose.text, footer: T.choose.text),
                    KeyBinding(triggers: [(.char("1"), .pick(0)), (.char("2"), .pick(1)), (.char("3"), .pick(2))], "1/2/3", T.pick.text,
                               footer: T.pick.text),
                    KeyBinding([.enter], "Enter", .go, T.goOn.text, footer: T.goOn.text),
                    KeyBinding([.char("q")], "q", .quit, T.quit.text, footer: T.quit.text),
                    .quitAnywhere(footer: true)]
        case .controller:
            // Letters are typed here: only keys that cannot be text do anything else.
            return [KeyBinding(triggers: [(.tab, .next), (.down, .next), (.backTab, .previous), (.up, .previous)],
                               "Tab/↓ Shift-Tab/↑", T.nextPrevious.text, footer: T.nextPreviousFooter.text, footerKeys: "Tab/Shift-Tab"),
                    KeyBinding([.enter], "Enter", .go, T.enterOnField.text),
                    KeyBinding([.ctrl("s")], "Ctrl-S", .save, T.saveController.text, footer: T.save.text),
                    KeyBinding([.escape], "Esc", .back, T.backToChoices.text, footer: T.back.text),
                    .quitAnywhere(footer: true)]
        }
    }
}
