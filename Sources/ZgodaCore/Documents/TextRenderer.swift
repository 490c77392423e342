import Foundation

/// Renders document blocks as plain text for printing or a terminal: wrapped to a width by
/// display columns (Polish, CJK and emoji measure right), control characters made visible.
public enum TextRenderer {
    public static func render(_ blocks: [DocumentBlock], width: Int = 78) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case let .title(text):
                out += wrap(safe(text).uppercased(), width: width)
                out.append(String(repeating: "═", count: width))
            case let .heading(text):
                out.append("")
                out += wrap(safe(text), width: width)
                out.append(String(repeating: "─", count: min(width, DisplayWidth.of(safe(text)))))
            case let .subheading(text):
                out.append("")
                out += wrap(safe(text), width: width)
            case let .paragraph(text):
                out += wrap(safe(text), width: width, indent: "  ")
            case let .fields(fields):
                for f in fields where !f.value.isEmpty {
                    out += wrap("\(safe(f.label)): \(safe(f.value))", width: width, indent: "  ", hanging: "      ")
                }
            case let .list(items):
                for item in items { out += wrap(safe(item), width: width, indent: "  - ", hanging: "    ") }
            case let .table(headers, rows):
                out += table(headers: headers, rows: rows, width: width)
            case let .choice(agree, disagree):
                out.append("")
                out.append("  \(DocumentBlock.box) \(safe(agree))      \(DocumentBlock.box) \(safe(disagree))")
            case let .blanks(labels):
                for label in labels {
                    out.append("")
                    out.append("  \(safe(label)): " + String(repeating: "_", count: max(10, width - 4 - DisplayWidth.of(safe(label)))))
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func safe(_ s: String) -> String {
        SafeText.visible(s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: " "))
    }

    /// Greedy word wrap by display width; a word longer than a line is cut into pieces.
    static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> [String] {
        let next = hanging ?? indent
        var lines: [String] = []
        var line = indent, lineWidth = DisplayWidth.of(indent), empty = true
        func newLine() { lines.append(line); line = next; lineWidth = DisplayWidth.of(next); empty = true }
        for word in text.split(separator: " ").map(String.init) {
            let ww = DisplayWidth.of(word)
            if !empty && lineWidth + 1 + ww > width { newLine() }
            if ww <= width - lineWidth {
                line += (empty ? "" : " ") + word
                lineWidth += (empty ? 0 : 1) + ww
                empty = false
                continue
            }
            for ch in word {
                let cw = DisplayWidth.of(ch)
                if !empty && lineWidth + cw > width { newLine() }
                line.append(ch); lineWidth += cw; empty = false
            }
        }
        if !empty || lines.isEmpty { lines.append(line) }
        return lines
    }

    static func table(headers: [String], rows: [[String]], width: Int) -> [String] {
        let cells = rows.map { $0.map(safe) }
        var widths = headers.map { DisplayWidth.of(safe($0)) }
        for r in cells { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], min(40, DisplayWidth.of(c))) } }
        func line(_ r: [String]) -> String {
            let padded = r.enumerated().map { i, c in
                i == r.count - 1 ? DisplayWidth.truncate(c, to: widths[i]) : DisplayWidth.pad(DisplayWidth.truncate(c, to: widths[i]), to: widths[i])
            }
            return ("  " + padded.joined(separator: "  ")).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return [line(headers.map(safe)), "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + cells.map(line)
    }
}
