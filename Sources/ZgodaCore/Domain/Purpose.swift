import Foundation

/// Why data is processed (GDPR Art. 6).
public enum LegalBasis: String, CaseIterable, Sendable, Codable {
    case consent
    case contract
    case legitimateInterest = "legitimate-interest"
    case legalObligation = "legal-obligation"
}

/// How long data may be kept for a purpose after the basis for it ends.
public struct Retention: Equatable, Sendable, Codable, CustomStringConvertible {
    public var months: Int
    public init(months: Int) { self.months = months }

    /// Parses `24m`, `2y`, `24` (months) or `0` (no retention once the basis ends).
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let n = Int(t), n >= 0 { self.months = n; return }
        guard let last = t.last, let n = Int(t.dropLast()), n >= 0 else { return nil }
        switch last {
        case "m": self.months = n
        case "y": self.months = n * 12
        default: return nil
        }
    }

    public var description: String {
        months % 12 == 0 && months > 0 ? "\(months / 12)y" : "\(months)m"
    }
}

/// A purpose's title and description as a person reading one language is shown them.
public struct PurposeWording: Equatable, Sendable {
    public var title: String
    public var description: String
    public init(title: String, description: String) { self.title = title; self.description = description }
}

/// One entry of the purpose catalogue. A change of anything the person is shown makes a new
/// version. A material change needs fresh consent (consents given to older versions show as
/// `outdated`); an editorial fix (a typo, a clearer sentence) keeps them valid.
public struct Purpose: Equatable, Sendable {
    public var id: String
    /// The main wording (English): what a person reading a language with no translation of its
    /// own is shown.
    public var title: String
    public var description: String
    /// The wording in other languages (today Polish), each shown to the people who read it.
    /// English is the main wording and never a translation.
    public var translations: [Language: PurposeWording] = [:]
    public var legalBasis: LegalBasis
    public var retention: Retention
    public var version: Int
    /// The contact fields this purpose needs (minimisation); empty means "not declared".
    public var neededFields: [ContactField]
    /// Who the data goes to for this purpose: processors and recipients, with transfers
    /// outside the EEA (Art. 13(1)(e–f), 30(1)(d–e)). Empty: nobody outside the controller.
    public var recipients: [Recipient] = []
    /// True when the purpose makes decisions about people based solely on automated processing,
    /// profiling included, with legal or similarly significant effects (Art. 22). People are
    /// told either way (Art. 13(2)(f), 15(1)(h)); the logic belongs in the description.
    public var automatedDecisions = false
    /// The oldest version whose consents still count: the version of the last material change.
    /// Equal to `version` unless the versions since were editorial fixes (so a new version made
    /// any other way is material: nothing carries over unless it is said to).
    public var consentsFrom: Int {
        get { editorialBase.map { min($0, version) } ?? version }
        set { editorialBase = newValue < version ? newValue : nil }
    }
    /// `consentsFrom` when it is older than this version; nil otherwise.
    private var editorialBase: Int?

    public init(id: String, title: String, description: String, legalBasis: LegalBasis,
                retention: Retention, version: Int = 1, neededFields: [ContactField] = [], consentsFrom: Int? = nil,
                translations: [Language: PurposeWording] = [:], recipients: [Recipient] = []) {
        self.id = id; self.title = title; self.description = description; self.legalBasis = legalBasis
        self.retention = retention; self.version = version; self.neededFields = neededFields
        self.editorialBase = consentsFrom.flatMap { $0 < version ? $0 : nil }
        self.translations = translations.filter { $0.key != .en }
        self.recipients = recipients
    }

    /// The title and description a person reading `language` is shown: its translation, or the
    /// main wording when there is none.
    public func wording(in language: Language) -> PurposeWording {
        language == .en ? PurposeWording(title: title, description: description)
            : translations[language] ?? PurposeWording(title: title, description: description)
    }

    /// The title and the description in the language of the run (`Language.current`): what a
    /// screen shows.
    public var shownTitle: String { wording(in: Language.current).title }
    public var shownDescription: String { wording(in: Language.current).description }

    /// The languages whose wording differs from the main one: the hashes a consent to this
    /// version may carry are those of the main wording and of each of these.
    public var translatedLanguages: [Language] {
        Language.allCases.filter { $0 != .en && translations[$0] != nil }
    }

    /// The languages this version can be read in, the main one (English) first: the languages
    /// whose wordings a consent to it may have been given on.
    public var wordingLanguages: [Language] { [.en] + translatedLanguages }

    /// True when `other` differs in what the person is shown on the form (and so needs a new
    /// version): everything that goes into `Wording.text`.
    public func wordingDiffers(from other: Purpose) -> Bool {
        title != other.title || description != other.description || translations != other.translations
            || legalBasis != other.legalBasis
            || retention != other.retention || neededFields != other.neededFields || recipients != other.recipients
            || automatedDecisions != other.automatedDecisions
    }

    /// True when this version was an editorial fix of the one before (consents kept).
    public var isEditorialVersion: Bool { consentsFrom < version }

    /// Lowercase letters, digits and single dashes, starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.count <= 40 else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !id.hasSuffix("-") && !id.contains("--")
    }

    /// The catalogue a new data directory starts with, worded in English and Polish.
    public static let starters: [Purpose] = [
        Purpose(id: "email-marketing", title: "E-mail marketing",
                description: "Sending offers, newsletters and invitations to events by e-mail.",
                legalBasis: .consent, retention: Retention(months: 24),
                neededFields: [.name, .email],
                translations: [.pl: PurposeWording(title: "Marketing e-mailowy",
                                                   description: "Wysyłanie ofert, newsletterów i zaproszeń na wydarzenia pocztą elektroniczną.")]),
        Purpose(id: "phone-marketing", title: "Phone marketing",
                description: "Calling or texting with offers and invitations to events.",
                legalBasis: .consent, retention: Retention(months: 24),
                neededFields: [.name, .phone],
                translations: [.pl: PurposeWording(title: "Marketing telefoniczny",
                                                   description: "Telefony i SMS-y z ofertami i zaproszeniami na wydarzenia.")]),
        Purpose(id: "profiling", title: "Profiling",
                description: "Analysing purchase history and interests to tailor offers.",
                legalBasis: .consent, retention: Retention(months: 12),
                neededFields: [.name, .email, .company, .position, .city, .tags],
                translations: [.pl: PurposeWording(title: "Profilowanie",
                                                   description: "Analiza historii zakupów i zainteresowań w celu dopasowania ofert.")]),
        Purpose(id: "partners", title: "Sharing with partners",
                description: "Passing name and contact details to trusted partners for their own offers.",
                legalBasis: .consent, retention: Retention(months: 12),
                neededFields: [.name, .email, .phone],
                translations: [.pl: PurposeWording(title: "Udostępnianie partnerom",
                                                   description: "Przekazywanie imienia, nazwiska i danych kontaktowych zaufanym partnerom na potrzeby ich własnych ofert.")]),
    ]
}
