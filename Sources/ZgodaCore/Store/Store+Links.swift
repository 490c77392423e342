import Foundation

/// A link just issued, with the one copy of its token there will ever be.
public struct IssuedLink: Equatable, Sendable {
    public var link: ConsentLink
    /// The secret part of the URL. Only its keyed hash is stored: print it or mail it now.
    public var token: String

    /// The page's address under `base` (e.g. `https://zgoda.example.pl`).
    public func url(base: String) -> String { ConsentLinkURL.make(base: base, token: token) }
}

/// The path of a consent page: `/c/TOKEN`.
public enum ConsentLinkURL {
    public static let pathPrefix = "/c/"
    /// Where links point when nothing says otherwise: `zgoda serve`'s own default address.
    public static let defaultBase = "http://127.0.0.1:8080"

    /// `$ZGODA_PUBLIC_URL`, else `defaultBase`.
    public static func base(environment: [String: String]) -> String {
        environment["ZGODA_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultBase
    }

    public static func make(base: String, token: String) -> String {
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        return b + pathPrefix + token
    }
}

extension Store {
    // MARK: Issuing and revoking

    /// Issues a personal link for `id`, offering `purposes` (empty: every purpose whose legal
    /// basis is consent). With `mail`, the link is recorded as sent to the person's e-mail
    /// address, so a grant made through it confirms that address (double opt-in).
    @discardableResult
    public func issueLink(_ id: ContactID, purposes: [String] = [], lifetime: LinkLifetime = .standard,
                          mail: Bool = false) throws -> IssuedLink {
        guard let issued = try issueLinks(for: [id], purposes: purposes, lifetime: lifetime, mail: mail).first else {
            throw ZgodaError.unknownContact(id.rawValue)
        }
        return issued
    }

    /// Issues one link per person in one atomic group (a mailing's preferences links), in the
    /// order given.
    public func issueLinks(for ids: [ContactID], purposes: [String] = [], lifetime: LinkLifetime = .standard,
                           mail: Bool = false) throws -> [IssuedLink] {
        var made: [IssuedLink] = []
        try commit { state in
            made = try makeLinks(for: ids, state: state, purposes: purposes, lifetime: lifetime, mail: mail)
            return made.map { .linkIssued($0.link) }
        }
        return made
    }

    /// New links for `ids` against `state`, numbered after its last one, for a commit to record
    /// (`Event.linkIssued`). The page names the controller, so the controller must be set.
    func makeLinks(for ids: [ContactID], state: ZgodaState, purposes: [String], lifetime: LinkLifetime,
                   mail: Bool) throws -> [IssuedLink] {
        guard state.controller.isComplete else { throw ZgodaError.controllerIncomplete }
        let offered = try Self.resolvePurposes(purposes, state: state)
        let expires = try lifetime.expiry(from: now)
        var number = state.links.lastNumber
        var made: [IssuedLink] = []
        for id in ids {
            guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
            var address: String? = nil
            if mail {
                guard !c.details.email.isEmpty else {
                    throw ZgodaError.invalidInput(ErrorReason(en: "contact \(id) has no e-mail address to mail the link to",
                    pl: "kontakt \(id) nie ma adresu e-mail, na który można wysłać link"))
                }
                address = c.details.email
            }
            let token = LinkToken.generate()
            guard let hash = linkTokenHash(token) else { throw ZgodaError.damaged(ErrorReason(en: "the directory secret (key slot 0) cannot be read",
                    pl: "nie można odczytać sekretu katalogu (gniazdo klucza 0)")) }
            number += 1
            let link = ConsentLink(id: "L\(number)", contact: id, tokenHash: hash, purposes: offered,
                                   issued: Date(millis: now.millis), expires: expires, mailedTo: address)
            made.append(IssuedLink(link: link, token: token))
        }
        return made
    }

    /// Revokes one link: its page shows the neutral "not valid" page from now on.
    @discardableResult
    public func revokeLink(_ linkID: String) throws -> ConsentLink {
        var revoked: ConsentLink?
        try commit { state in
            guard let link = state.links.byID[linkID] else {
                throw ZgodaError.invalidInput(ErrorReason(en: "no link with id '\(linkID)' (see 'zgoda link list')",
                    pl: "nie ma linku o identyfikatorze „\(linkID)” (zob. „zgoda link list”)"))
            }
            if link.revoked != nil { throw ZgodaError.invalidInput(ErrorReason(en: "link \(linkID) is already revoked",
                    pl: "link \(linkID) jest już unieważniony")) }
            revoked = link
            return [.linkRevoked(id: link.id, contact: link.contact)]
        }
        guard let id = revoked?.id, let link = state.links.byID[id] else { throw ZgodaError.invalidInput(ErrorReason(en: "link \(linkID) is gone",
                    pl: "link \(linkID) zniknął")) }
        return link
    }

    /// Revokes every open link of one person; returns the ids revoked.
    @discardableResult
    public func revokeLinks(of contact: ContactID) throws -> [String] {
        var ids: [String] = []
        try commit { state in
            guard state.contacts[contact] != nil else { throw ZgodaError.unknownContact(contact.rawValue) }
            let open = state.links.links(of: contact).filter { $0.revoked == nil }
            ids = open.map(\.id)
            return open.map { .linkRevoked(id: $0.id, contact: contact) }
        }
        return ids
    }

    /// The purposes a link offers: those named (each once, each in the catalogue), else every
    /// purpose whose legal basis is consent. The page asks for consents, so a purpose on
    /// another basis (legitimate interest: the person objects; contract: nothing to ask) is
    /// refused by name.
    static func resolvePurposes(_ named: [String], state: ZgodaState) throws -> [String] {
        var out: [String] = []
        for p in named where !out.contains(p) {
            guard let purpose = state.purposes[p] else { throw ZgodaError.unknownPurpose(p) }
            guard purpose.legalBasis == .consent else {
                throw ZgodaError.invalidInput(ErrorReason(en: "purpose \(p) relies on \(purpose.legalBasis.rawValue), not consent: the consent page cannot offer it (an objection is recorded with 'zgoda consent object')",
                    pl: "cel \(p) opiera się na podstawie „\(CoreText.Labels.legalBasis(purpose.legalBasis).pl)”, a nie na zgodzie: strona zgód nie może go zaoferować (sprzeciw zapisuje się poleceniem „zgoda consent object”)"))
            }
            out.append(p)
        }
        if out.isEmpty { out = state.purposes.values.filter { $0.legalBasis == .consent }.map(\.id) }
        if out.isEmpty { throw ZgodaError.invalidInput(ErrorReason(en: "no purpose needs consent; name one with --purpose",
                    pl: "żaden cel nie wymaga zgody; wskaż cel opcją --purpose")) }
        return out
    }

    // MARK: Tokens

    /// The keyed hash a token is stored as: HMAC-SHA256 with the directory secret, apart from
    /// the suppression hashes by its prefix.
    func linkTokenHash(_ token: String) -> String? { suppressionHash("consent-link:" + token) }

    /// The open link a token belongs to, or nil for a token that is malformed, unknown, expired,
    /// revoked, or whose person was erased — all alike, so a page never tells them apart.
    public func openLink(token: Substring) -> ConsentLink? {
        guard LinkToken.isWellFormed(token), let hash = linkTokenHash(String(token)),
              let link = state.links.link(tokenHash: hash) else { return nil }
        return Self.isOpen(link, state: state, now: now) ? link : nil
    }

    static func isOpen(_ link: ConsentLink, state: ZgodaState, now: Date) -> Bool {
        guard link.closedReason(now: now) == nil, let c = state.contacts[link.contact], !c.anonymized, !c.damaged else { return false }
        return true
    }

    /// A keyed value tied to one link and one moment, for the page's anti-forgery field.
    public func linkFormSecret(_ link: ConsentLink, window: Int64) -> String? {
        suppressionHash("consent-form:\(link.tokenHash):\(window)")
    }

    // MARK: The customer's page

    /// What the customer's page shows for a token, or nil (the neutral page), in `language`:
    /// Polish unless the customer's browser or the page's switch asks for English.
    public func consentPage(token: Substring, language: Language = .pl) -> ConsentPageContent? {
        guard let link = openLink(token: token) else { return nil }
        return ConsentPageContent(link: link, state: state, now: now, language: language)
    }

    /// Records the customer's choices made on the page: one decision per purpose whose choice
    /// differs from the person's current decision, with source `web-form` and the evidence, in
    /// one atomic group. A choice made against a wording other than the current one is refused
    /// (`WebChoiceRefusal.wordingChanged`): the decision must carry the hash of what was shown.
    public func recordWebChoices(token: Substring, choices: [WebChoice], evidence: WebEvidence, language: Language = .pl) throws -> WebOutcome {
        var recorded: [ConsentDecision] = []
        var linkID: String?
        try commit { state in
            recorded = []
            guard LinkToken.isWellFormed(token), let hash = linkTokenHash(String(token)),
                  let link = state.links.link(tokenHash: hash), Self.isOpen(link, state: state, now: now),
                  let person = state.contacts[link.contact] else { throw WebChoiceRefusal.linkClosed }
            linkID = link.id
            let latest = state.latestDecisions(for: link.contact)
            var seen = Set<String>()
            for choice in choices {
                // A purpose whose basis changed from consent since the link was issued is no longer
                // the customer's to grant or refuse.
                guard link.purposes.contains(choice.purpose), seen.insert(choice.purpose).inserted,
                      let purpose = state.purposes[choice.purpose], purpose.legalBasis == .consent else { throw WebChoiceRefusal.invalidChoice }
                // The hash of the wording the person read, in whichever language the page showed it.
                guard Wording.hashes(controller: state.controller, purpose: purpose).contains(choice.shownWording) else {
                    throw WebChoiceRefusal.wordingChanged
                }
                let wording = choice.shownWording
                let previous = latest[purpose.id]
                let status = previous?.status(against: purpose, now: now) ?? .none
                guard let decision = choice.kind.decision(after: previous, status: status) else { continue }
                recorded.append(ConsentDecision(
                    contact: link.contact, purpose: purpose.id, purposeVersion: purpose.version, decision: decision,
                    source: .webForm, evidence: evidence.text(link: link, decision: decision, person: person.details),
                    at: now, operator: operatorName, expires: nil, wordingHash: wording))
            }
            return recorded.map(Event.consentRecorded)
        }
        guard let linkID, let link = state.links.byID[linkID] else { throw WebChoiceRefusal.linkClosed }
        let page = ConsentPageContent(link: link, state: state, now: now, language: language)
        return WebOutcome(recorded: recorded.map { d in d.with(at: Date(millis: d.at.millis)) }, receipt: head, page: page)
    }
}

/// One choice from the page.
public struct WebChoice: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case grant, refuse, withdraw

        /// The decision this choice records after `previous`, or nil when it changes nothing.
        func decision(after previous: ConsentDecision?, status: ConsentStatus) -> Decision? {
            switch self {
            case .grant:
                return status == .granted ? nil : .granted
            case .refuse:
                if status == .granted || status == .outdated { return .withdrawn }
                return status == .refused || status == .withdrawn ? nil : .refused
            case .withdraw:
                return status == .granted || status == .outdated ? .withdrawn : nil
            }
        }
    }

    public var purpose: String
    public var kind: Kind
    /// The wording fingerprint the page showed with the choice.
    public var shownWording: String

    public init(purpose: String, kind: Kind, shownWording: String) {
        self.purpose = purpose; self.kind = kind; self.shownWording = shownWording
    }
}

/// Who submitted the page, as recorded in the evidence of each decision.
public struct WebEvidence: Equatable, Sendable {
    public var clientAddress: String
    public var userAgent: String

    /// The longest user agent kept: enough to tell browsers apart, not a place to store a book.
    static let userAgentLimit = 300

    public init(clientAddress: String, userAgent: String) {
        self.clientAddress = clientAddress; self.userAgent = userAgent
    }

    /// `web form, link L3; client 192.0.2.7; user agent "…"` and, for a grant through a mailed
    /// link, the address it confirms. One line: control characters become spaces.
    func text(link: ConsentLink, decision: Decision, person: ContactDetails) -> String {
        let agent = String(String(userAgent.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
            .prefix(Self.userAgentLimit))
        var s = "web form, link \(link.id); client \(clientAddress.isEmpty ? "unknown" : clientAddress); user agent \"\(agent)\""
        if decision == .granted, let mailed = link.mailedTo,
           Validation.normalizedEmail(mailed) == Validation.normalizedEmail(person.email) {
            s += "; confirms \(mailed) (double opt-in: the link was mailed there)"
        }
        return s
    }
}

/// Why the page's choices were not recorded.
public enum WebChoiceRefusal: Error, Equatable, Sendable {
    /// The token is wrong, expired, revoked or its person erased (shown as the neutral page).
    case linkClosed
    /// A purpose's wording changed since the page was shown: show it again.
    case wordingChanged
    /// A choice for a purpose the link does not offer, or twice for one purpose.
    case invalidChoice
}

/// What submitting the page did.
public struct WebOutcome: Equatable, Sendable {
    /// The decisions recorded, one per purpose whose choice changed something.
    public var recorded: [ConsentDecision]
    /// The journal head after them: the receipt.
    public var receipt: String
    /// The page as it is now.
    public var page: ConsentPageContent
}

extension ConsentDecision {
    func with(at date: Date) -> ConsentDecision { var d = self; d.at = date; return d }
}
