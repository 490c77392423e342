/// One line of a screen's keys: the keys that trigger it and what each does, how `?` help
/// describes them and, for a main key, how the footer names it. A screen's table of these is
/// the one source of its key handling, its footer and its help, so the three cannot drift.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// Each key and what it does here; several on one line when help describes them together
    /// ("j/↓ k/↑ move"). Empty for what the app handles on every screen (`?`, Ctrl-C) and for
    /// what help only describes (typing into a field).
    public var triggers: [(key: Key, action: Action)]
    /// How help and the footer show the keys, e.g. "j/↓ k/↑".
    public var label: String
    public var description: String
    /// The footer's short name for it; nil when it is only in the help.
    public var footer: String?
    /// The keys as the footer shows them, when shorter than `label` ("j/k").
    public var footerKeys: String?

    /// Keys that all do one thing.
    public init(_ keys: [Key], _ label: String, _ action: Action, _ description: String, footer: String? = nil, footerKeys: String? = nil) {
        self.init(triggers: keys.map { ($0, action) }, label, description, footer: footer, footerKeys: footerKeys)
    }

    public init(triggers: [(key: Key, action: Action)], _ label: String, _ description: String, footer: String? = nil,
                footerKeys: String? = nil) {
        self.triggers = triggers; self.label = label; self.description = description; self.footer = footer
        self.footerKeys = footerKeys
    }

    /// A line of help (and maybe the footer) for keys handled elsewhere.
    public static func described(_ label: String, _ description: String, footer: String? = nil, footerKeys: String? = nil) -> KeyBinding {
        KeyBinding(triggers: [], label, description, footer: footer, footerKeys: footerKeys)
    }

    /// `?`, handled by the app on every screen.
    public static func help(footer: Bool = true) -> KeyBinding {
        described("?", UIText.App.help.text, footer: footer ? UIText.App.help.text : nil)
    }

    /// Ctrl-C, handled by the app on every screen.
    public static func quitAnywhere(footer: Bool = false) -> KeyBinding {
        described("Ctrl-C", UIText.App.quit.text, footer: footer ? UIText.App.quit.text : nil)
    }
}

/// A screen that names its keys in a binding table.
public protocol KeyBound {
    associatedtype Action: Sendable
    /// The keys as they are now (a screen in another step has other keys).
    var bindings: [KeyBinding<Action>] { get }
}

extension KeyBound {
    /// The action `key` triggers here, if any.
    public func action(for key: Key) -> Action? {
        for b in bindings { if let t = b.triggers.first(where: { $0.key == key }) { return t.action } }
        return nil
    }

    /// Every key, as `?` lists them.
    public var helpEntries: [HelpContent.Binding] { bindings.map { ($0.label, $0.description) } }

    /// The main keys, as the footer shows them.
    public var footerEntries: [HelpContent.Binding] { bindings.compactMap { b in b.footer.map { (b.footerKeys ?? b.label, $0) } } }
}

/// Moves of a list, shared by the screens with a selection.
public enum ScrollAction: Sendable, Equatable {
    case down, up, pageDown, pageUp, first, last

    /// The three lines every list has: j/k, pages, ends. `letters: false` where g means something else.
    static func bindings<A>(_ wrap: (ScrollAction) -> A, move: String, ends: String, letters: Bool = true,
                            footerMove: String? = nil, footerPage: String? = nil, footerEnds: String? = nil) -> [KeyBinding<A>] {
        let short = letters ? "j/k" : nil, shortEnds = letters ? "g/G" : nil
        let moves: [(key: Key, action: A)] = letters
            ? [(.char("j"), wrap(.down)), (.down, wrap(.down)), (.char("k"), wrap(.up)), (.up, wrap(.up))]
            : [(.down, wrap(.down)), (.up, wrap(.up))]
        let endKeys: [(key: Key, action: A)] = letters
            ? [(.char("g"), wrap(.first)), (.home, wrap(.first)), (.char("G"), wrap(.last)), (.end, wrap(.last))]
            : [(.home, wrap(.first)), (.end, wrap(.last))]
        return [
            KeyBinding(triggers: moves, letters ? "j/↓ k/↑" : "↑/↓", move, footer: footerMove, footerKeys: short),
            KeyBinding(triggers: [(.pageDown, wrap(.pageDown)), (.pageUp, wrap(.pageUp))], "PgDn/PgUp", UIText.Requests.page.text, footer: footerPage),
            KeyBinding(triggers: endKeys, letters ? "g/Home G/End" : "Home/End", ends, footer: footerEnds, footerKeys: shortEnds),
        ]
    }

    func apply(to n: inout ListNavigation) {
        switch self {
        case .down: n.move(by: 1)
        case .up: n.move(by: -1)
        case .pageDown: n.move(by: max(1, n.visibleRows - 1))
        case .pageUp: n.move(by: -max(1, n.visibleRows - 1))
        case .first: n.select(0)
        case .last: n.select(n.count - 1)
        }
    }
}
