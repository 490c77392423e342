/// The first-run screen.
public enum WelcomeView {
    public static func render(_ m: WelcomeModel, into g: inout Grid, rect: Rect) {
        var y = rect.row + 1
        let x = rect.col + 3, w = rect.width - 6
        g.put("Welcome to Zgoda", row: y, col: x, width: w, role: .customerTitle); y += 2
        for l in Chrome.wrap("This data directory is empty. Zgoda keeps your contacts together with their consents, "
                             + "and a tamper-evident history of every change.", width: w) {
            g.put(l, row: y, col: x, width: w, role: .detail); y += 1
        }
        y += 1
        switch m.step {
        case .choose:
            for (i, c) in WelcomeModel.choices.enumerated() where y < rect.bottom {
                let selected = i == m.choice
                g.putPadded(Chrome.marked("\(i + 1)  \(c)", selected: selected), row: y, col: x, width: min(w, 60),
                            role: selected ? .selection : .list)
                if selected { g.cursor = (y, x) }
                y += 1
            }
        case .controller:
            g.put("The data controller is named on every consent form and report.", row: y, col: x, width: w, role: .detail)
            y += 2
            let fieldWidth = max(10, min(w - 14, 60))
            for (i, label) in WelcomeModel.controllerFields.enumerated() where y < rect.bottom {
                g.putPadded(label, row: y, col: x, width: 13, role: .label)
                let (text, cur) = m.editors[i].window(width: fieldWidth)
                g.putPadded(text, row: y, col: x + 13, width: fieldWidth, role: i == m.focus ? .fieldFocus : .field)
                if i == m.focus { g.cursor = (y, x + 13 + cur) }
                y += 1
            }
            y += 1
            for line in m.error.map({ Chrome.wrap($0, width: w) }) ?? [] where y < rect.bottom {
                g.put(line, row: y, col: x, width: w, role: .error); y += 1
            }
        }
    }
}
