import ZgodaCore

public enum ContactDetailIntent: Equatable, Sendable {
    case none, back
    case edit(ContactID)
    case consent(ContactID)
    case history(ContactID)
    case report(ContactID)
    case customerMode(ContactID)
    case anonymise(ContactID)
    /// Issue a consent link (`zgoda link`) and show it.
    case issueLink(ContactID)
    /// Record that the person was told where their data came from (Art. 14).
    case notice(ContactID)
}

/// One contact on its own screen: every field, the consents, and the ways on from there.
public struct ContactDetailModel: Equatable, Sendable {
    public var id: ContactID

    public init(id: ContactID) { self.id = id }

    public func handle(_ key: Key) -> ContactDetailIntent {
        switch action(for: key) {
        case nil: return .none
        case .back?: return .back
        case .edit?: return .edit(id)
        case .consent?: return .consent(id)
        case .history?: return .history(id)
        case .report?: return .report(id)
        case .customerMode?: return .customerMode(id)
        case .anonymise?: return .anonymise(id)
        case .issueLink?: return .issueLink(id)
        case .notice?: return .notice(id)
        }
    }
}

/// What a key does on a contact's own screen.
public enum ContactDetailAction: Sendable, Equatable { case back, edit, consent, history, report, customerMode, anonymise, issueLink, notice }

extension ContactDetailModel: KeyBound {
    public var bindings: [KeyBinding<ContactDetailAction>] {
        typealias T = UIText.ContactDetail
        return [KeyBinding([.char("e")], "e", .edit, T.edit.text, footer: T.editFooter.text),
                KeyBinding([.char("c")], "c", .consent, T.consentsKey.text, footer: T.consentsKey.text),
                KeyBinding([.char("r")], "r", .report, T.report.text, footer: T.reportFooter.text),
                KeyBinding([.char("h")], "h", .history, T.history.text, footer: T.history.text),
                KeyBinding([.char("f")], "f", .customerMode, T.customerForm.text, footer: T.customerFormFooter.text),
                KeyBinding([.char("L")], "L", .issueLink, T.link.text, footer: T.linkFooter.text),
                KeyBinding([.char("A")], "A", .anonymise, T.anonymise.text, footer: T.anonymise.text),
                KeyBinding([.char("n")], "n", .notice, T.notice.text),
                .help(),
                KeyBinding([.escape, .char("q")], "Esc", .back, T.back.text, footer: T.back.text),
                .quitAnywhere()]
    }
}
