import ZgodaCore

/// What a confirmed dialog goes on to do.
public enum ConfirmAction: Equatable, Sendable {
    case discardForm
    case leaveCustomerMode
    case anonymise(ContactID)
}

public enum DialogIntent: Equatable, Sendable {
    case none
    case cancel
    case confirm(ConfirmAction)
}

/// A modal question over the current screen. Enter confirms and Esc cancels; a typed
/// confirmation only confirms when the exact word (or the contact's id) was typed.
public struct Dialog: Equatable, Sendable {
    public var title: String
    public var message: [String]
    public var action: ConfirmAction
    /// For a typed confirmation: the answers accepted; nil for a yes/no question.
    public var expected: [String]?
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

    public var footer: String {
        expected == nil ? "y/Enter yes   n/Esc no" : "Enter confirm   Esc cancel"
    }

    public mutating func handle(_ key: Key) -> DialogIntent {
        if key == .escape { return .cancel }
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
}
