import ZgodaCore

/// A plain text table for people: columns padded by display width (so Polish, CJK and emoji
/// line up), control characters shown as placeholders.
struct Table {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }
    init(_ headers: [String]) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }
    mutating func add(_ cells: [String]) { rows.append(cells) }

    func rendered(maxColumnWidth: Int = 40) -> String {
        let safeRows = rows.map { $0.map { SafeText.visible($0).replacingOccurrences(of: "\n", with: " ") } }
        var widths = headers.map { DisplayWidth.of($0) }
        for r in safeRows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], min(maxColumnWidth, DisplayWidth.of(c))) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? DisplayWidth.truncate(c, to: widths[i]) : DisplayWidth.pad(c, to: widths[i]) }
                .joined(separator: "  ")
        }
        var out = [line(headers), line(widths.map { String(repeating: "─", count: $0) })]
        out += safeRows.map(line)
        return out.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }
}
