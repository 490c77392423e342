import Foundation
import ZgodaCore

/// The contact list: columns that adapt to the width (name, company, e-mail or phone, the
/// retention mark, one consent badge per purpose under its two-letter code) and, on wide terminals, the selected contact's details beside it.
public enum ContactListView {
    /// From this width on the detail pane shows beside the list.
    public static let detailPaneFrom = 110

    public static func render(_ list: ContactListModel, state: ZgodaState, now: Date, into g: inout Grid, rect: Rect) {
        var listRect = rect
        if rect.width >= detailPaneFrom {
            let paneWidth = max(40, rect.width * 2 / 5)
            listRect.width = rect.width - paneWidth - 1
            let pane = Rect(row: rect.row, col: listRect.right + 1, width: paneWidth, height: rect.height)
            for y in pane.row..<pane.bottom { g.put("│", row: y, col: listRect.right, role: .detail) }
            if let id = list.selectedID, let c = state.contacts[id] {
                ContactDetailView.renderPane(c, state: state, now: now, into: &g, rect: pane)
            }
        }
        renderTable(list, state: state, now: now, into: &g, rect: listRect)
    }

    struct Columns {
        var name: Int, company: Int, reach: Int, badges: Int
    }

    /// Width of the retention mark's column (a wide symbol) and the gap after it.
    static let markWidth = 3

    static func columns(width: Int, purposes: Int) -> Columns {
        let badges = max(0, purposes * 3 - 1)
        let rest = width - badges - markWidth - 2
        // 54 keeps the company column beside the detail pane on a 120-column terminal.
        if rest >= 54 {
            let name = rest * 36 / 100, company = rest * 26 / 100
            return Columns(name: name, company: company, reach: rest - name - company - 2, badges: badges)
        }
        if rest >= 40 {
            let name = rest * 45 / 100
            return Columns(name: name, company: 0, reach: rest - name - 1, badges: badges)
        }
        return Columns(name: max(0, rest), company: 0, reach: 0, badges: badges)
    }

    static func renderTable(_ list: ContactListModel, state: ZgodaState, now: Date, into g: inout Grid, rect: Rect) {
        let purposes = Array(state.purposes.keys)
        let cols = columns(width: rect.width, purposes: purposes.count)
        // Column headings.
        var x = rect.col + 1
        g.fill(Rect(row: rect.row, col: rect.col, width: rect.width, height: 1), role: .columnHeader)
        g.putPadded(UIText.ContactList.nameColumn.text, row: rect.row, col: x, width: cols.name, role: .columnHeader); x += cols.name + 1
        if cols.company > 0 { g.putPadded(UIText.ContactList.companyColumn.text, row: rect.row, col: x, width: cols.company, role: .columnHeader); x += cols.company + 1 }
        if cols.reach > 0 { g.putPadded(UIText.ContactList.reachColumn.text, row: rect.row, col: x, width: cols.reach, role: .columnHeader); x += cols.reach }
        let badgeCol = rect.right - cols.badges
        let markCol = badgeCol - markWidth
        g.putPadded(PurposeCodes.codes(for: purposes).joined(separator: " "), row: rect.row, col: badgeCol, width: cols.badges, role: .columnHeader)

        let bodyTop = rect.row + 1
        if list.results.isEmpty {
            let message = list.total == 0 ? UIText.ContactList.empty.text : UIText.ContactList.noMatch(list.filter).text
            g.put(message, row: bodyTop + 1, col: rect.col + 2, width: rect.width - 3, role: .list)
            return
        }
        for (line, i) in list.navigation.visibleRange.enumerated() {
            let row = bodyTop + line
            guard row < rect.bottom, let c = state.contacts[list.results[i]] else { continue }
            let selected = i == list.navigation.selected
            let role: Role = selected ? .selection : .list
            g.fill(Rect(row: row, col: rect.col, width: rect.width, height: 1), role: role)
            let d = c.details
            var x = rect.col + 1
            g.putPadded(c.anonymized || c.damaged ? "\(c.shownName) \(c.id)" : d.name, row: row, col: x, width: cols.name, role: role)
            x += cols.name + 1
            if cols.company > 0 { g.putPadded(d.company, row: row, col: x, width: cols.company, role: role); x += cols.company + 1 }
            if cols.reach > 0 { g.putPadded(d.email.isEmpty ? d.phone : d.email, row: row, col: x, width: cols.reach, role: role) }
            if RetentionMark.past(c.id, state: state, now: now) != nil {
                g.put(RetentionMark.symbol, row: row, col: markCol, role: selected ? .selection : .warning)
            }
            for (k, p) in purposes.enumerated() {
                let s = state.status(of: c.id, purpose: p, now: now)
                g.put(ConsentBadge.symbol(s), row: row, col: badgeCol + k * 3, role: selected ? .selection : ConsentBadge.role(s))
            }
            if selected { g.cursor = (row, rect.col) }
        }
    }
}
