import Foundation

/// Someone a purpose's data goes to (GDPR Art. 13(1)(e), 15(1)(c), 30(1)(d)): a processor
/// working for the controller (a mailing service, a call centre) or a recipient using it for
/// its own ends (a partner). A recipient outside the European Economic Area is a transfer
/// (Art. 44–49) and names the safeguard it rests on.
///
/// Written on the command line as `NAME; ROLE; COUNTRY[; SAFEGUARD]`, e.g.
/// `Mailchimp (Intuit Inc.); processor; US; EU-US Data Privacy Framework`.
public struct Recipient: Equatable, Sendable {
    /// Stored by these stable names.
    public enum Role: String, CaseIterable, Sendable {
        case processor
        case recipient

        public var label: Localized {
            switch self {
            case .processor: return Localized(en: "processor", pl: "podmiot przetwarzający")
            case .recipient: return Localized(en: "recipient", pl: "odbiorca")
            }
        }
    }

    public var name: String
    public var role: Role
    /// ISO 3166-1 alpha-2 code, upper case (`PL`, `US`).
    public var country: String
    /// What a transfer outside the EEA rests on (an adequacy decision, standard contractual
    /// clauses, …); empty inside the EEA.
    public var safeguard: String

    public init(name: String, role: Role, country: String, safeguard: String = "") {
        self.name = name; self.role = role; self.country = country; self.safeguard = safeguard
    }

    /// The EU member states with Iceland, Liechtenstein and Norway.
    public static let eea: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ]

    /// True when the data leaves the EEA (Chapter V GDPR).
    public var isTransfer: Bool { !Self.eea.contains(country) }

    /// The command line's form, which `init(parsing:)` reads back.
    public var spec: String {
        ([name, role.rawValue, country] + (safeguard.isEmpty ? [] : [safeguard])).joined(separator: "; ")
    }

    /// Reads `NAME; ROLE; COUNTRY[; SAFEGUARD]`. A transfer outside the EEA without a safeguard
    /// is refused: Art. 44 allows none.
    public init(parsing spec: String) throws(ZgodaError) {
        let parts = spec.split(separator: ";", omittingEmptySubsequences: false).map { Validation.trimmed(String($0), newlines: true) }
        func refuse(_ en: String, _ pl: String) -> ZgodaError {
            .invalidValue(field: "recipient", reason: ErrorReason(en: en, pl: pl))
        }
        guard parts.count == 3 || parts.count == 4 else {
            throw refuse("write it as 'NAME; processor|recipient; COUNTRY[; SAFEGUARD]', not '\(spec)'",
                         "zapisz go jako 'NAZWA; processor|recipient; KRAJ[; ZABEZPIECZENIE]', a nie '\(spec)'")
        }
        guard !parts[0].isEmpty, parts[0].count <= 200 else {
            throw refuse("the name is empty or longer than 200 characters", "nazwa jest pusta albo dłuższa niż 200 znaków")
        }
        guard let role = Role(rawValue: parts[1].lowercased()) else {
            throw refuse("'\(parts[1])' is not a role: processor or recipient", "'\(parts[1])' to nie rola: processor albo recipient")
        }
        let country = parts[2].uppercased()
        guard country.count == 2, country.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw refuse("'\(parts[2])' is not a two-letter country code (PL, DE, US)", "'\(parts[2])' to nie dwuliterowy kod kraju (PL, DE, US)")
        }
        let safeguard = parts.count == 4 ? parts[3] : ""
        self.init(name: parts[0], role: role, country: country, safeguard: safeguard)
        if isTransfer && safeguard.isEmpty {
            throw refuse("\(country) is outside the EEA: name the safeguard of the transfer (an adequacy decision, standard contractual clauses) as a fourth part",
                         "\(country) leży poza EOG: podaj zabezpieczenie przekazania (decyzja stwierdzająca odpowiedni stopień ochrony, standardowe klauzule umowne) jako czwartą część")
        }
    }

    /// One line for documents: "Mailchimp (Intuit Inc.) — processor, US (transfer: EU-US Data
    /// Privacy Framework)".
    public func line(in language: Language) -> String {
        let transfer = isTransfer
            ? Localized(en: " (transfer outside the EEA: \(safeguard))", pl: " (przekazanie poza EOG: \(safeguard))")(language) : ""
        return "\(name) — \(role.label(language)), \(country)\(transfer)"
    }
}
