import ZgodaCore

/// Customer mode: the consent form in plain language, naming the controller and, for each
/// purpose, what it means, its legal basis and its version.
public enum CustomerFormView {
    public static func render(_ m: CustomerFormModel, state: ZgodaState, into g: inout Grid, rect: Rect) {
        g.fill(rect, role: .customer)
        let x = rect.col + 2, w = rect.width - 4
        var y = rect.row
        let ctl = state.controller
        // The name is one line at most, however long the stored one is.
        let name = SafeText.fitted(state.contacts[m.contact]?.name ?? "", width: w)
        typealias T = UIText.CustomerForm
        var intro = [T.controller(ctl.name, ctl.address).text]
        var reach: [String] = []
        if !ctl.email.isEmpty { reach.append(T.email(ctl.email).text) }
        if !ctl.dpo.isEmpty { reach.append(T.dpo(ctl.dpo).text) }
        if !reach.isEmpty { intro.append(reach.joined(separator: "  ·  ")) }
        for l in intro.flatMap({ Chrome.wrap($0, width: w) }) where y < rect.bottom {
            g.put(l, row: y, col: x, width: w, role: .customer); y += 1
        }
        y += 1
        if m.submitted {
            g.put(T.thanks(name).text, row: y, col: x, width: w, role: .customerTitle)
            g.put(T.handBack.text, row: y + 1, col: x, width: w, role: .customer)
            g.cursor = (y, x)
            return
        }
        for l in Chrome.wrap(T.askFor(name).text, width: w) where y < rect.bottom {
            g.put(l, row: y, col: x, width: w, role: .customer); y += 1
        }
        y += 1
        // Each purpose is a block; scroll whole blocks so the chosen one is on screen.
        let blocks = m.purposes.compactMap { state.purposes[$0] }.map { p -> [String] in
            [p.shownTitle] + Chrome.wrap(p.shownDescription, width: w - 4) + [T.basisAndVersion(p.legalBasis, version: p.version).text]
        }
        var first = 0
        let room = rect.bottom - y - 2
        while first < m.navigation.selected,
              blocks[first...m.navigation.selected].reduce(0, { $0 + $1.count + 1 }) > room { first += 1 }
        for i in first..<blocks.count {
            let block = blocks[i]
            if y + block.count > rect.bottom - 2 { break }
            let selected = i == m.navigation.selected
            let choice = m.choices[m.purposes[i]]
            let yes = choice == .granted ? T.yes.text : T.notYes.text
            let no = choice == .refused ? T.no.text : T.notNo.text
            let answer = yes + "   " + no
            let answerWidth = DisplayWidth.of(answer)
            g.fill(Rect(row: y, col: x - 1, width: w + 2, height: 1), role: selected ? .selection : .customer)
            g.putPadded((selected ? "▸ " : "  ") + block[0], row: y, col: x, width: w - answerWidth - 1, role: selected ? .selection : .customerTitle)
            g.put(answer, row: y, col: x + w - answerWidth, role: selected ? .selection : .customer)
            if selected { g.cursor = (y, x) }
            for (k, l) in block.dropFirst().enumerated() {
                g.put(l, row: y + 1 + k, col: x + 4, width: w - 4, role: .customer)
            }
            y += block.count + 1
        }
        if let e = m.error { g.put(e, row: rect.bottom - 1, col: x, width: w, role: .error) }
    }
}

extension CustomerFormModel: ScreenModel {
    public var screenTitle: String { UIText.App.customerTitle.text }
    public var helpTitle: String { UIText.App.helpCustomerForm.text }
    public var audience: ScreenAudience { .customer }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) {
        CustomerFormView.render(self, state: context.state, into: &g, rect: rect)
    }
}
