import ZgodaCore

/// The first-run screen.
public enum WelcomeView {
    public static func render(_ m: WelcomeModel, into g: inout Grid, rect: Rect) {
        var y = rect.row + 1
        let x = rect.col + 3, w = rect.width - 6
        g.put(UIText.Welcome.title.text, row: y, col: x, width: w, role: .customerTitle); y += 2
        for l in Chrome.wrap(UIText.Welcome.intro.text, width: w) {
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
            g.put(UIText.Welcome.controllerNamed.text, row: y, col: x, width: w, role: .detail)
            y += 2
            // As wide as the longest label shown (a Polish one is longer), never narrower than before.
            let labels = WelcomeModel.controllerFields
            let labelWidth = max(13, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
            let fieldWidth = max(10, min(w - labelWidth - 1, 60))
            for (i, label) in labels.enumerated() where y < rect.bottom {
                g.putPadded(label, row: y, col: x, width: labelWidth, role: .label)
                let (text, cur) = m.editors[i].window(width: fieldWidth)
                g.putPadded(text, row: y, col: x + labelWidth, width: fieldWidth, role: i == m.focus ? .fieldFocus : .field)
                if i == m.focus { g.cursor = (y, x + labelWidth + cur) }
                y += 1
            }
            y += 1
            for line in m.error.map({ Chrome.wrap($0, width: w) }) ?? [] where y < rect.bottom {
                g.put(line, row: y, col: x, width: w, role: .error); y += 1
            }
        }
    }
}

extension WelcomeModel: ScreenModel {
    public var screenTitle: String { UIText.App.welcomeTitle.text }
    public var helpTitle: String { UIText.App.helpWelcome.text }
    public var isTypingText: Bool { step == .controller }
    public var audience: ScreenAudience { .beforeData }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) { WelcomeView.render(self, into: &g, rect: rect) }
}
