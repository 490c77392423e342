import Foundation
import ZgodaCore

/// The parts every screen shares: the title bar, the status line, the key footer, boxes.
enum Chrome {
    /// A row of a picker with its selection marker: the choice shows in the text itself, so
    /// it stays visible when reverse video is all a terminal (or `NO_COLOR`) has.
    static func marked(_ text: String, selected: Bool) -> String { (selected ? "▸ " : "  ") + text }

    /// The title on the left; on the right a notice (open requests) and then the controller's
    /// name, which gives way first when space runs short.
    static func header(_ title: String, notice: Notice? = nil, right: String, into g: inout Grid) {
        g.fill(Rect(row: 0, col: 0, width: g.cols, height: 1), role: .header)
        // The title (with the contact count) comes first; the right side has what is left.
        let titleWidth = DisplayWidth.of(" " + title, upTo: g.cols)
        let budget = max(0, min(g.cols / 2 - 1, g.cols - titleWidth - 4))
        let noticeWidth = notice.map { min(DisplayWidth.of($0.text, upTo: budget), budget) } ?? 0
        var rightWidth = min(DisplayWidth.of(right, upTo: budget), max(0, budget - (noticeWidth > 0 ? noticeWidth + 3 : 0)))
        if noticeWidth > 0 && rightWidth < 8 { rightWidth = 0 }
        let total = noticeWidth + rightWidth + (noticeWidth > 0 && rightWidth > 0 ? 3 : 0)
        let leftWidth = g.put(" " + title, row: 0, col: 0, width: g.cols - total - 2, role: .header)
        guard total > 0, leftWidth + total + 2 <= g.cols else { return }
        var x = g.cols - total - 1
        if let notice, noticeWidth > 0 {
            g.putPadded(notice.text, row: 0, col: x, width: noticeWidth, role: notice.role)
            x += noticeWidth
            if rightWidth > 0 { g.put(" · ", row: 0, col: x, role: .header); x += 3 }
        }
        if rightWidth > 0 { g.putPadded(right, row: 0, col: x, width: rightWidth, role: .header) }
    }

    /// Something the header points out on every screen, in its own role.
    struct Notice: Equatable {
        var text: String
        var role: Role
    }

    /// "2 requests open, 1 overdue" (overdue in the error role), or nil when none is open.
    static func requestNotice(_ s: RequestSummary) -> Notice? {
        guard s.open > 0 else { return nil }
        var text = UIText.App.openRequests.count(s.open)
        if s.overdue > 0 { text += ", " + UIText.App.overdue(s.overdue).text }
        return Notice(text: text, role: s.overdue > 0 ? .error : .header)
    }

    /// The status line; a message longer than the row wraps upward over the body (up to half
    /// of it), so a receipt, a path or an error is read in full.
    static func status(_ line: StatusLine?, into g: inout Grid) {
        statusLines(line, bottomRow: g.rows - 2, into: &g)
    }

    /// A standing warning on the status line, in the warning role, cut to the row.
    static func warning(_ text: String, into g: inout Grid) {
        let row = g.rows - 2
        g.fill(Rect(row: row, col: 0, width: g.cols, height: 1), role: .status)
        g.put(" " + text, row: row, col: 0, width: g.cols, role: .warning)
    }

    /// Draws `line` wrapped, its last row at `bottomRow`; returns the rows it took.
    @discardableResult
    static func statusLines(_ line: StatusLine?, bottomRow: Int, into g: inout Grid) -> Int {
        guard let line else {
            g.fill(Rect(row: bottomRow, col: 0, width: g.cols, height: 1), role: .status)
            return 1
        }
        let lines = wrap(line.text, width: g.cols - 2, limit: max(1, (g.rows - 3) / 2))
        let first = bottomRow - max(1, lines.count) + 1
        g.fill(Rect(row: first, col: 0, width: g.cols, height: max(1, lines.count)), role: .status)
        for (i, l) in lines.enumerated() {
            g.put(" " + l, row: first + i, col: 0, width: g.cols, role: line.isError ? .error : .status)
        }
        return max(1, lines.count)
    }

    /// The main keys, as many as fit. When some do not fit, the way back (`Esc`) and `? help`
    /// (where the screen has them) stay at the end, so the rest can always be found and the
    /// screen can always be left; what gives way is the other keys, all of them still in help.
    static func footer(_ bindings: [HelpContent.Binding], into g: inout Grid) {
        let row = g.rows - 1
        g.fill(Rect(row: row, col: 0, width: g.cols, height: 1), role: .footer)
        func width(_ b: HelpContent.Binding) -> Int { DisplayWidth.of(b.keys) + 1 + DisplayWidth.of(b.does) }
        func isPinnable(_ b: HelpContent.Binding) -> Bool { b.keys == "?" || b.keys == "Esc" }
        let all = bindings.reduce(-1) { $0 + width($1) + 2 }
        // The way back, then help, last on the line.
        let pinned = all > g.cols - 2 ? bindings.filter { $0.keys == "Esc" } + bindings.filter { $0.keys == "?" } : []
        let reserve = pinned.reduce(0) { $0 + width($1) + 2 }
        var x = 1
        func put(_ b: HelpContent.Binding) {
            x += g.put(b.keys, row: row, col: x, role: .footerKey)
            x += g.put(" " + b.does, row: row, col: x, role: .footer)
            x += 2
        }
        for b in bindings where pinned.isEmpty || !isPinnable(b) {
            if x + width(b) + reserve > g.cols - 1 { break }
            put(b)
        }
        for b in pinned where x + width(b) <= g.cols - 1 { put(b) }
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

    /// Splits text into lines of at most `width` columns at spaces; a word wider than a line
    /// (a path, a long e-mail) goes on over as many lines as it needs, so nothing is cut. At most
    /// `limit` lines; only past that does the last one end in `…`.
    static func wrap(_ text: String, width: Int, limit: Int = 200) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        var lines: [String] = []
        var line = "", lineWidth = 0
        func flush() { if !line.isEmpty { lines.append(line) }; line = ""; lineWidth = 0 }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lines.count > limit { break }
            let w = DisplayWidth.of(String(word), upTo: width + 1)
            if !line.isEmpty && lineWidth + 1 + w <= width { line += " " + word; lineWidth += 1 + w; continue }
            flush()
            if w <= width { line = String(word); lineWidth = w; continue }
            // Bounded: a huge value costs only the lines that can be shown.
            for ch in word.prefix(DisplayWidth.scanBudget(columns: width * (limit + 1))) {
                let cw = DisplayWidth.of(ch)
                if lineWidth + cw > width { flush() }
                line.append(ch); lineWidth += cw
            }
        }
        flush()
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] = DisplayWidth.truncate(lines[limit - 1] + " …", to: width)
        }
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
        case .objected: return "⊘"
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
        case .objected: return .badgeRefused
        case .none: return .badgeNone
        }
    }
}

/// The contact list's mark for people kept past their retention: no legal basis remains and
/// the retention period after it has run out. The symbol reads without colour.
public enum RetentionMark {
    public static let symbol = "⌛"

    /// The person's retention status when it has ended by `now`.
    public static func past(_ id: ContactID, state: ZgodaState, now: Date) -> RetentionStatus? {
        guard let s = state.retentionStatus(of: id, now: now), s.retentionEnds <= now else { return nil }
        return s
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
