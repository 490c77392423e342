import Foundation

/// Renders document blocks as one self-contained, printable HTML page (inline CSS, no
/// scripts, no external resources). Every value is escaped.
public enum HTMLRenderer {
    /// The page for `blocks`, marked as written in `language` (`<html lang>`).
    public static func render(_ blocks: [DocumentBlock], title: String, language: Language) -> String {
        var body: [String] = []
        for block in blocks {
            switch block {
            case let .title(text):
                body.append("<h1>\(escape(text))</h1>")
            case let .heading(text):
                body.append("<h2>\(escape(text))</h2>")
            case let .subheading(text):
                body.append("<h3>\(escape(text))</h3>")
            case let .paragraph(text):
                body.append("<p>\(escape(text))</p>")
            case let .fields(fields):
                let rows = fields.filter { !$0.value.isEmpty }.map { f in
                    "<dt>\(escape(f.label))</dt><dd>" + (f.code ? "<code>\(escape(f.value))</code>" : escape(f.value)) + "</dd>"
                }
                body.append("<dl>\n" + rows.joined(separator: "\n") + "\n</dl>")
            case let .list(items):
                body.append("<ul>\n" + items.map { "<li>\(escape($0))</li>" }.joined(separator: "\n") + "\n</ul>")
            case let .table(headers, rows):
                var t = ["<table>", "<thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>", "<tbody>"]
                t += rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }
                t += ["</tbody>", "</table>"]
                body.append(t.joined(separator: "\n"))
            case let .choice(agree, disagree):
                body.append("<p class=\"choice\"><span class=\"box\">\(DocumentBlock.box)</span> \(escape(agree))"
                            + "<span class=\"gap\"></span><span class=\"box\">\(DocumentBlock.box)</span> \(escape(disagree))</p>")
            case let .blanks(labels):
                body.append("<div class=\"blanks\">\n" + labels.map { "<p>\(escape($0)): <span class=\"line\"></span></p>" }.joined(separator: "\n") + "\n</div>")
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    static let style = """
    body { font-family: "Noto Serif", Georgia, serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
    h1 { font-size: 1.5em; border-bottom: 2px solid #000; padding-bottom: .3em; }
    h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #888; }
    h3 { font-size: 1.05em; margin-bottom: .3em; }
    h3, dl, .choice { page-break-inside: avoid; break-inside: avoid; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .4em 0; }
    dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; }
    code { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; font-size: .9em; }
    th, td { border: 1px solid #888; padding: .2em .4em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    .choice { font-size: 1.1em; margin: .6em 0 1.2em; }
    .box { font-size: 1.4em; vertical-align: middle; }
    .gap { display: inline-block; width: 3em; }
    .blanks p { margin: 2.2em 0 0; }
    .line { display: inline-block; width: 20em; border-bottom: 1px solid #000; }
    @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; break-after: avoid; } }
    """

    /// Escapes the five HTML-significant characters and makes control characters visible.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let flat = s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        for ch in SafeText.visible(flat) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
