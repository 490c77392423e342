/// A named set of styles, one per role. Roles a theme file leaves out fall back to the
/// built-in default theme's style (or, for the monochrome theme, to plain text).
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: Style]
    /// False for the monochrome theme: the front then starts no colours at all.
    public var usesColor: Bool

    public init(name: String, styles: [Role: Style], usesColor: Bool = true) {
        self.name = name; self.styles = styles; self.usesColor = usesColor
    }

    public func style(_ role: Role) -> Style {
        if let s = styles[role] { return s }
        switch role {
        case .selection, .fieldFocus: return Style(attributes: .reverse)
        case .header, .dialogTitle, .customerTitle, .columnHeader: return Style(attributes: .bold)
        default: return .plain
        }
    }

    /// For `NO_COLOR`: no colours at all; selection and statuses still show through reverse,
    /// bold, underline and the badge symbols.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .selection: Style(attributes: .reverse),
        .header: Style(attributes: [.bold, .reverse]),
        .columnHeader: Style(attributes: [.bold, .underline]),
        .footer: Style(attributes: .reverse),
        .footerKey: Style(attributes: [.reverse, .bold]),
        .status: Style(attributes: .bold),
        .error: Style(attributes: [.bold, .underline]),
        .warning: Style(attributes: .bold),
        .label: Style(attributes: .bold),
        .fieldFocus: Style(attributes: .reverse),
        .field: Style(attributes: .underline),
        .dialog: Style(attributes: .reverse),
        .dialogTitle: Style(attributes: [.reverse, .bold]),
        .badgeGranted: Style(attributes: .bold),
        .badgeExpired: Style(attributes: .underline),
        .badgeOutdated: Style(attributes: .underline),
        .badgeNone: Style(attributes: .dim),
        .historyTime: Style(attributes: .dim),
        .historyKind: Style(attributes: .bold),
        .customerTitle: Style(attributes: .bold),
        .search: Style(attributes: .bold),
    ], usesColor: false)
}
