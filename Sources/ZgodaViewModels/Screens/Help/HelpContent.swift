import ZgodaCore

/// The keys of each screen: the footer shows the main ones, `?` shows them all.
public enum HelpContent {
    public typealias Binding = (keys: String, does: String)

    public static let list: [Binding] = [
        ("j/↓ k/↑", "move"), ("PgDn/PgUp", "page"), ("g/Home G/End", "first/last"),
        ("/", "search (Enter keeps, Esc clears)"), ("Enter", "open the contact"),
        ("a", "add a contact"), ("e", "edit the contact"), ("c", "consent editor"),
        ("r", "access report of the contact (recorded)"), ("R", "data-subject requests"),
        ("h", "history of the contact"), ("H", "audit log of everything"),
        ("I", "import contacts from a file"), ("x", "export"),
        ("f", "consent form for the customer"), ("A", "anonymise (typed confirmation)"),
        ("?", "help"), ("Esc", "back / clear the filter"), ("q", "quit"), ("Ctrl-C", "quit"),
    ]
    public static let detail: [Binding] = [
        ("e", "edit"), ("c", "consents"), ("r", "access report (recorded)"), ("h", "history"),
        ("f", "customer form"), ("L", "consent link for the customer's web page"), ("A", "anonymise"),
        ("?", "help"), ("Esc", "back"),
    ]
    public static let form: [Binding] = [
        ("Tab/↓", "next field"), ("Shift-Tab/↑", "previous field"), ("←/→ Home/End", "move in the field"),
        ("Backspace/Delete", "erase"), ("Ctrl-S", "save"), ("Esc", "cancel"), ("Ctrl-C", "quit"),
    ]
    public static let consent: [Binding] = [
        ("j/↓ k/↑", "choose a purpose"), ("g", "grant"), ("r", "refuse"), ("w", "withdraw"),
        ("1-6/Enter", "pick the source"), ("Enter", "evidence (optional), then expiry for a grant"),
        ("?", "help"), ("Esc", "cancel the decision, or back"),
    ]
    public static let history: [Binding] = [
        ("j/↓ k/↑", "scroll"), ("PgDn/PgUp", "page"), ("g/Home G/End", "oldest/newest"),
        ("?", "help"), ("Esc", "back"),
    ]
    public static let requests: [Binding] = [
        ("j/↓ k/↑", "move"), ("PgDn/PgUp", "page"), ("g/Home G/End", "first/last"),
        ("Enter", "open the person"), ("n", "new request for the contact selected in the list"),
        ("c", "close the request (with a note of what was done)"), ("?", "help"), ("Esc", "back"),
    ]
    public static let report: [Binding] = [
        ("j/↓ k/↑", "scroll"), ("PgDn/PgUp Space", "page"), ("g/Home G/End", "start/end"),
        ("?", "help"), ("Esc", "back"),
    ]
    public static let customer: [Binding] = [
        ("↑/↓", "choose a purpose"), ("g", "yes, I agree"), ("r", "no, I do not agree"),
        ("Space", "change the answer"), ("Enter", "submit"), ("Esc", "hand back to staff"),
    ]
    public static let welcome: [Binding] = [
        ("↑/↓", "choose"), ("1/2/3", "pick"), ("Enter", "go on"), ("q", "quit"), ("Ctrl-C", "quit"),
    ]
    public static let dialog: [Binding] = [("Enter/y", "yes"), ("Esc/n", "no")]

    /// The footer of the contact list: the main keys in few words.
    public static let listFooter: [Binding] = [
        ("/", "search"), ("Enter", "open"), ("a", "add"), ("e", "edit"), ("c", "consents"), ("r", "report"),
        ("R", "requests"), ("I", "import"), ("x", "export"), ("h", "history"), ("H", "audit"), ("f", "form"),
        ("A", "anonymise"), ("?", "help"), ("q", "quit"),
    ]
    public static let detailFooter: [Binding] = [
        ("e", "edit"), ("c", "consents"), ("r", "report"), ("h", "history"), ("f", "form"),
        ("A", "anonymise"), ("?", "help"), ("Esc", "back"),
    ]
    public static let historyFooter: [Binding] = [("j/k", "scroll"), ("PgDn/PgUp", "page"), ("g/G", "oldest/newest"), ("?", "help"), ("Esc", "back")]
    public static let formFooter: [Binding] = [("Tab/↓", "next"), ("Shift-Tab/↑", "previous"), ("Ctrl-S", "save"), ("Esc", "cancel"), ("Ctrl-C", "quit")]
    public static let consentFooter: [Binding] = [("j/k", "move"), ("g", "grant"), ("r", "refuse"), ("w", "withdraw"), ("?", "help"), ("Esc", "back")]
    public static let requestsFooter: [Binding] = [("j/k", "move"), ("Enter", "person"), ("n", "new"), ("c", "close"), ("?", "help"), ("Esc", "back")]
    public static let reportFooter: [Binding] = [("j/k", "scroll"), ("PgDn/PgUp", "page"), ("g/G", "start/end"), ("?", "help"), ("Esc", "back")]

    /// What the contact list's columns and marks mean, for the help overlay.
    public static func listLegend(_ state: ZgodaState) -> [Binding] {
        let ids = Array(state.purposes.keys)
        var out: [Binding] = [("", ""), ("", "Consent columns")]
        for (id, code) in zip(ids, PurposeCodes.codes(for: ids)) {
            out.append((code, state.purposes[id]?.title ?? id))
        }
        out += [
            ("✓ ✗ ↩", "granted, refused, withdrawn"), ("⧗ ~ ·", "expired, outdated (older wording), none"),
            (RetentionMark.symbol, "past retention: no legal basis, kept too long"),
        ]
        return out
    }
}
