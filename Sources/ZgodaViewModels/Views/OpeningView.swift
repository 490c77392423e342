import ZgodaCore

/// The first frame, drawn before the store is open: the title bar and what is happening, so
/// the terminal shows Zgoda at once however large the directory.
public enum OpeningView {
    public static func render(rows: Int, cols: Int, directory: String) -> Grid {
        var g = Grid(rows: rows, cols: cols)
        guard rows > 2, cols > 4 else { return g }
        Chrome.header("Zgoda", right: "", into: &g)
        let lines = Chrome.wrap(UIText.Welcome.opening(directory).text, width: cols - 4, limit: max(1, rows - 4))
        let top = max(1, (rows - lines.count) / 2)
        for (i, l) in lines.enumerated() { g.put(l, row: top + i, col: 2, width: cols - 4, role: .list) }
        Chrome.status(StatusLine(UIText.Welcome.keysKept.text), into: &g)
        g.cursor = (top, 2)
        return g
    }
}
