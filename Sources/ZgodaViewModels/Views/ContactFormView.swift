import ZgodaCore

/// The add/edit form: a label and an input line per field, the error under the field it concerns.
public enum ContactFormView {
    public static func render(_ m: ContactFormModel, state: ZgodaState, into g: inout Grid, rect: Rect) {
        var y = rect.row + 1
        let title: String
        switch m.mode {
        case .add: title = UIText.ContactForm.newContact.text
        case let .edit(id): title = UIText.ContactForm.editContact(id).text
        }
        g.put(title, row: y, col: rect.col + 2, width: rect.width - 4, role: .customerTitle)
        y += 1
        // The form's error (a refusal, the team database out of reach) wraps and pushes the
        // fields down: it is read in full. Without one, its row stays blank.
        let formError = m.formError.map { Chrome.wrap($0, width: rect.width - 4, limit: 6) } ?? []
        for line in formError where y < rect.bottom {
            g.put(line, row: y, col: rect.col + 2, width: rect.width - 4, role: .error)
            y += 1
        }
        if formError.isEmpty { y += 1 }
        // As wide as the longest label shown (a Polish one is longer), never narrower than before.
        let labels = ContactFormModel.fields.map { $0.label + ($0 == .name ? "*" : "") }
        let labelWidth = max(10, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 1)
        let x = rect.col + 2 + labelWidth
        let fieldWidth = max(10, min(rect.width - labelWidth - 4, 70))
        for (i, f) in ContactFormModel.fields.enumerated() where y < rect.bottom {
            let focused = i == m.focus
            g.putPadded(labels[i], row: y, col: rect.col + 2, width: labelWidth, role: .label)
            let (text, cursorColumn) = m.editors[i].window(width: fieldWidth)
            g.putPadded(text, row: y, col: x, width: fieldWidth, role: focused ? .fieldFocus : .field)
            if focused { g.cursor = (y, x + cursorColumn) }
            y += 1
            let notes = [(m.errors[f], Role.error),
                         (m.theirs[f].map { UIText.ContactForm.changedElsewhere($0).text }, Role.warning)]
            for case let (text?, role) in notes {
                for (k, line) in Chrome.wrap(text, width: rect.width - x - 3, limit: 6).enumerated() where y < rect.bottom {
                    g.put((k == 0 ? "↳ " : "  ") + line, row: y, col: x, width: rect.width - x - 1, role: role)
                    y += 1
                }
            }
        }
        if y + 1 < rect.bottom {
            let hint = hint(m.focusedField)
            g.put(hint, row: y + 1, col: rect.col + 2, width: rect.width - 4, role: .detail)
        }
    }

    static func hint(_ f: ContactField) -> String {
        switch f {
        case .tags: return UIText.ContactForm.tagsHint.text
        case .email: return UIText.ContactForm.emailHint.text
        case .phone: return UIText.ContactForm.phoneHint.text
        default: return UIText.ContactForm.requiredHint.text
        }
    }
}

extension ContactFormModel: ScreenModel {
    public var screenTitle: String { (mode == .add ? UIText.App.newContactTitle : UIText.App.editContactTitle).text }
    public var helpTitle: String { UIText.App.helpContactForm.text }
    public var isTypingText: Bool { true }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) {
        ContactFormView.render(self, state: context.state, into: &g, rect: rect)
    }
}
