/// What a piece of the screen is, so a theme can give it a look. The raw values are the names
/// theme files use (see docs/themes.md).
public enum Role: String, CaseIterable, Sendable, Hashable {
    case list
    case selection
    case header
    case columnHeader = "column-header"
    case footer
    case footerKey = "footer.key"
    case status
    case error
    case warning
    case detail
    case label
    case field
    case fieldFocus = "field.focus"
    case dialog
    case dialogTitle = "dialog.title"
    case help
    case historyTime = "history.time"
    case historyKind = "history.kind"
    case historyChange = "history.change"
    case badgeGranted = "badge.granted"
    case badgeRefused = "badge.refused"
    case badgeWithdrawn = "badge.withdrawn"
    case badgeExpired = "badge.expired"
    case badgeOutdated = "badge.outdated"
    case badgeNone = "badge.none"
    case customer
    case customerTitle = "customer.title"
    case search
}
