import Foundation

/// Renders document blocks as Markdown (CommonMark with pipe tables). Every value is
/// escaped, so data can neither add formatting nor break a table.
public enum MarkdownRenderer {
    public static func render(_ blocks: [DocumentBlock]) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case let .title(text):
                out.append("# \(escape(text))")
            case let .heading(text):
                out.append("## \(escape(text))")
            case let .subheading(text):
                out.append("### \(escape(text))")
            case let .paragraph(text):
                out.append(escape(text))
            case let .fields(fields):
                out.append(fields.filter { !$0.value.isEmpty }.map { f in
                    "- **\(escape(f.label)):** " + (f.code ? code(f.value) : escape(f.value))
                }.joined(separator: "\n"))
            case let .list(items):
                out.append(items.map { "- " + escape($0) }.joined(separator: "\n"))
            case let .table(headers, rows):
                var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |",
                             "|" + headers.map { _ in "---" }.joined(separator: "|") + "|"]
                lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
                out.append(lines.joined(separator: "\n"))
            case let .choice(agree, disagree):
                out.append("- [ ] \(escape(agree))\n- [ ] \(escape(disagree))")
            case let .blanks(labels):
                out.append(labels.map { "\(escape($0)): \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" }.joined(separator: "\n\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Backslash-escapes what Markdown could read as syntax (emphasis, code, links, HTML,
    /// table cells, entities anywhere; headings, lists and quotes at the start), and breaks the
    /// bare links GitHub-flavoured Markdown would make by itself (`@` of an e-mail address,
    /// `://`, `www.`), so data in a report can add neither formatting nor links. Turns line
    /// breaks into spaces and control characters into visible placeholders (`SafeText`).
    public static func escape(_ s: String) -> String {
        let flat = SafeText.visible(s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
        var out = ""
        out.reserveCapacity(flat.utf8.count)
        let chars = Array(flat)
        for (i, ch) in chars.enumerated() {
            if "\\`*_[]<>|~&@".contains(ch) {
                out.append("\\")
            } else if ch == ":", i + 2 < chars.count, chars[i + 1] == "/", chars[i + 2] == "/" {
                out.append("\\")
            } else if ch == ".", i >= 3, chars[(i - 3)..<i].map({ $0.lowercased() }).joined() == "www" {
                out.append("\\")
            }
            out.append(ch)
        }
        // At the start, `#`, `+`, `-`, `=` or `1.` would make a heading, list or rule.
        if let first = out.first, "#+-=".contains(first) { out.insert("\\", at: out.startIndex) }
        if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != out.startIndex, ".)".contains(out[dot]) {
            out.insert("\\", at: dot)
        }
        return out
    }

    static func code(_ s: String) -> String {
        "`" + SafeText.visible(s).replacingOccurrences(of: "`", with: "'") + "`"
    }
}
