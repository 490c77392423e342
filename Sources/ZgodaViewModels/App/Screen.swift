/// A screen stacked over the contact list.
public enum Screen: Equatable, Sendable {
    case welcome(WelcomeModel)
    case detail(ContactDetailModel)
    case form(ContactFormModel)
    case consent(ConsentEditorModel)
    case history(HistoryModel)
    case customer(CustomerFormModel)
    case requests(RequestsModel)
    case report(ReportModel)
    /// The record of processing activities (Art. 30), in the same pager as the access report.
    case register(ReportModel)
    case breaches(BreachesModel)
}

/// The line above the footer: what just happened.
public struct StatusLine: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}
