import Foundation
import ZgodaCore

public enum ConsentEditorIntent: Equatable, Sendable {
    case none
    case close
    /// Record this decision now, as one journal record.
    case record(purpose: String, decision: Decision, source: ConsentSource, evidence: String?, expires: Day?)
    /// The key asked for a decision that cannot follow the current one; the text says why.
    case refused(String)
}

/// The consent editor of one contact: a row per purpose; `g`/`r`/`w`/`o` choose the decision and
/// open the source picker; after the source, an optional line of evidence and, for a grant,
/// an optional expiry date (YYYY-MM-DD). Enter on an empty field goes on, so the fast path is
/// `g`, a source number, Enter, Enter. Esc anywhere in between drops the whole decision.
public struct ConsentEditorModel: Equatable, Sendable {
    /// Where a decision is while it is being made.
    public enum Step: Equatable, Sendable { case source, evidence, expiry }

    public let contact: ContactID
    public private(set) var purposes: [String]
    /// The purposes as the catalogue holds them, so a decision their legal basis does not take
    /// (an objection to a consent purpose) is refused before a source is asked for.
    public private(set) var catalogue: [String: Purpose]
    public var navigation: ListNavigation
    /// The decision being made, while the picker or its fields are open.
    public private(set) var pending: Decision?
    public private(set) var step = Step.source
    public private(set) var sourceIndex = 0
    public private(set) var evidence = LineEditor()
    public private(set) var expiry = LineEditor()
    public private(set) var expiryError: String?
    /// Expiry dates must be after this day.
    public let today: Day
    /// The contact's latest decision per purpose, as the store holds it now.
    public private(set) var latest: [String: ConsentDecision]
    /// The latest decision for the purpose when the current (or last) decision was started:
    /// if another process records one before this one is saved, the app asks what to do.
    public private(set) var startedWith: ConsentDecision?

    public static let sources = ConsentSource.allCases

    public init(contact: ContactID, purposes: [String], today: Day, latest: [String: ConsentDecision] = [:],
                catalogue: [String: Purpose] = [:]) {
        self.contact = contact
        self.purposes = purposes
        self.catalogue = catalogue
        self.today = today
        self.latest = latest
        navigation = ListNavigation(count: purposes.count)
    }

    public var selectedPurpose: String? {
        purposes.indices.contains(navigation.selected) ? purposes[navigation.selected] : nil
    }

    public var source: ConsentSource { Self.sources[sourceIndex] }

    /// True while a text field has the keyboard.
    public var isTyping: Bool { pending != nil && step != .source }

    public mutating func update(purposes: [String], latest: [String: ConsentDecision], catalogue: [String: Purpose]? = nil) {
        let keep = selectedPurpose
        self.purposes = purposes
        if let catalogue { self.catalogue = catalogue }
        self.latest = latest
        navigation.setCount(purposes.count)
        if let keep, let i = purposes.firstIndex(of: keep) { navigation.select(i) }
    }

    public mutating func handle(_ key: Key) -> ConsentEditorIntent {
        if let decision = pending {
            switch step {
            case .source: return handlePicker(key, decision: decision)
            case .evidence, .expiry: return handleFields(key, decision: decision)
            }
        }
        switch action(for: key) {
        case let .scroll(s)?: s.apply(to: &navigation)
        case let .decide(d)?:
            guard let p = selectedPurpose else { break }
            if d == .withdrawn, let problem = ConsentSequence.problem(recording: .withdrawn, after: latest[p], purpose: p, contact: contact) {
                return .refused(problem.description)
            }
            // An objection is only to legitimate interest (Art. 21); the core says why not.
            if d == .objected, let purpose = catalogue[p], let problem = purpose.refusal(recording: d) {
                return .refused(problem.description)
            }
            open(d)
        case .back?: return .close
        case nil: break
        }
        return .none
    }

    private mutating func open(_ d: Decision) {
        guard let p = selectedPurpose else { return }
        pending = d
        startedWith = latest[p]
        step = .source
        sourceIndex = 0
        evidence = LineEditor()
        expiry = LineEditor()
        expiryError = nil
    }

    private mutating func cancel() {
        pending = nil
        step = .source
    }

    private mutating func handlePicker(_ key: Key, decision: Decision) -> ConsentEditorIntent {
        let n = Self.sources.count
        switch key {
        case .down, .char("j"), .tab: sourceIndex = (sourceIndex + 1) % n
        case .up, .char("k"), .backTab: sourceIndex = (sourceIndex + n - 1) % n
        case .home: sourceIndex = 0
        case .end: sourceIndex = n - 1
        case .escape: cancel()
        case .enter: step = .evidence
        case let .char(c):
            if let d = c.wholeNumberValue, (1...n).contains(d) {
                sourceIndex = d - 1
                step = .evidence
            }
        default: break
        }
        return .none
    }

    private mutating func handleFields(_ key: Key, decision: Decision) -> ConsentEditorIntent {
        let hasExpiry = decision == .granted
        switch key {
        case .escape:
            cancel()
        case .enter where step == .evidence && hasExpiry, .tab where step == .evidence && hasExpiry, .down where step == .evidence && hasExpiry:
            step = .expiry
        case .backTab where step == .expiry, .up where step == .expiry:
            step = .evidence
        case .enter:
            return finish(decision)
        default:
            if step == .evidence {
                evidence.handle(key)
            } else if expiry.handle(key) {
                expiryError = nil
            }
        }
        return .none
    }

    /// The decision, once the expiry (if any) is a date after today.
    private mutating func finish(_ decision: Decision) -> ConsentEditorIntent {
        guard let p = selectedPurpose else { cancel(); return .none }
        var expires: Day?
        let typed = expiry.text.trimmingCharacters(in: .whitespaces)
        if decision == .granted && !typed.isEmpty {
            guard let day = Day(parsing: typed) else {
                expiryError = UIText.ConsentEditor.notADate(typed).text
                step = .expiry
                return .none
            }
            guard day > today else {
                expiryError = UIText.ConsentEditor.notAfterToday(today).text
                step = .expiry
                return .none
            }
            expires = day
        }
        let text = evidence.text.trimmingCharacters(in: .whitespaces)
        cancel()
        return .record(purpose: p, decision: decision, source: source, evidence: text.isEmpty ? nil : text, expires: expires)
    }
}

extension ConsentSource {
    /// How the picker and the history name a source.
    public var label: String {
        CoreText.Labels.source(self).text
    }
}

/// What a key does in the consent editor's list of purposes.
public enum ConsentEditorAction: Sendable, Equatable { case scroll(ScrollAction), decide(Decision), back }

extension ConsentEditorModel: KeyBound {
    public var bindings: [KeyBinding<ConsentEditorAction>] {
        typealias T = UIText.ConsentEditor
        if pending != nil {
            // The source picker and the fields: what help says about them.
            return [.described("1-6/Enter", T.pickSource.text, footer: T.pick.text),
                    .described("Enter", T.fieldsHelp.text),
                    .described("Esc", T.cancelDecision.text, footer: T.cancel.text)]
        }
        // `g` means grant here, so only the arrows (and j/k) move; Home/End go to the ends.
        let moves = KeyBinding<ConsentEditorAction>(
            triggers: [(.char("j"), .scroll(.down)), (.down, .scroll(.down)), (.char("k"), .scroll(.up)), (.up, .scroll(.up)),
                       (.pageDown, .scroll(.pageDown)), (.pageUp, .scroll(.pageUp)), (.home, .scroll(.first)), (.end, .scroll(.last))],
            "j/↓ k/↑", T.choosePurpose.text, footer: T.move.text, footerKeys: "j/k")
        return [moves,
                KeyBinding([.char("g")], "g", .decide(.granted), T.grant.text, footer: T.grantFooter.text),
                KeyBinding([.char("r")], "r", .decide(.refused), T.refuse.text, footer: T.refuseFooter.text),
                KeyBinding([.char("w")], "w", .decide(.withdrawn), T.withdraw.text, footer: T.withdrawFooter.text),
                // In help only: the footer keeps the three consent decisions most people need.
                KeyBinding([.char("o")], "o", .decide(.objected), T.object.text),
                .described("1-6/Enter", T.pickSource.text),
                .described("Enter", T.fieldsHelp.text),
                .help(),
                KeyBinding([.escape, .char("q")], "Esc", .back, T.cancelOrBack.text, footer: T.back.text),
                .quitAnywhere()]
    }
}
