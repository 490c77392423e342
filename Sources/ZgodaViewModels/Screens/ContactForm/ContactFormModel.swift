import ZgodaCore

public enum ContactFormIntent: Equatable, Sendable {
    case none
    /// The values passed validation; the app writes them.
    case save(ContactDetails)
    /// Leave without saving (the app asks first when something was typed).
    case cancel(dirty: Bool)
}

/// The add/edit form: one line editor per field in SPEC order, the focused field, and the
/// inline errors. Nothing reaches the store unless `Validation.check` accepts the values.
public struct ContactFormModel: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case add
        case edit(ContactID)
    }

    public let mode: Mode
    public private(set) var editors: [LineEditor]
    public private(set) var focus = 0
    public private(set) var errors: [ContactField: String] = [:]
    /// A problem that belongs to no single field (e.g. the person asked to be forgotten).
    public private(set) var formError: String?
    /// The values as held when the form opened (or was last reviewed): a save writes only the
    /// fields that differ from these, and another process's change to one of them is a conflict.
    public private(set) var base: ContactDetails
    /// Per field, what another process wrote there, shown while the user reviews a conflict.
    public private(set) var theirs: [ContactField: String] = [:]

    public static let fields = ContactField.allCases

    public init(mode: Mode, details: ContactDetails = ContactDetails()) {
        self.mode = mode
        base = details
        // Every value opens at its start, so a long one shows its beginning; End goes to its end.
        editors = Self.fields.map { LineEditor(details[$0]) }
        for i in editors.indices { editors[i].handle(.home) }
    }

    public var focusedField: ContactField { Self.fields[focus] }

    /// The values as typed.
    public var details: ContactDetails {
        var d = ContactDetails()
        for (i, f) in Self.fields.enumerated() { d[f] = editors[i].text }
        return d
    }

    public var isDirty: Bool { details != base }

    /// The fields of `clean` (the checked values) that the user changed, and their values.
    public func edits(_ clean: ContactDetails) -> [ContactField: String] {
        var out: [ContactField: String] = [:]
        for f in Self.fields where clean[f] != base[f] { out[f] = clean[f] }
        return out
    }

    /// After a conflict: the form now starts from `current`. Fields the user did not touch
    /// show the new values; the ones they typed keep what they typed, with the other value
    /// shown beside them, so the next save writes over it knowingly.
    public mutating func review(current: ContactDetails, conflicts: [EditConflict.Field]) {
        for (i, f) in Self.fields.enumerated() where editors[i].text == base[f] {
            editors[i] = LineEditor(current[f])
            editors[i].handle(.home)
        }
        theirs = [:]
        for c in conflicts { theirs[c.field] = c.theirs }
        base = current
        if let first = Self.fields.firstIndex(where: { theirs[$0] != nil }) { focus = first }
    }

    public mutating func handle(_ key: Key) -> ContactFormIntent {
        switch action(for: key) {
        case .next?:
            if key == .enter && focus == Self.fields.count - 1 { return submit() }
            moveFocus(by: 1)
        case .previous?: moveFocus(by: -1)
        case .save?: return submit()
        case .cancel?: return .cancel(dirty: isDirty)
        case nil:
            if editors[focus].handle(key) {
                errors[focusedField] = nil
                formError = nil
            }
        }
        return .none
    }

    /// Moving off a field checks it at once, so a mistyped e-mail shows before Ctrl-S.
    mutating func moveFocus(by n: Int) {
        checkField(focusedField)
        focus = (focus + n + Self.fields.count) % Self.fields.count
    }

    mutating func checkField(_ f: ContactField) {
        let v = editors[Self.fields.firstIndex(of: f)!].text.trimmingCharacters(in: .whitespaces)
        switch f {
        case .email where !v.isEmpty && !Validation.isValidEmail(v):
            errors[f] = UIText.ContactForm.notAnEmail(v).text
        case .phone where !v.isEmpty && !Validation.isValidPhone(v):
            errors[f] = UIText.ContactForm.notAPhone.text
        default:
            break
        }
    }

    mutating func submit() -> ContactFormIntent {
        errors = [:]
        formError = nil
        for f in Self.fields { checkField(f) }
        if details.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { errors[.name] = UIText.ContactForm.needsName.text }
        // The form's own words first: they speak the language of the screen.
        if let first = Self.fields.firstIndex(where: { errors[$0] != nil }) {
            focus = first
            return .none
        }
        do {
            return .save(try Validation.check(details))
        } catch {
            show(error)
            return .none
        }
    }

    /// Shows a failure from validation or from the store next to its field.
    public mutating func show(_ error: any Error) {
        if case let ZgodaError.invalidValue(field, reason) = error, let f = ContactField(rawValue: field) {
            errors[f] = reason.description
            focus = Self.fields.firstIndex(of: f) ?? focus
        } else {
            formError = (error as? ZgodaError)?.description ?? String(describing: error)
        }
    }
}

/// What a key does in the contact form (every other key edits the field).
public enum ContactFormAction: Sendable, Equatable { case next, previous, save, cancel }

extension ContactFormModel: KeyBound {
    public var bindings: [KeyBinding<ContactFormAction>] {
        typealias T = UIText.ContactForm
        return [KeyBinding([.tab, .down, .enter], "Tab/↓", .next, T.next.text, footer: T.nextFooter.text),
                KeyBinding([.backTab, .up], "Shift-Tab/↑", .previous, T.previous.text, footer: T.previousFooter.text),
                .described("←/→ Home/End", T.moveInField.text),
                .described("Backspace/Delete", T.erase.text),
                .described("Ctrl-U/Ctrl-K", T.eraseToEnds.text),
                KeyBinding([.ctrl("s")], "Ctrl-S", .save, T.save.text, footer: T.save.text),
                KeyBinding([.escape], "Esc", .cancel, T.cancel.text, footer: T.cancel.text),
                .quitAnywhere(footer: true)]
    }
}
