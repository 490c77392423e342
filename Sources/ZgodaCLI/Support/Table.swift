import ZgodaCore

/// A plain text table for people: columns padded by display width (so Polish, CJK and emoji
/// line up), control, escape and bidi-override characters shown as placeholders (`SafeText`).
/// A cell longer than its column is cut with `…`, reading no more of it than the column shows,
/// so a megabyte value or ten thousand tags cost no more than a short value.
struct Table {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }
    init(_ headers: [String]) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }
    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// `wholeLastColumn` keeps the last column uncut (still made safe): `contact show` prints
    /// every value in full.
    func rendered(maxColumnWidth: Int = 40, wholeLastColumn: Bool = false) -> String {
        let safeHeaders = headers.map { SafeText.fitted($0, width: maxColumnWidth) }
        let safeRows = rows.map { r in
            r.enumerated().map { i, c in
                wholeLastColumn && i == r.count - 1 ? SafeText.visible(c) : SafeText.fitted(c, width: maxColumnWidth)
            }
        }
        var widths = safeHeaders.map { DisplayWidth.of($0) }
        for r in safeRows {
            for (i, c) in r.enumerated() where i < widths.count {
                widths[i] = max(widths[i], min(maxColumnWidth, DisplayWidth.of(c, upTo: maxColumnWidth)))
            }
        }
        func line(_ cells: [String]) -> String {
            let text = cells.enumerated().map { i, c in
                if i == cells.count - 1 { return wholeLastColumn ? c : DisplayWidth.truncate(c, to: widths[i]) }
                return DisplayWidth.pad(c, to: widths[i])
            }.joined(separator: "  ")
            return Self.trimmingTrailingSpaces(text)
        }
        var out = [line(safeHeaders), line(widths.map { String(repeating: "─", count: $0) })]
        out += safeRows.map(line)
        return out.joined(separator: "\n")
    }

    /// `s` without trailing spaces; a plain scan from the end, so a long line costs one pass.
    static func trimmingTrailingSpaces(_ s: String) -> String {
        var end = s.endIndex
        while end > s.startIndex, s[s.index(before: end)].isWhitespace { end = s.index(before: end) }
        return end == s.endIndex ? s : String(s[..<end])
    }
}
