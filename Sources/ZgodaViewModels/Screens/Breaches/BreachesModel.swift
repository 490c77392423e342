import ZgodaCore

public enum BreachesIntent: Equatable, Sendable {
    case none
    case back
    /// Enter a breach noticed now.
    case add(description: String, people: Int, measures: String)
    /// Close this breach; `notified` means the authority was notified now.
    case close(id: String, notified: Bool, resolution: String)
    /// `c` on a breach closed already.
    case alreadyClosed(String)
}

/// The breach register (Art. 33(5)) in the order breaches were entered: a selection, and the
/// form that `a` opens to enter a breach and `c` opens to close the selected one. The form
/// stays open until the app says the store took it (`formSaved`).
public struct BreachesModel: Equatable, Sendable {
    public private(set) var breaches: [Breach]
    public var navigation: ListNavigation
    public private(set) var form: BreachForm?

    public init(breaches: [Breach]) {
        self.breaches = breaches
        navigation = ListNavigation(count: breaches.count)
    }

    public var selected: Breach? {
        breaches.indices.contains(navigation.selected) ? breaches[navigation.selected] : nil
    }

    /// True while the form's text fields have the keyboard.
    public var isTyping: Bool { form != nil }

    /// Takes the register after a change, keeping the selected breach (or selecting `select`).
    public mutating func update(breaches: [Breach], select: String? = nil) {
        let keep = select ?? selected?.id
        self.breaches = breaches
        navigation.setCount(breaches.count)
        if let keep, let i = breaches.firstIndex(where: { $0.id == keep }) { navigation.select(i) }
    }

    /// The store took what the form said: the form closes.
    public mutating func formSaved() { form = nil }

    public mutating func handle(_ key: Key) -> BreachesIntent {
        if var f = form {
            let intent = f.handle(key)
            form = f
            switch intent {
            case .none: return .none
            case .cancel: form = nil; return .none
            case .submit:
                switch f.kind {
                case .add: return .add(description: f.text(.description), people: f.people ?? 0, measures: f.text(.measures))
                case let .close(id): return .close(id: id, notified: f.notified, resolution: f.text(.resolution))
                }
            }
        }
        switch action(for: key) {
        case let .scroll(s)?: s.apply(to: &navigation)
        case .add?: form = BreachForm(.add)
        case .close?:
            guard let b = selected else { break }
            if b.closed != nil { return .alreadyClosed(b.id) }
            form = BreachForm(.close(b.id))
        case .back?: return .back
        case .form?, nil: break
        }
        return .none
    }
}

/// What a key does on the breach register.
public enum BreachesAction: Sendable, Equatable {
    case scroll(ScrollAction), add, close, back
    /// A key of the open form.
    case form(BreachFormAction)
}

extension BreachesModel: KeyBound {
    private typealias T = UIText.Breaches

    public var bindings: [KeyBinding<BreachesAction>] {
        if let f = form {
            // The form's own table, so its keys, footer and help come from one place.
            return f.bindings.map { b in
                KeyBinding(triggers: b.triggers.map { ($0.key, BreachesAction.form($0.action)) }, b.label, b.description,
                           footer: b.footer, footerKeys: b.footerKeys)
            }
        }
        let move = UIText.ContactList.move.text
        return ScrollAction.bindings(BreachesAction.scroll, move: move, ends: UIText.ContactList.firstLast.text, footerMove: move) + [
            KeyBinding([.char("a")], "a", .add, T.addHelp.text, footer: T.add.text),
            KeyBinding([.char("c")], "c", .close, T.closeHelp.text, footer: T.close.text),
            .help(),
            KeyBinding([.escape, .char("q")], "Esc", .back, T.back.text, footer: T.back.text),
            .quitAnywhere(),
        ]
    }
}
