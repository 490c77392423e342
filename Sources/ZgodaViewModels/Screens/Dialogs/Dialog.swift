import ZgodaCore

/// What a confirmed dialog goes on to do.
public enum ConfirmAction: Equatable, Sendable {
    case discardForm
    case leaveCustomerMode
    case anonymise(ContactID)
    /// Close a data-subject request, with the note typed in the dialog (if it has a field).
    case closeRequest(String)
    /// Nothing more to do: the dialog only told something.
    case dismiss
}

public enum DialogIntent: Equatable, Sendable {
    case none
    case cancel
    case confirm(ConfirmAction)
}

/// A modal question over the current screen. Enter confirms and Esc cancels; a typed
/// confirmation only confirms when the exact word (or the contact's id) was typed; a free-text
/// dialog confirms with whatever was typed (the app reads `input`).
public struct Dialog: Equatable, Sendable {
    public var title: String
    public var message: [String]
    public var action: ConfirmAction
    /// For a typed confirmation: the answers accepted; nil for a yes/no question.
    public var expected: [String]?
    /// True for a dialog asking for a line of text (e.g. a note).
    public var freeText = false
    public private(set) var input = LineEditor()
    public private(set) var error: String?

    public init(title: String, message: [String], action: ConfirmAction, expected: [String]? = nil) {
        self.title = title; self.message = message; self.action = action; self.expected = expected
    }

    public static func anonymise(_ c: Contact) -> Dialog {
        Dialog(title: "Anonymise \(c.id)?",
               message: ["This erases every personal value of \(c.name) for good:",
                         "name, e-mail, phone, notes, evidence. The history keeps that",
                         "changes happened. It cannot be undone.",
                         "Type the id \(c.id) or ANONYMISE and press Enter."],
               action: .anonymise(c.id), expected: [c.id.rawValue, "ANONYMISE"])
    }

    /// Offered when a withdrawal has left the person with no legal basis at all.
    public static func anonymiseWithoutBasis(_ c: Contact) -> Dialog {
        Dialog(title: "No legal basis remains",
               message: ["No legal basis remains for \(c.name). Anonymise now? (type ANONYMISE)",
                         "This erases every personal value for good: name, e-mail, phone,",
                         "notes, evidence. The history keeps that changes happened.",
                         "Type the id \(c.id) or ANONYMISE and press Enter; Esc keeps the data."],
               action: .anonymise(c.id), expected: [c.id.rawValue, "ANONYMISE"])
    }

    /// A consent link just issued: shown once, since only its keyed hash is kept.
    public static func consentLink(_ issued: IssuedLink, url: String, name: String) -> Dialog {
        Dialog(title: "Consent link \(issued.link.id) for \(name)",
               message: ["Send this link to the customer; it opens their consent page (zgoda serve):",
                         url,
                         "Valid until \(ISOTime.string(issued.link.expires)) for \(issued.link.purposes.joined(separator: ", ")).",
                         "Copy it now: it is not shown again ('zgoda link revoke \(issued.link.id)' revokes it)."],
               action: .dismiss)
    }

    /// Closing a request: a note of what was done (required for access and portability,
    /// which the store checks), or a plain yes/no when no note can be kept.
    public static func closeRequest(_ r: DataSubjectRequest, name: String, withNote: Bool) -> Dialog {
        let title = "Close \(r.type.rawValue) request \(r.id)?"
        guard withNote else {
            return Dialog(title: title, message: ["Request \(r.id) of \(name), due \(r.due).", "It is closed today."],
                          action: .closeRequest(r.id))
        }
        let ask: String
        switch r.type {
        case .access, .portability: ask = "What was handed over, and how?"
        default: ask = "What was done? (optional)"
        }
        var d = Dialog(title: title, message: ["Request \(r.id) of \(name), due \(r.due).", ask],
                       action: .closeRequest(r.id))
        d.freeText = true
        return d
    }

    public var hasField: Bool { expected != nil || freeText }

    public var footer: String {
        if action == .dismiss { return "Enter/Esc close" }
        return freeText ? "Enter close   Esc cancel" : expected == nil ? "y/Enter yes   n/Esc no" : "Enter confirm   Esc cancel"
    }

    public mutating func handle(_ key: Key) -> DialogIntent {
        if key == .escape { return .cancel }
        if freeText {
            if key == .enter { return .confirm(action) }
            if input.handle(key) { error = nil }
            return .none
        }
        guard let expected else {
            switch key {
            case .enter, .char("y"), .char("Y"): return .confirm(action)
            case .char("n"), .char("N"), .char("q"): return .cancel
            default: return .none
            }
        }
        if key == .enter {
            if expected.contains(input.text.trimmingCharacters(in: .whitespaces)) { return .confirm(action) }
            error = "That does not match; type \(expected.joined(separator: " or ")), or Esc to cancel."
            return .none
        }
        if input.handle(key) { error = nil }
        return .none
    }

    /// Shows why the confirmed action failed, keeping what was typed.
    public mutating func show(_ message: String) { error = message }
}
