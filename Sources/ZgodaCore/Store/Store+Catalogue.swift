import Foundation

/// Whether a new version of a purpose needs fresh consent.
public enum VersionChange: String, Sendable, CaseIterable {
    /// What the person agreed to has changed: consents to earlier versions become `outdated`.
    case material
    /// A correction (a typo, a clearer sentence) that keeps consents to earlier versions valid.
    case editorial
}

/// What `editPurpose` did.
public struct PurposeEditOutcome: Equatable, Sendable {
    public var before: Purpose
    public var after: Purpose
    /// Nil when the version stayed (nothing the person is shown changed).
    public var versionChange: VersionChange?
    /// True when nothing changed at all (nothing was recorded).
    public var unchanged: Bool { before == after }
    public var basisSwitched: Bool { before.legalBasis != after.legalBasis }
}

extension Store {
    /// Adds a purpose to the catalogue.
    public func addPurpose(_ purpose: Purpose) throws {
        guard Purpose.isValidID(purpose.id) else {
            throw ZgodaError.invalidValue(field: "id", reason: ErrorReason(en: "'\(purpose.id)' must be lowercase letters, digits and dashes, starting with a letter", pl: "\u{201E}\(purpose.id)\u{201D} musi składać się z małych liter, cyfr i myślników i zaczynać się literą"))
        }
        guard !purpose.title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ZgodaError.invalidValue(field: "title", reason: ErrorReason(en: "a purpose needs a title", pl: "cel musi mieć tytuł"))
        }
        try Self.checkTranslations(purpose)
        try commit { state in
            if state.purposes[purpose.id] != nil { throw ZgodaError.duplicatePurpose(purpose.id) }
            var p = purpose
            p.version = 1
            p.consentsFrom = 1
            return [.purposeAdded(p)]
        }
    }

    /// Changes a purpose. A change of anything the person is shown on the form (title,
    /// description, legal basis, retention, needed fields) makes a new version, and the caller
    /// must say which kind (`change`): a material change needs fresh consent, an editorial fix
    /// keeps the consents given. A switch of the legal basis changes what every decision on
    /// the purpose stands on: it must be confirmed (`basisSwitchConfirmed`) and is always
    /// material. Nothing is written when nothing changed.
    @discardableResult
    public func editPurpose(_ id: String, change kind: VersionChange? = nil, basisSwitchConfirmed: Bool = false,
                            _ change: (inout Purpose) -> Void) throws -> PurposeEditOutcome {
        var outcome: PurposeEditOutcome?
        try commit { state in
            guard let old = state.purposes[id] else { throw ZgodaError.unknownPurpose(id) }
            var p = old
            change(&p)
            p.id = old.id
            p.version = old.version
            p.consentsFrom = old.consentsFrom
            if p.title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ZgodaError.invalidValue(field: "title", reason: ErrorReason(en: "a purpose needs a title", pl: "cel musi mieć tytuł"))
            }
            try Self.checkTranslations(p)
            var made: VersionChange? = nil
            if p.wordingDiffers(from: old) {
                let switched = p.legalBasis != old.legalBasis
                if switched && !basisSwitchConfirmed {
                    throw ZgodaError.confirmationNeeded(ErrorReason(en: "switching purpose \(id) from \(old.legalBasis.rawValue) to \(p.legalBasis.rawValue) changes what every decision on it stands on; confirm the switch",
                    pl: "zmiana podstawy prawnej celu \(id) z „\(CoreText.Labels.legalBasis(old.legalBasis).pl)” na „\(CoreText.Labels.legalBasis(p.legalBasis).pl)” zmienia to, na czym opiera się każda decyzja o nim; potwierdź zmianę"))
                }
                if switched && kind == .editorial {
                    throw ZgodaError.invalidInput(ErrorReason(en: "a switch of the legal basis is a material change: decisions on the old basis cannot carry over",
                    pl: "zmiana podstawy prawnej jest zmianą istotną: decyzje podjęte na starej podstawie nie mogą zostać przeniesione"))
                }
                guard let kind = switched ? .material : kind else {
                    throw ZgodaError.versionChangeUnstated(id: id, next: old.version + 1)
                }
                p.version = old.version + 1
                p.consentsFrom = kind == .material ? p.version : old.consentsFrom
                made = kind
            }
            outcome = PurposeEditOutcome(before: old, after: p, versionChange: made)
            return p == old ? [] : [.purposeEdited(p)]
        }
        return outcome!
    }

    /// Sets how long someone who never had a legal basis may be kept after being added (the
    /// time to ask for consent), in days: 1 to 730. Recorded; returns whether it changed.
    @discardableResult
    public func setRetentionGrace(days: Int) throws -> Bool {
        guard (1...730).contains(days) else {
            throw ZgodaError.invalidValue(field: "grace", reason: ErrorReason(en: "\(days) days: use 1 to 730 days", pl: "\(days) dni: podaj od 1 do 730 dni"))
        }
        return try commitReturning { state in
            state.retentionGraceDays == days ? (false, []) : (true, [.retentionGraceSet(days: days)])
        }
    }

    /// Sets the data controller named on forms and reports.
    public func setController(_ change: (inout DataController) -> Void) throws {
        try commit { state in
            var c = state.controller
            change(&c)
            c.name = c.name.trimmingCharacters(in: .whitespacesAndNewlines)
            c.address = c.address.trimmingCharacters(in: .whitespacesAndNewlines)
            c.email = c.email.trimmingCharacters(in: .whitespacesAndNewlines)
            c.dpo = c.dpo.trimmingCharacters(in: .whitespacesAndNewlines)
            if !c.email.isEmpty && !Validation.isValidEmail(c.email) {
                throw ZgodaError.invalidValue(field: "email", reason: ErrorReason(en: "'\(c.email)' is not an e-mail address", pl: "\u{201E}\(c.email)\u{201D} to nie jest adres e-mail"))
            }
            return c == state.controller ? [] : [.controllerSet(c)]
        }
    }

    /// A translation is a whole wording: a person reading it must not meet half of it in
    /// another language.
    static func checkTranslations(_ p: Purpose) throws {
        for (language, w) in p.translations {
            guard language != .en else {
                throw ZgodaError.invalidValue(field: "title", reason: ErrorReason(en: "English is a purpose's main wording (--title, --description), not a translation",
                                                                                pl: "angielski to główne brzmienie celu (--title, --description), nie tłumaczenie"))
            }
            guard !w.title.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ZgodaError.invalidValue(field: "title-\(language.rawValue)", reason: ErrorReason(
                    en: "the \(language.rawValue) wording of purpose \(p.id) needs a title",
                    pl: "brzmienie celu \(p.id) w języku \(language.rawValue) musi mieć tytuł"))
            }
            guard !w.description.trimmingCharacters(in: .whitespaces).isEmpty || p.description.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ZgodaError.invalidValue(field: "description-\(language.rawValue)", reason: ErrorReason(
                    en: "the \(language.rawValue) wording of purpose \(p.id) needs a description, as the main one has",
                    pl: "brzmienie celu \(p.id) w języku \(language.rawValue) musi mieć opis, tak jak główne"))
            }
        }
    }
}
