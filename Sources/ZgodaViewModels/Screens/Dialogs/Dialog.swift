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
    /// After another process changed what the open form or consent editor is saving over.
    case resolveConflict(ConflictChoice)
}

/// What to do when another process changed the same values since the editor read them.
public enum ConflictChoice: Equatable, Sendable {
    /// Save only what does not clash; their values stay.
    case keepTheirs
    /// Write these values over theirs.
    case overwrite
    /// Back to the editor, showing their values beside these.
    case review
}

/// One answer of a dialog that offers several, each on its own key.
public struct DialogChoice: Equatable, Sendable {
    public var key: Character
    public var label: String
    public var action: ConfirmAction
    public init(key: Character, label: String, action: ConfirmAction) { self.key = key; self.label = label; self.action = action }
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
    /// True when the expected answer must not be named (the operator's name in customer mode).
    public var hidesAnswer = false
    /// For a dialog of several answers: one key each; Esc cancels, Enter chooses nothing.
    public var choices: [DialogChoice] = []
    /// A line of `message` to be copied whole (a link): never wrapped inside the box. Where it
    /// is wider than the box can be, it runs across the whole width of the screen, border and
    /// all, so that selecting those rows in the terminal takes nothing but its characters.
    public var verbatim: String?
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

    /// Customer mode ends only for staff: the operator's name, typed, not shown.
    public static func leaveCustomerMode(operator name: String) -> Dialog {
        var d = Dialog(title: "Leave the customer form?",
                       message: ["Staff only: type your operator name and press Enter", "to return to the contact list."],
                       action: .leaveCustomerMode, expected: [name])
        d.hidesAnswer = true
        return d
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
        var d = Dialog(title: "Consent link \(issued.link.id) for \(name)",
                       message: ["Send this link to the customer; it opens their consent page (zgoda serve):",
                                 url,
                                 "Valid until \(ISOTime.string(issued.link.expires)) for \(issued.link.purposes.joined(separator: ", ")).",
                                 "Copy it now: it is not shown again ('zgoda link revoke \(issued.link.id)' revokes it)."],
                       action: .dismiss)
        d.verbatim = url
        return d
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

    /// Another process changed fields the form is saving; lists each with both values.
    public static func editConflict(_ c: EditConflict, name: String) -> Dialog {
        var lines = ["Since you opened the form, someone else changed \(name):"]
        for f in c.fields {
            lines.append("\(f.field.label): theirs '\(f.theirs)', yours '\(f.mine)'")
        }
        var d = Dialog(title: "Changed elsewhere", message: lines, action: .resolveConflict(.review))
        d.choices = [DialogChoice(key: "t", label: "keep theirs", action: .resolveConflict(.keepTheirs)),
                     DialogChoice(key: "o", label: "overwrite", action: .resolveConflict(.overwrite)),
                     DialogChoice(key: "r", label: "review", action: .resolveConflict(.review))]
        return d
    }

    /// Another process recorded a decision for the purpose since this one was started.
    public static func consentConflict(_ c: ConsentConflict, name: String, mine: Decision) -> Dialog {
        let theirs = c.theirs.map { "\($0.decision.rawValue) by \($0.operator) at \(ISOTime.string($0.at))" } ?? "nothing"
        var d = Dialog(title: "Changed elsewhere",
                       message: ["Since you started this decision, someone else recorded for \(name):",
                                 "\(c.purpose): \(theirs)", "Yours: \(mine.rawValue)"],
                       action: .resolveConflict(.review))
        d.choices = [DialogChoice(key: "t", label: "keep theirs", action: .resolveConflict(.keepTheirs)),
                     DialogChoice(key: "o", label: "record yours", action: .resolveConflict(.overwrite)),
                     DialogChoice(key: "r", label: "review", action: .resolveConflict(.review))]
        return d
    }

    public var hasField: Bool { expected != nil || freeText }

    public var footer: String {
        if action == .dismiss { return "Enter/Esc close" }
        if !choices.isEmpty { return (choices.map { "\($0.key) \($0.label)" } + ["Esc back"]).joined(separator: "   ") }
        return freeText ? "Enter close   Esc cancel" : expected == nil ? "y yes   n/Esc no" : "Enter confirm   Esc cancel"
    }

    public mutating func handle(_ key: Key) -> DialogIntent {
        if key == .escape { return .cancel }
        // A dialog that only tells something changes nothing: Enter closes it too.
        if action == .dismiss { return key == .enter ? .confirm(action) : .none }
        if !choices.isEmpty {
            if case let .char(c) = key, let choice = choices.first(where: { $0.key == c }) { return .confirm(choice.action) }
            return .none
        }
        if freeText {
            if key == .enter { return .confirm(action) }
            if input.handle(key) { error = nil }
            return .none
        }
        guard let expected else {
            switch key {
            // Enter is not an answer: a question that changes something needs its own key.
            case .char("y"), .char("Y"): return .confirm(action)
            case .char("n"), .char("N"), .char("q"): return .cancel
            default: return .none
            }
        }
        if key == .enter {
            if expected.contains(input.text.trimmingCharacters(in: .whitespaces)) { return .confirm(action) }
            error = hidesAnswer ? "That does not match; Esc to cancel."
                : "That does not match; type \(expected.joined(separator: " or ")), or Esc to cancel."
            return .none
        }
        if input.handle(key) { error = nil }
        return .none
    }

    /// Shows why the confirmed action failed, keeping what was typed.
    public mutating func show(_ message: String) { error = message }
}
