/// The keys of each screen: the footer shows the main ones, `?` shows them all.
public enum HelpContent {
    public typealias Binding = (keys: String, does: String)

    public static let list: [Binding] = [
        ("j/↓ k/↑", "move"), ("PgDn/PgUp", "page"), ("g/Home G/End", "first/last"),
        ("/", "search (Enter keeps, Esc clears)"), ("Enter", "open the contact"),
        ("a", "add a contact"), ("e", "edit the contact"), ("c", "consent editor"),
        ("h", "history of the contact"), ("H", "audit log of everything"), ("x", "export"),
        ("f", "consent form for the customer"), ("A", "anonymise (typed confirmation)"),
        ("?", "help"), ("Esc", "back / clear the filter"), ("q", "quit"), ("Ctrl-C", "quit"),
    ]
    public static let detail: [Binding] = [
        ("e", "edit"), ("c", "consents"), ("h", "history"), ("f", "customer form"),
        ("A", "anonymise"), ("?", "help"), ("Esc", "back"),
    ]
    public static let form: [Binding] = [
        ("Tab/↓", "next field"), ("Shift-Tab/↑", "previous field"), ("←/→ Home/End", "move in the field"),
        ("Backspace/Delete", "erase"), ("Ctrl-S", "save"), ("Esc", "cancel"), ("Ctrl-C", "quit"),
    ]
    public static let consent: [Binding] = [
        ("j/↓ k/↑", "choose a purpose"), ("g", "grant"), ("r", "refuse"), ("w", "withdraw"),
        ("1-6/Enter", "pick the source"), ("?", "help"), ("Esc", "back"),
    ]
    public static let history: [Binding] = [
        ("j/↓ k/↑", "scroll"), ("PgDn/PgUp", "page"), ("g/Home G/End", "oldest/newest"),
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
        ("j/k", "move"), ("/", "search"), ("Enter", "open"), ("a", "add"), ("e", "edit"), ("c", "consents"),
        ("h", "history"), ("H", "audit"), ("x", "export"), ("f", "form"), ("A", "anonymise"), ("?", "help"), ("q", "quit"),
    ]
    public static let historyFooter: [Binding] = [("j/k", "scroll"), ("PgDn/PgUp", "page"), ("g/G", "oldest/newest"), ("?", "help"), ("Esc", "back")]
    public static let formFooter: [Binding] = [("Tab/↓", "next"), ("Shift-Tab/↑", "previous"), ("Ctrl-S", "save"), ("Esc", "cancel"), ("Ctrl-C", "quit")]
    public static let consentFooter: [Binding] = [("j/k", "move"), ("g", "grant"), ("r", "refuse"), ("w", "withdraw"), ("?", "help"), ("Esc", "back")]
}
