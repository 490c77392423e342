import ZgodaCore

/// Renders the whole app into a grid: a pure function of the app's state (and the store's).
extension AppModel {
    public func render() -> Grid {
        var g = Grid(rows: rows, cols: cols)
        if isTooSmall {
            let lines = [UIText.App.tooSmall.text, UIText.App.needsAtLeast(cols: Self.minCols, rows: Self.minRows).text,
                         UIText.App.thisOneIs(cols: cols, rows: rows).text, UIText.App.enlarge.text]
            for (i, l) in lines.enumerated() where i < rows {
                g.put(l, row: max(0, rows / 2 - 2) + i, col: 1, width: max(0, cols - 2), role: i == 0 ? .error : .list)
            }
            g.cursor = (min(rows - 1, max(0, rows / 2 - 2)), min(1, cols - 1))
            return g
        }
        let state = store.state
        let now = store.now
        let body = Rect(row: 1, col: 0, width: cols, height: bodyRows)
        let controller = state.controller.name.isEmpty ? UIText.App.noController.text : state.controller.name
        let title: String
        if let screen = top?.model {
            title = screen.screenTitle
            screen.render(into: &g, rect: body, context: ScreenContext(state: state, now: now))
        } else {
            title = list.filter.isEmpty ? UIText.App.listTitle(total: list.total).text
                : UIText.App.listTitle(shown: list.results.count, total: list.total).text
            ContactListView.render(list, state: state, now: now, into: &g, rect: body)
        }
        if top?.model.audience == .customer {
            // The customer sees the form only: no staff information in the title bar.
            Chrome.header(title, right: "", into: &g)
        } else {
            // Offline comes before the requests: what is on screen may be out of date.
            let notice = offline ? Chrome.Notice(text: UIText.App.offlineNotice.text, role: .error) : Chrome.requestNotice(requestSummary)
            Chrome.header(title, notice: notice, right: controller, into: &g)
        }
        if top == nil && (list.isSearching || !list.filter.isEmpty) {
            renderSearchLine(into: &g)
        } else if status == nil, pastRetention > 0, !isCustomerFacing {
            // Nothing just happened: the status line reminds of the people kept too long.
            Chrome.warning(UIText.App.pastRetention(pastRetention).text, into: &g)
        } else {
            Chrome.status(status, into: &g)
        }
        // The footer comes from the same table that handles the screen's keys.
        Chrome.footer(footerEntries, into: &g)
        if let exportDialog {
            ExportDialogView.render(exportDialog, into: &g)
        }
        if let importDialog {
            ImportDialogView.render(importDialog, into: &g)
        }
        if let dialog {
            DialogView.render(dialog, into: &g)
        }
        if let helpTop {
            HelpView.render(helpEntries, title: helpTitle, top: helpTop, into: &g)
        }
        return g
    }

    /// The customer's form (and the welcome before any data) shows no staff information.
    private var isCustomerFacing: Bool { (top?.model.audience ?? .staff) != .staff }

    /// What `?` shows here: the screen's keys from its binding table, and on the contact list
    /// the legend of its columns and marks.
    var helpEntries: [HelpContent.Binding] {
        top?.model.helpEntries ?? list.helpEntries + HelpContent.listLegend(store.state)
    }

    /// The main keys of the screen on top.
    var footerEntries: [HelpContent.Binding] { top?.model.footerEntries ?? list.footerEntries }

    private var helpTitle: String { top?.model.helpTitle ?? UIText.App.helpContactList.text }

    /// `/ query` while typing; the kept filter and how to change it afterwards.
    private func renderSearchLine(into g: inout Grid) {
        let row = rows - 2
        g.fill(Rect(row: row, col: 0, width: cols, height: 1), role: .search)
        let counts = UIText.App.searchCount(list.results.count, list.total).text
        let countWidth = counts.count + 2
        if list.isSearching {
            g.put("/", row: row, col: 1, role: .search)
            let (text, cur) = list.query.window(width: cols - countWidth - 4)
            g.put(text, row: row, col: 3, width: cols - countWidth - 4, role: .search)
            g.cursor = (row, 3 + cur)
        } else {
            // A message (an export's receipt) goes above the filter line, never into the count.
            if status != nil { Chrome.statusLines(status, bottomRow: row - 1, into: &g) }
            g.put(UIText.App.filterLine(list.filter).text, row: row, col: 1, width: cols - countWidth - 2, role: .search)
        }
        g.put(counts, row: row, col: cols - countWidth + 1, role: .search)
    }
}
