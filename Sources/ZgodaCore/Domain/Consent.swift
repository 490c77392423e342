import Foundation

/// What the person decided for one purpose.
public enum Decision: String, CaseIterable, Sendable, Codable {
    case granted, refused, withdrawn
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
    case granted, refused, withdrawn, expired, outdated, none
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
    /// SHA-256 (hex) of the exact wording the person saw: controller name and address, purpose
    /// id, title, description, legal basis and version.
    public var wordingHash: String

    public init(contact: ContactID, purpose: String, purposeVersion: Int, decision: Decision,
                source: ConsentSource, evidence: String?, at: Date, operator: String,
                expires: Date?, wordingHash: String) {
        self.contact = contact; self.purpose = purpose; self.purposeVersion = purposeVersion
        self.decision = decision; self.source = source; self.evidence = evidence; self.at = at
        self.operator = `operator`; self.expires = expires; self.wordingHash = wordingHash
    }

    /// The status this decision gives, seen at `now` against the purpose's current version.
    public func status(currentVersion: Int, now: Date) -> ConsentStatus {
        switch decision {
        case .refused: return .refused
        case .withdrawn: return .withdrawn
        case .granted:
            if let expires, expires <= now { return .expired }
            if purposeVersion < currentVersion { return .outdated }
            return .granted
        }
    }
}

/// The exact wording a person is shown for a purpose, and its fingerprint.
public enum Wording {
    public static func text(controller: DataController, purpose: Purpose) -> String {
        """
        Controller: \(controller.name)
        Address: \(controller.address)
        Purpose: \(purpose.id) (version \(purpose.version))
        Title: \(purpose.title)
        Description: \(purpose.description)
        Legal basis: \(purpose.legalBasis.rawValue)
        """
    }

    public static func hash(controller: DataController, purpose: Purpose) -> String {
        SHA256Hex.of(Array(text(controller: controller, purpose: purpose).utf8))
    }
}
