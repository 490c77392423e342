import ZgodaCore

/// One character cell. A wide character fills its first cell; the cell after it is a
/// continuation (empty `text`) so that columns stay aligned.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role
    public var isContinuation: Bool { text.isEmpty }

    public static let blank = Cell(text: " ", role: .list)

    /// At most this many code points in one cell: what ncurses can paint in one cell (a base
    /// character and four combining marks). More, such as a thousand stacked marks, are dropped.
    public static let maxScalars = 5

    /// `ch` as one cell holds it: cut to `maxScalars` code points.
    static func text(_ ch: Character) -> String {
        let scalars = ch.unicodeScalars
        if scalars.count <= maxScalars { return String(ch) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.prefix(maxScalars))
        return String(out)
    }
}

/// A rectangle of the screen.
public struct Rect: Equatable, Sendable {
    public var row: Int
    public var col: Int
    public var width: Int
    public var height: Int
    public init(row: Int, col: Int, width: Int, height: Int) {
        self.row = row; self.col = col; self.width = max(0, width); self.height = max(0, height)
    }
    public var bottom: Int { row + height }
    public var right: Int { col + width }
}

/// The screen as a grid of cells: what every view renders into. The terminal front paints it
/// with ncurses; tests compare its text with stored snapshots.
public struct Grid: Equatable, Sendable {
    public let rows: Int
    public let cols: Int
    public private(set) var cells: [Cell]
    /// Where the real terminal cursor goes (screen readers and tests follow it).
    public var cursor: (row: Int, col: Int)? {
        get { cursorRow.map { ($0, cursorCol) } }
        set { cursorRow = newValue?.row; cursorCol = newValue?.col ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorCol = 0

    public init(rows: Int, cols: Int, role: Role = .list) {
        self.rows = max(0, rows); self.cols = max(0, cols)
        cells = Array(repeating: Cell(text: " ", role: role), count: self.rows * self.cols)
    }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * cols + col]
    }

    public var bounds: Rect { Rect(row: 0, col: 0, width: cols, height: rows) }

    /// Fills a rectangle with blanks of one role.
    public mutating func fill(_ r: Rect, role: Role) {
        for y in max(0, r.row)..<min(rows, r.bottom) {
            for x in max(0, r.col)..<min(cols, r.right) {
                cells[y * cols + x] = Cell(text: " ", role: role)
            }
        }
    }

    /// Writes `text` at (`row`, `col`), at most `width` columns (to the grid's edge by default).
    /// Control, escape and bidi-override characters become visible placeholders (`SafeText`); a
    /// character that does not fit whole is not drawn. Reads no more of `text` than the width
    /// can show (`DisplayWidth.scanBudget`), so a megabyte value draws as fast as a short one.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, width: Int? = nil, role: Role) -> Int {
        guard row >= 0, row < rows, col < cols else { return 0 }
        let limit = min(cols, col + (width ?? (cols - col)))
        let shown = text.lazy.flatMap { SafeText.visible($0) }.prefix(DisplayWidth.scanBudget(columns: limit - col))
        return draw(shown, row: row, col: col, limit: limit, role: role)
    }

    /// Writes characters already made safe, up to column `limit`; returns the columns written.
    private mutating func draw<S: Sequence>(_ chars: S, row: Int, col: Int, limit: Int, role: Role) -> Int where S.Element == Character {
        var x = col
        for ch in chars {
            let w = ch.isASCII ? 1 : DisplayWidth.of(ch)
            if w == 0 {
                // A lone combining mark joins the previous cell rather than taking its own.
                if x > col, x - 1 < cols, x - 1 >= 0 {
                    // After a wide character the mark belongs to its first cell, not the continuation.
                    var i = row * cols + x - 1
                    if cells[i].isContinuation && x - 2 >= 0 { i -= 1 }
                    let room = Cell.maxScalars - cells[i].text.unicodeScalars.count
                    if room > 0 { cells[i].text.unicodeScalars.append(contentsOf: ch.unicodeScalars.prefix(room)) }
                }
                continue
            }
            if x + w > limit { break }
            if x >= 0 {
                clearWide(row: row, col: x, width: w)
                cells[row * cols + x] = Cell(text: Cell.text(ch), role: role)
                if w == 2 { cells[row * cols + x + 1] = Cell(text: "", role: role) }
            }
            x += w
        }
        return x - col
    }

    /// Writes `text` truncated (with `…`) and padded to exactly `width` columns.
    public mutating func putPadded(_ text: String, row: Int, col: Int, width: Int, role: Role) {
        guard width > 0 else { return }
        guard row >= 0, row < rows, col < cols else { return }
        let used = draw(SafeText.fitted(text, width: width), row: row, col: col, limit: min(cols, col + width), role: role)
        if used < width { fill(Rect(row: row, col: col + used, width: width - used, height: 1), role: role) }
    }

    /// Sets the role of existing cells (e.g. to highlight a selected row).
    public mutating func restyle(_ r: Rect, role: Role) {
        for y in max(0, r.row)..<min(rows, r.bottom) {
            for x in max(0, r.col)..<min(cols, r.right) { cells[y * cols + x].role = role }
        }
    }

    /// Overwriting half of a wide character blanks the other half, so no half-character remains.
    private mutating func clearWide(row: Int, col: Int, width: Int) {
        let base = row * cols
        if col < cols, cells[base + col].isContinuation, col > 0 {
            cells[base + col - 1] = Cell(text: " ", role: cells[base + col - 1].role)
        }
        let after = col + width
        if after < cols, cells[base + after].isContinuation {
            cells[base + after] = Cell(text: " ", role: cells[base + after].role)
        }
    }

    /// The grid as text, one line per row (continuation cells add nothing), trailing spaces kept.
    public var lines: [String] {
        (0..<rows).map { y in
            var s = ""
            for x in 0..<cols { s += cells[y * cols + x].text }
            return s
        }
    }

    /// The text, rows joined with newlines, trailing spaces trimmed: the snapshot format.
    public var text: String {
        lines.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }

    public static func == (a: Grid, b: Grid) -> Bool {
        a.rows == b.rows && a.cols == b.cols && a.cells == b.cells && a.cursorRow == b.cursorRow && a.cursorCol == b.cursorCol
    }
}
