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

/// One entry of the purpose catalogue. A change of anything the person is shown makes a new
/// version. A material change needs fresh consent (consents given to older versions show as
/// `outdated`); an editorial fix (a typo, a clearer sentence) keeps them valid.
public struct Purpose: Equatable, Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var legalBasis: LegalBasis
    public var retention: Retention
    public var version: Int
    /// The contact fields this purpose needs (minimisation); empty means "not declared".
    public var neededFields: [ContactField]
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
                retention: Retention, version: Int = 1, neededFields: [ContactField] = [], consentsFrom: Int? = nil) {
        self.id = id; self.title = title; self.description = description; self.legalBasis = legalBasis
        self.retention = retention; self.version = version; self.neededFields = neededFields
        self.editorialBase = consentsFrom.flatMap { $0 < version ? $0 : nil }
    }

    /// True when `other` differs in what the person is shown on the form (and so needs a new
    /// version): everything that goes into `Wording.text`.
    public func wordingDiffers(from other: Purpose) -> Bool {
        title != other.title || description != other.description || legalBasis != other.legalBasis
            || retention != other.retention || neededFields != other.neededFields
    }

    /// True when this version was an editorial fix of the one before (consents kept).
    public var isEditorialVersion: Bool { consentsFrom < version }

    /// Lowercase letters, digits and single dashes, starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.count <= 40 else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !id.hasSuffix("-") && !id.contains("--")
    }

    /// The catalogue a new data directory starts with.
    public static let starters: [Purpose] = [
        Purpose(id: "email-marketing", title: "E-mail marketing",
                description: "Sending offers, newsletters and invitations to events by e-mail.",
                legalBasis: .consent, retention: Retention(months: 24),
                neededFields: [.name, .email]),
        Purpose(id: "phone-marketing", title: "Phone marketing",
                description: "Calling or texting with offers and invitations to events.",
                legalBasis: .consent, retention: Retention(months: 24),
                neededFields: [.name, .phone]),
        Purpose(id: "profiling", title: "Profiling",
                description: "Analysing purchase history and interests to tailor offers.",
                legalBasis: .consent, retention: Retention(months: 12),
                neededFields: [.name, .email, .company, .position, .city, .tags]),
        Purpose(id: "partners", title: "Sharing with partners",
                description: "Passing name and contact details to trusted partners for their own offers.",
                legalBasis: .consent, retention: Retention(months: 12),
                neededFields: [.name, .email, .phone]),
    ]
}
