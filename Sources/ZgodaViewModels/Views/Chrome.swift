import Foundation
import ZgodaCore

/// The parts every screen shares: the title bar, the status line, the key footer, boxes.
enum Chrome {
    static func header(_ title: String, right: String, into g: inout Grid) {
        g.fill(Rect(row: 0, col: 0, width: g.cols, height: 1), role: .header)
        let rightWidth = min(DisplayWidth.of(right), max(0, g.cols / 2 - 1))
        let leftWidth = g.put(" " + title, row: 0, col: 0, width: g.cols - rightWidth - 2, role: .header)
        if rightWidth > 0 && leftWidth + rightWidth + 2 <= g.cols {
            g.putPadded(right, row: 0, col: g.cols - rightWidth - 1, width: rightWidth, role: .header)
        }
    }

    static func status(_ line: StatusLine?, into g: inout Grid) {
        let row = g.rows - 2
        g.fill(Rect(row: row, col: 0, width: g.cols, height: 1), role: .status)
        if let line { g.put(" " + line.text, row: row, col: 0, width: g.cols, role: line.isError ? .error : .status) }
    }

    /// The main keys, as many as fit.
    static func footer(_ bindings: [HelpContent.Binding], into g: inout Grid) {
        let row = g.rows - 1
        g.fill(Rect(row: row, col: 0, width: g.cols, height: 1), role: .footer)
        var x = 1
        for b in bindings {
            let need = DisplayWidth.of(b.keys) + 1 + DisplayWidth.of(b.does)
            if x + need > g.cols - 1 { break }
            x += g.put(b.keys, row: row, col: x, role: .footerKey)
            x += g.put(" " + b.does, row: row, col: x, role: .footer)
            x += 2
        }
    }

    /// A framed box with a title; returns the inner rectangle.
    @discardableResult
    static func box(_ r: Rect, title: String, role: Role, titleRole: Role, into g: inout Grid) -> Rect {
        g.fill(r, role: role)
        guard r.width >= 4, r.height >= 3 else { return r }
        let inner = String(repeating: "─", count: r.width - 2)
        g.put("┌" + inner + "┐", row: r.row, col: r.col, role: role)
        for y in (r.row + 1)..<(r.bottom - 1) {
            g.put("│", row: y, col: r.col, role: role)
            g.put("│", row: y, col: r.right - 1, role: role)
        }
        g.put("└" + inner + "┘", row: r.bottom - 1, col: r.col, role: role)
        if !title.isEmpty { g.put(" " + title + " ", row: r.row, col: r.col + 2, width: r.width - 4, role: titleRole) }
        return Rect(row: r.row + 1, col: r.col + 2, width: r.width - 4, height: r.height - 2)
    }

    /// A rectangle of the given size centred in the grid (clipped to it).
    static func centred(width: Int, height: Int, in g: Grid) -> Rect {
        let w = min(width, g.cols - 2), h = min(height, g.rows - 2)
        return Rect(row: (g.rows - h) / 2, col: (g.cols - w) / 2, width: w, height: h)
    }

    /// Splits text into lines of at most `width` columns at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line) }
            line = DisplayWidth.of(word) <= width ? word : DisplayWidth.truncate(word, to: width)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

/// How a consent status shows: a symbol (so it reads without colour) and a role.
public enum ConsentBadge {
    public static func symbol(_ s: ConsentStatus) -> String {
        switch s {
        case .granted: return "✓"
        case .refused: return "✗"
        case .withdrawn: return "↩"
        case .expired: return "⧗"
        case .outdated: return "~"
        case .none: return "·"
        }
    }

    public static func role(_ s: ConsentStatus) -> Role {
        switch s {
        case .granted: return .badgeGranted
        case .refused: return .badgeRefused
        case .withdrawn: return .badgeWithdrawn
        case .expired: return .badgeExpired
        case .outdated: return .badgeOutdated
        case .none: return .badgeNone
        }
    }
}

/// Dates as screens show them (UTC, like the rest of Zgoda).
enum ScreenTime {
    static func day(_ d: Date) -> String { String(ISOTime.string(d).prefix(10)) }
    static func minute(_ d: Date) -> String {
        let s = ISOTime.string(d)
        return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(5))
    }
}
