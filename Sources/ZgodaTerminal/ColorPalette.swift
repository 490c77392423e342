import CNcursesw
import ZgodaViewModels

/// A theme turned into ncurses colour pairs and attributes, one pair per role.
struct ColorPalette {
    private var attrs: [Role: attr_t] = [:]
    private var pairs: [Role: Int16] = [:]

    init(theme: Theme, colors: Bool) {
        let available = Int(zg_colors())
        for (i, role) in Role.allCases.enumerated() {
            let style = theme.style(role)
            var a: attr_t = zg_a_normal()
            var extraBold = false
            if colors {
                let fg = Self.number(style.fg, available: available, brightAsBold: &extraBold)
                var ignored = false
                let bg = Self.number(style.bg, available: available, brightAsBold: &ignored)
                let pair = Int16(i + 1)
                if Int(pair) < Int(zg_color_pairs()), init_pair(pair, fg, bg) == OK { pairs[role] = pair }
            }
            if style.attributes.contains(.bold) || extraBold { a |= zg_a_bold() }
            if style.attributes.contains(.reverse) { a |= zg_a_reverse() }
            if style.attributes.contains(.underline) { a |= zg_a_underline() }
            if style.attributes.contains(.dim) { a |= zg_a_dim() }
            attrs[role] = a
        }
    }

    func attributes(_ role: Role) -> attr_t { attrs[role] ?? zg_a_normal() }
    func pair(_ role: Role) -> Int16 { pairs[role] ?? 0 }

    /// Palette number for ncurses; bright colours on an 8-colour terminal become bold.
    static func number(_ c: Color, available: Int, brightAsBold: inout Bool) -> Int16 {
        switch c {
        case .terminalDefault: return -1
        case let .index(i):
            if i < available { return Int16(i) }
            if i >= 8 && i < 16 { brightAsBold = true; return Int16(i - 8) }
            return Int16(i % max(1, min(available, 8)))
        }
    }
}
