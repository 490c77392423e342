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
        }
    }
}

/// What a key does on a contact's own screen.
public enum ContactDetailAction: Sendable, Equatable { case back, edit, consent, history, report, customerMode, anonymise, issueLink }

extension ContactDetailModel: KeyBound {
    public var bindings: [KeyBinding<ContactDetailAction>] {
        [KeyBinding([.char("e")], "e", .edit, "edit", footer: "edit"),
         KeyBinding([.char("c")], "c", .consent, "consents", footer: "consents"),
         KeyBinding([.char("r")], "r", .report, "access report (recorded)", footer: "report"),
         KeyBinding([.char("h")], "h", .history, "history", footer: "history"),
         KeyBinding([.char("f")], "f", .customerMode, "customer form", footer: "form"),
         KeyBinding([.char("L")], "L", .issueLink, "consent link for the customer's web page", footer: "link"),
         KeyBinding([.char("A")], "A", .anonymise, "anonymise", footer: "anonymise"),
         .help(),
         KeyBinding([.escape, .char("q")], "Esc", .back, "back", footer: "back"),
         .quitAnywhere()]
    }
}
