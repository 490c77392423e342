import Foundation
import ZgodaCore

/// The consent pages' rules: which token opens what, what a submission records, who is
/// slowed down. It owns the store, so every request sees the journal as it is on disk
/// (`refresh` reads only what other processes appended) and writes go through the same lock
/// as every other Zgoda process.
actor ConsentDesk {
    private let store: Store
    private var limiter: RateLimiter
    /// Hosts a form may be posted from, besides the request's own `Host` (the public URL's).
    private let allowedOrigins: Set<String>

    init(store: sending Store, limits: RateLimiter.Limits, publicURL: String?) {
        self.store = store
        limiter = RateLimiter(limits: limits)
        allowedOrigins = Set([publicURL.flatMap(Self.origin(of:))].compactMap { $0 })
    }

    func handle(_ request: PageRequest) -> PageResponse {
        let now = store.now
        let lang = PageLanguage.choose(query: request.langQuery, acceptLanguage: request.acceptLanguage)
        guard limiter.admit(request.client, now: now) else {
            return PageResponse(status: 429, html: ConsentPageHTML.tooMany(lang: lang), retryAfter: Int(limiter.limits.window))
        }
        do { try store.refresh() } catch {
            return unavailable(lang)
        }
        guard let link = store.openLink(token: request.token), let content = store.consentPage(token: request.token, language: lang.language) else {
            limiter.fail(request.client, now: now)
            return PageResponse(status: 404, html: ConsentPageHTML.neutral(lang: lang))
        }
        let token = String(request.token)
        func page(_ status: Int, _ content: ConsentPageContent, notice: ConsentPageHTML.Notice? = nil) -> PageResponse {
            guard let key = FormKey.make(for: link, store: store, now: now) else { return unavailable(lang) }
            return PageResponse(status: status, html: ConsentPageHTML.page(content, lang: lang, token: token, formKey: key, notice: notice))
        }
        let text = PageText(lang: lang)
        switch request.method {
        case .get:
            return page(200, content)
        case .post:
            guard comesFromThisSite(request) else { return page(403, content, notice: .problem(text.formExpired)) }
            guard let form = FormBody(request.body) else { return page(400, content, notice: .problem(text.badForm)) }
            guard FormKey.check(form.value("form-key"), for: link, store: store, now: now) else {
                return page(403, content, notice: .problem(text.formExpired))
            }
            guard let choices = Self.choices(form, content: content) else { return page(400, content, notice: .problem(text.badForm)) }
            do {
                let outcome = try store.recordWebChoices(token: request.token, choices: choices,
                                                         evidence: WebEvidence(clientAddress: request.client, userAgent: request.userAgent),
                                                         language: lang.language)
                return page(200, outcome.page, notice: .recorded(outcome.recorded, receipt: outcome.receipt))
            } catch WebChoiceRefusal.linkClosed {
                return PageResponse(status: 404, html: ConsentPageHTML.neutral(lang: lang))
            } catch WebChoiceRefusal.wordingChanged {
                return page(409, store.consentPage(token: request.token, language: lang.language) ?? content, notice: .problem(text.wordingChanged))
            } catch WebChoiceRefusal.invalidChoice {
                return page(400, content, notice: .problem(text.badForm))
            } catch {
                return unavailable(lang)
            }
        }
    }

    /// The choices in a submitted form: one withdrawal when a withdraw button was pressed (the
    /// radio buttons are then ignored: the person asked for that one thing), else every purpose
    /// given `grant` or `refuse`. Nil for a field that makes no sense.
    static func choices(_ form: FormBody, content: ConsentPageContent) -> [WebChoice]? {
        func wording(_ id: String) -> String? { form.value("wording-" + id) }
        if form.count("withdraw") > 0 {
            guard let id = form.value("withdraw"), let shown = wording(id) else { return nil }
            return [WebChoice(purpose: id, kind: .withdraw, shownWording: shown)]
        }
        var out: [WebChoice] = []
        for item in content.items {
            let id = item.purpose.id
            guard form.count("choice-" + id) > 0 else { continue }
            guard let value = form.value("choice-" + id), let kind = WebChoice.Kind(rawValue: value), kind != .withdraw,
                  let shown = wording(id) else { return nil }
            out.append(WebChoice(purpose: id, kind: kind, shownWording: shown))
        }
        return out
    }

    /// A form posted by another site is refused: the browser says so (`Sec-Fetch-Site`), or its
    /// `Origin` is neither this host nor the public URL. (The form key already needs the page;
    /// this stops a page that framed or scraped it.) An opaque `Origin: null` (a privacy
    /// setting, a page opened from a file) proves nothing either way and is left to the other two.
    private func comesFromThisSite(_ r: PageRequest) -> Bool {
        if let site = r.fetchSite?.lowercased(), site == "cross-site" || site == "same-site" { return false }
        guard let origin = r.origin, origin != "null" else { return true }
        guard let o = Self.origin(of: origin) else { return false }
        if let host = r.host?.lowercased(), o == "http://" + host || o == "https://" + host { return true }
        return allowedOrigins.contains(o)
    }

    /// `scheme://host[:port]`, lowercased, of a URL.
    static func origin(of url: String) -> String? {
        guard let c = URLComponents(string: url), let scheme = c.scheme?.lowercased(), let host = c.host?.lowercased(), !host.isEmpty else { return nil }
        return "\(scheme)://\(host)" + (c.port.map { ":\($0)" } ?? "")
    }

    private func unavailable(_ lang: PageLanguage) -> PageResponse {
        let text = lang == .pl
            ? ("Chwilowa przerwa", "Nie udało się teraz zapisać ani odczytać Twoich wyborów. Spróbuj ponownie za chwilę.")
            : ("Temporarily unavailable", "Your choices could not be read or saved just now. Please try again shortly.")
        return PageResponse(status: 503, html: ConsentPageHTML.message(title: text.0, body: text.1, lang: lang))
    }
}
