import ZgodaCore

/// Long work under way (`LongWork`): a box over the last frame with what is being done, how
/// far it is, and that Esc stops it. Drawn by the front while the work has the store, so it
/// reads nothing but what it is given.
public enum LongWorkView {
    public static func render(over backdrop: Grid?, rows: Int, cols: Int, title: String, phase: WorkProgress.Phase,
                              stopping: Bool, hint: String) -> Grid {
        var g = backdrop.flatMap { $0.rows == rows && $0.cols == cols ? $0 : nil } ?? Grid(rows: rows, cols: cols)
        guard rows >= 5, cols >= 12 else { return g }
        let width = min(cols - 4, 70)
        let textWidth = max(1, width - 4)
        var lines = Chrome.wrap(phase.label.isEmpty ? "…" : phase.label, width: textWidth, limit: 3)
        if let total = phase.total, total > 0 {
            lines.append(bar(done: phase.done, total: total, width: textWidth))
        } else if phase.done > 0 {
            lines.append("\(phase.done)" + (phase.unit.map { " " + $0 } ?? ""))
        }
        let footer = stopping ? UIText.Interchange.stopping.text : hint
        let footerLines = Chrome.wrap(footer, width: textWidth, limit: 2)
        let r = Chrome.centred(width: width, height: lines.count + footerLines.count + 3, in: g)
        let inner = Chrome.box(r, title: title, role: .dialog, titleRole: .dialogTitle, into: &g)
        for (i, l) in lines.enumerated() where inner.row + i < inner.bottom {
            g.put(l, row: inner.row + i, col: inner.col, width: inner.width, role: .dialog)
        }
        for (i, l) in footerLines.enumerated() {
            let y = inner.bottom - footerLines.count + i
            if y > inner.row { g.put(l, row: y, col: inner.col, width: inner.width, role: .dialogTitle) }
        }
        g.cursor = (inner.bottom - 1, inner.col)
        return g
    }

    /// `[██████░░░░] 42%`, fitted to `width`.
    static func bar(done: Int, total: Int, width: Int) -> String {
        let percent = min(100, max(0, done * 100 / total))
        let label = " \(percent)%"
        let cells = max(0, width - label.count - 2)
        let full = cells * percent / 100
        return "[" + String(repeating: "█", count: full) + String(repeating: "░", count: cells - full) + "]" + label
    }
}
