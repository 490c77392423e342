import ZgodaCore

public enum BreachFormIntent: Equatable, Sendable {
    case none
    case cancel
    /// Enter on the last field, or Ctrl-S: what was typed goes to the store.
    case submit
}

/// The dialog over the breach register that enters a breach (what happened, how many people,
/// what was done; noticed now) or closes one (was Prezes UODO notified now, and the
/// resolution). Tab/↓ and Shift-Tab/↑ move between fields, Enter goes on and saves on the
/// last one, Ctrl-S saves, Esc cancels; Space or ←/→ answer the yes/no question.
public struct BreachForm: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case add
        /// Closing the breach with this id.
        case close(String)
    }

    public enum Field: Equatable, Sendable, Hashable { case description, people, measures, notified, resolution }

    public let kind: Kind
    public let fields: [Field]
    public private(set) var focus = 0
    public private(set) var editors: [Field: LineEditor] = [:]
    /// For closing: true when the authority was notified (now).
    public private(set) var notified = false
    /// Why the typed values were not taken (the people count is not a number).
    public private(set) var error: String?

    public init(_ kind: Kind) {
        self.kind = kind
        switch kind {
        case .add: fields = [.description, .people, .measures]
        case .close: fields = [.notified, .resolution]
        }
    }

    public var focused: Field { fields[focus] }
    public func text(_ f: Field) -> String { editors[f]?.text ?? "" }
    public func editor(_ f: Field) -> LineEditor { editors[f] ?? LineEditor() }

    /// The people count as typed, when it is a whole number.
    public var people: Int? { Int(text(.people).trimmingCharacters(in: .whitespaces)) }

    /// A key from its binding table, or typed into the focused field.
    public mutating func handle(_ key: Key) -> BreachFormIntent {
        if let a = action(for: key) { return perform(a) }
        if focused != .notified {
            var e = editor(focused)
            if e.handle(key) { editors[focused] = e; error = nil }
        }
        return .none
    }

    public mutating func perform(_ a: BreachFormAction) -> BreachFormIntent {
        switch a {
        case .cancel: return .cancel
        case .save: return submit()
        case .next: focus = (focus + 1) % fields.count
        case .previous: focus = (focus + fields.count - 1) % fields.count
        case .enter:
            if focus == fields.count - 1 { return submit() }
            focus += 1
        case .toggle: notified.toggle()
        case let .answer(yes): notified = yes
        }
        return .none
    }

    private mutating func submit() -> BreachFormIntent {
        if kind == .add && people == nil {
            error = UIText.Breaches.notANumber(text(.people)).text
            focus = fields.firstIndex(of: .people) ?? focus
            return .none
        }
        return .submit
    }
}

/// What a key does in the breach form.
public enum BreachFormAction: Sendable, Equatable { case next, previous, enter, save, cancel, toggle, answer(Bool) }

extension BreachForm: KeyBound {
    public var bindings: [KeyBinding<BreachFormAction>] {
        typealias T = UIText.Breaches
        // Letters are typed into the fields: only keys that cannot be text do anything else,
        // except on the yes/no question, which takes no text.
        var table: [KeyBinding<BreachFormAction>] = [
            KeyBinding(triggers: [(.tab, .next), (.down, .next), (.backTab, .previous), (.up, .previous)],
                       "Tab/↓ Shift-Tab/↑", T.nextPrevious.text, footer: T.next.text, footerKeys: "Tab"),
            KeyBinding([.enter], "Enter", .enter, T.enterHelp.text),
            KeyBinding([.ctrl("s")], "Ctrl-S", .save, T.saveHelp.text, footer: T.save.text),
        ]
        if focused == .notified {
            table.append(KeyBinding(triggers: [(.char(" "), .toggle), (.left, .toggle), (.right, .toggle), (.char("y"), .answer(true)),
                                               (.char("t"), .answer(true)), (.char("n"), .answer(false))],
                                    "Space ←/→ y/n", T.answerYesNo.text, footer: T.answer.text, footerKeys: "Space"))
        }
        return table + [KeyBinding([.escape], "Esc", .cancel, T.cancel.text, footer: T.cancel.text), .quitAnywhere()]
    }
}
