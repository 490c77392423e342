import Foundation
import ZgodaCore

/// The HTML of the customer's pages. Plain forms, no script: every choice is a radio button
/// with its label, grouped per purpose in a fieldset, so it works with a keyboard, a screen
/// reader and with JavaScript turned off. Every value is escaped (`HTMLRenderer.escape`).
enum ConsentPageHTML {
    /// What the page says above the purposes after a submission.
    enum Notice: Equatable {
        case recorded([ConsentDecision], receipt: String)
        case problem(String)
    }

    static func page(_ content: ConsentPageContent, lang: PageLanguage, token: String, formKey: String,
                     notice: Notice? = nil) -> String {
        let text = PageText(lang: lang)
        let action = ConsentLinkURL.pathPrefix + token + "?lang=" + lang.rawValue
        var b = ""
        b += "<header><h1>\(e(text.pageTitle))</h1>\(languageSwitch(lang, token: token))</header>\n<main>\n"
        if let notice { b += self.notice(notice, content: content, text: text) }
        b += "<section aria-labelledby=\"controller\"><h2 id=\"controller\">\(e(text.controllerHeading))</h2>\n<dl>"
        let c = content.controller
        b += "<dt class=\"name\">\(e(text.controllerHeading))</dt><dd class=\"name\">\(e(c.name))</dd>"
        b += "<dt>\(e(text.address))</dt><dd>\(e(c.address))</dd>"
        if !c.email.isEmpty { b += "<dt>\(e(text.controllerEmail))</dt><dd>\(e(c.email))</dd>" }
        if !c.dpo.isEmpty { b += "<dt>\(e(text.dpo))</dt><dd>\(e(c.dpo))</dd>" }
        b += "</dl></section>\n"
        b += "<form method=\"post\" action=\"\(e(action))\">\n"
        b += "<input type=\"hidden\" name=\"form-key\" value=\"\(e(formKey))\">\n"
        b += "<h2>\(e(text.purposesHeading))</h2>\n<p>\(e(text.intro))</p>\n"
        for item in content.items { b += purpose(item, text: text) }
        b += "<p class=\"note\">\(e(text.noChoiceNote))</p>\n"
        b += "<p><button type=\"submit\" name=\"save\" value=\"1\" class=\"save\">\(e(text.save))</button></p>\n</form>\n"
        b += "<p class=\"note\">\(e(text.linkValidUntil)) \(e(PageText.time(content.link.expires))).</p>\n"
        b += "<p class=\"note\">\(e(text.rights))</p>\n</main>\n"
        return document(title: text.pageTitle, lang: lang, body: b)
    }

    private static func purpose(_ item: ConsentPageContent.Item, text: PageText) -> String {
        let p = item.purpose
        let id = p.id
        var b = "<fieldset id=\"purpose-\(e(id))\">\n<legend>\(e(item.wording.title))</legend>\n"
        b += "<p>\(e(item.wording.description))</p>\n<dl>"
        b += "<dt>\(e(text.legalBasis))</dt><dd>\(e(text.basis(p.legalBasis)))</dd>"
        b += "<dt>\(e(text.retention))</dt><dd>\(e(text.retention(p.retention)))</dd>"
        if !p.recipients.isEmpty {
            // Shown because the wording hash covers them (Art. 13(1)(e–f)).
            b += "<dt>\(e(text.recipients))</dt><dd>\(e(p.recipients.map { $0.line(in: text.lang.language) }.joined(separator: "; ")))</dd>"
        }
        b += "<dt>\(e(DocumentText.automatedLabel(text.lang.language)))</dt><dd>\(e(DocumentText.automated(p)(text.lang.language)))</dd>"
        b += "<dt>\(e(text.version))</dt><dd>\(e(id)), v\(p.version)</dd>"
        var current = text.status(item.status)
        if let d = item.decision { current += ", " + text.since(d.at) }
        b += "<dt>\(e(text.current))</dt><dd class=\"status status-\(item.status.rawValue)\">\(e(current))</dd>"
        b += "</dl>\n"
        b += "<input type=\"hidden\" name=\"wording-\(e(id))\" value=\"\(e(item.wordingHash))\">\n"
        // Nothing is ticked in advance, whatever the person decided before (Art. 7, recital 32).
        b += "<div class=\"choices\">"
        b += "<label><input type=\"radio\" name=\"choice-\(e(id))\" value=\"grant\"> \(e(text.agree))</label>"
        b += "<label><input type=\"radio\" name=\"choice-\(e(id))\" value=\"refuse\"> \(e(text.disagree))</label>"
        b += "</div>\n"
        if item.canWithdraw {
            b += "<p><button type=\"submit\" name=\"withdraw\" value=\"\(e(id))\" class=\"withdraw\">\(e(text.withdraw)): \(e(item.wording.title))</button></p>\n"
        }
        b += "<p class=\"fingerprint\">\(e(text.fingerprint)): <code>\(e(item.wordingHash))</code></p>\n"
        b += "</fieldset>\n"
        return b
    }

    private static func notice(_ notice: Notice, content: ConsentPageContent, text: PageText) -> String {
        switch notice {
        case let .problem(message):
            return "<section class=\"notice problem\" role=\"alert\"><p>\(e(message))</p></section>\n"
        case let .recorded(decisions, receipt):
            var b = "<section class=\"notice recorded\" role=\"status\" aria-labelledby=\"recorded\"><h2 id=\"recorded\">\(e(text.recordedHeading))</h2>\n"
            if decisions.isEmpty {
                b += "<p>\(e(text.nothingChanged))</p>\n"
            } else {
                b += "<ul>"
                for d in decisions {
                    let title = content.items.first { $0.purpose.id == d.purpose }?.wording.title ?? d.purpose
                    b += "<li data-purpose=\"\(e(d.purpose))\" data-decision=\"\(d.decision.rawValue)\">\(e(title)): \(e(text.decision(d.decision))), \(e(PageText.time(d.at)))</li>"
                }
                b += "</ul>\n"
            }
            b += "<p>\(e(text.receipt)): <code class=\"receipt\">\(e(receipt))</code></p>\n<p class=\"note\">\(e(text.receiptNote))</p>\n</section>\n"
            return b
        }
    }

    private static func languageSwitch(_ lang: PageLanguage, token: String?) -> String {
        let other: PageLanguage = lang == .pl ? .en : .pl
        let path = token.map { ConsentLinkURL.pathPrefix + $0 } ?? "/"
        return "<nav><a href=\"\(e(path))?lang=\(other.rawValue)\" hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\">\(e(PageText(lang: lang).otherLanguage))</a></nav>"
    }

    /// The one page every token that does not open gets: wrong, expired, revoked, erased.
    static func neutral(lang: PageLanguage) -> String {
        let text = PageText(lang: lang)
        return message(title: text.neutralTitle, body: text.neutralBody, lang: lang)
    }

    static func tooMany(lang: PageLanguage) -> String {
        let text = PageText(lang: lang)
        return message(title: text.tooManyTitle, body: text.tooManyBody, lang: lang)
    }

    static func message(title: String, body: String, lang: PageLanguage) -> String {
        document(title: title, lang: lang, body: "<main><h1>\(e(title))</h1>\n<p>\(e(body))</p>\n</main>\n")
    }

    private static func document(title: String, lang: PageLanguage, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="same-origin">
        <title>\(e(title))</title>
        <link rel="stylesheet" href="\(PageStyle.path)">
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private static func e(_ s: String) -> String { HTMLRenderer.escape(s) }
}

/// The pages' one stylesheet, served from the server itself (the policy allows no inline style).
enum PageStyle {
    static let path = "/assets/page.css"

    /// Dark text on white at a contrast well above WCAG AA; a visible focus ring; one column
    /// that fits a phone.
    static let css = """
    *{box-sizing:border-box}
    body{margin:0;font:1.05rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#fff}
    header,main{max-width:46rem;margin:0 auto;padding:0 1rem}
    header{display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;border-bottom:2px solid #1d4ed8}
    h1{font-size:1.6rem;margin:1rem 0 .6rem}
    h2{font-size:1.25rem;margin:1.4rem 0 .5rem}
    a{color:#1d4ed8}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
    dt{font-weight:600}
    dd{margin:0;overflow-wrap:anywhere}
    dt.name{position:absolute;left:-9999px}
    dd.name{grid-column:1/-1;font-weight:600}
    fieldset{border:1px solid #6b7280;border-radius:.4rem;margin:1rem 0;padding:.6rem 1rem 1rem}
    legend{font-weight:700;font-size:1.1rem;padding:0 .3rem}
    .choices{display:flex;gap:1.5rem;flex-wrap:wrap;margin:.6rem 0}
    .choices label{display:flex;align-items:center;gap:.4rem;padding:.5rem .8rem;border:1px solid #6b7280;border-radius:.4rem;cursor:pointer;min-height:2.75rem}
    input[type=radio]{width:1.25rem;height:1.25rem;margin:0}
    button{font:inherit;padding:.6rem 1.1rem;border-radius:.4rem;border:2px solid #1d4ed8;min-height:2.75rem;cursor:pointer}
    button.save{background:#1d4ed8;color:#fff}
    button.withdraw{background:#fff;color:#9f1239;border-color:#9f1239}
    :focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
    .status-granted{color:#166534;font-weight:600}
    .status-refused,.status-withdrawn{color:#9f1239;font-weight:600}
    .note,.fingerprint{color:#374151;font-size:.9rem}
    code{font-size:.8rem;overflow-wrap:anywhere}
    .notice{border-left:4px solid #166534;background:#f0fdf4;padding:.4rem 1rem;margin:1rem 0}
    .notice.problem{border-color:#9f1239;background:#fff1f2}
    @media (max-width:30rem){dl{grid-template-columns:1fr}.choices{flex-direction:column;gap:.5rem}}

    """
}
