import Foundation

/// What the person decided for one purpose.
/// `objected`: an objection (Art. 21) to a purpose that relies on legitimate interest — not a
/// refused consent, since no consent was asked for.
public enum Decision: String, CaseIterable, Sendable, Codable {
    case granted, refused, withdrawn, objected
}

extension Decision {
    /// The verb of the command and journal kind that records it (`consent.grant`, …).
    public var verb: String {
        switch self {
        case .granted: return "grant"
        case .refused: return "refuse"
        case .withdrawn: return "withdraw"
        case .objected: return "object"
        }
    }
}

/// How the decision reached us.
public enum ConsentSource: String, CaseIterable, Sendable, Codable {
    case inPerson = "in-person"
    case phone, email
    case webForm = "web-form"
    case paper, `import`
}

/// The current state of a contact's consent for one purpose, derived from the decisions.
public enum ConsentStatus: String, CaseIterable, Sendable, Codable {
    case granted, refused, withdrawn, expired, outdated, objected, none
}

/// One consent decision, as the journal records it. Every decision stays in the history;
/// the current status is derived from the latest one per purpose.
public struct ConsentDecision: Equatable, Sendable {
    public var contact: ContactID
    public var purpose: String
    public var purposeVersion: Int
    public var decision: Decision
    public var source: ConsentSource
    /// Free text proof (e.g. "signed form no. 12"). Personal: erased with the person; nil then.
    public var evidence: String?
    public var at: Date
    public var `operator`: String
    public var expires: Date?
    /// SHA-256 (hex) of the exact wording the person saw (`Wording.text`: the controller and
    /// everything the form shows about the purpose).
    public var wordingHash: String

    public init(contact: ContactID, purpose: String, purposeVersion: Int, decision: Decision,
                source: ConsentSource, evidence: String?, at: Date, operator: String,
                expires: Date?, wordingHash: String) {
        self.contact = contact; self.purpose = purpose; self.purposeVersion = purposeVersion
        self.decision = decision; self.source = source; self.evidence = evidence; self.at = at
        self.operator = `operator`; self.expires = expires; self.wordingHash = wordingHash
    }

    /// The status this decision gives, seen at `now` against the purpose as it is: a grant of
    /// a version older than the purpose's last material change is `outdated`.
    public func status(against purpose: Purpose, now: Date) -> ConsentStatus {
        switch decision {
        case .refused: return .refused
        case .withdrawn: return .withdrawn
        case .objected: return .objected
        case .granted:
            if let expires, expires <= now { return .expired }
            if purposeVersion < purpose.consentsFrom { return .outdated }
            return .granted
        }
    }
}

/// The exact wording a person is shown for a purpose, and its fingerprint.
///
/// Everything the consent form shows about the controller and the purpose is in the text, so
/// that two decisions with one hash were given on the same form. Decisions keep the hash they
/// were given with; the text only ever gains lines (older hashes are never recomputed).
public enum Wording {
    /// The text a consent's wording hash is taken over: everything the person is shown about the
    /// purpose, in the language they read it in. For English, and for a purpose with no wording
    /// of its own in `language`, it is the text hashes have always been taken over, so a hash
    /// recorded before purposes had translations still names the same text. Recipients are in
    /// it when the purpose has any (and so, as before, absent when it has none).
    public static func text(controller: DataController, purpose: Purpose, language: Language = .en) -> String {
        let wording = purpose.wording(in: language)
        let translated = language != .en && purpose.translations[language] != nil
        return """
        Controller: \(controller.name)
        Address: \(controller.address)
        E-mail: \(controller.email)
        Data protection officer: \(controller.dpo)
        Purpose: \(purpose.id) (version \(purpose.version))
        Title: \(wording.title)
        Description: \(wording.description)
        Legal basis: \(purpose.legalBasis.rawValue)
        Retention: \(purpose.retention)
        Data needed: \(purpose.neededFields.map(\.rawValue).joined(separator: ","))
        """ + (translated ? "\nLanguage: \(language.rawValue)" : "")
            + (purpose.recipients.isEmpty ? "" : "\nRecipients: " + purpose.recipients.map { $0.spec }.joined(separator: " | "))
            + (purpose.automatedDecisions ? "\nAutomated decisions (Art. 22): yes" : "")
    }

    public static func hash(controller: DataController, purpose: Purpose, language: Language = .en) -> String {
        SHA256Hex.of(Array(text(controller: controller, purpose: purpose, language: language).utf8))
    }

    /// Every hash a consent to this version may carry: one per wording the person may have read.
    public static func hashes(controller: DataController, purpose: Purpose) -> Set<String> {
        Set(purpose.wordingLanguages.map { hash(controller: controller, purpose: purpose, language: $0) })
    }
}
