import Foundation
import Testing
@testable import ZgodaCore

/// Every message of `ZgodaError` in Polish: one sample of each case, each with a reason written
/// in both languages the way its throw sites write them, and a walk of the sources for a throw
/// site that still writes its reason in English only.
@Suite struct PolishErrorMessagesTests {
    /// The cases of `ZgodaError`, one for one. `kind(of:)` switches over the error without a
    /// `default`, so a new case does not compile until it is named here and given a sample.
    enum Kind: CaseIterable {
        case invalidValue, unknownContact, unknownPurpose, unknownRequest, duplicatePurpose, contactAnonymized
        case suppressed, readOnly, damaged, writeFailed, io, wrongPassphrase, passphraseRequired
        case alreadyInitialized, notADataDirectory, locked, unsupported, invalidInput, controllerIncomplete
        case symlink, newerFormat, sharedPermissions, notWritable, destinationExists, interrupted, historyChanged
        case confirmationNeeded, versionChangeUnstated, database, notPermitted
    }

    static func kind(of error: ZgodaError) -> Kind {
        switch error {
        case .invalidValue: return .invalidValue
        case .unknownContact: return .unknownContact
        case .unknownPurpose: return .unknownPurpose
        case .unknownRequest: return .unknownRequest
        case .duplicatePurpose: return .duplicatePurpose
        case .contactAnonymized: return .contactAnonymized
        case .suppressed: return .suppressed
        case .readOnly: return .readOnly
        case .damaged: return .damaged
        case .writeFailed: return .writeFailed
        case .io: return .io
        case .wrongPassphrase: return .wrongPassphrase
        case .passphraseRequired: return .passphraseRequired
        case .alreadyInitialized: return .alreadyInitialized
        case .notADataDirectory: return .notADataDirectory
        case .locked: return .locked
        case .unsupported: return .unsupported
        case .invalidInput: return .invalidInput
        case .controllerIncomplete: return .controllerIncomplete
        case .symlink: return .symlink
        case .newerFormat: return .newerFormat
        case .sharedPermissions: return .sharedPermissions
        case .notWritable: return .notWritable
        case .destinationExists: return .destinationExists
        case .interrupted: return .interrupted
        case .historyChanged: return .historyChanged
        case .confirmationNeeded: return .confirmationNeeded
        case .versionChangeUnstated: return .versionChangeUnstated
        case .database: return .database
        case .notPermitted: return .notPermitted
        }
    }

    static func sample(_ kind: Kind) -> ZgodaError {
        switch kind {
        case .invalidValue:
            return .invalidValue(field: "role", reason: ErrorReason(en: "'x y' is not a usable role name (letters, digits, _ . -; at most 63 bytes; not pg_…)",
                                                                    pl: "„x y” nie nadaje się na nazwę roli (litery, cyfry, _ . -; najwyżej 63 bajty; bez pg_…)"))
        case .unknownContact: return .unknownContact("C9")
        case .unknownPurpose: return .unknownPurpose("newsletter")
        case .unknownRequest: return .unknownRequest("R9")
        case .duplicatePurpose: return .duplicatePurpose("newsletter")
        case .contactAnonymized: return .contactAnonymized("C9")
        case .suppressed: return .suppressed("email")
        case .readOnly:
            return .readOnly(ErrorReason(en: "record 7 does not match the snapshot taken after it", pl: "rekord 7 nie zgadza się z migawką zrobioną po nim"))
        case .damaged:
            return .damaged(ErrorReason(en: "key slot 3 is missing from db.example", pl: "w db.example brakuje gniazda klucza 3"))
        case .writeFailed:
            return .writeFailed(ErrorReason(en: "fsync failed: Input/output error", pl: "fsync nie powiodło się: Input/output error"))
        case .io:
            return .io(ErrorReason(en: "cannot open /tmp/d/keys.zk: Permission denied", pl: "nie można otworzyć /tmp/d/keys.zk: Permission denied"))
        case .wrongPassphrase: return .wrongPassphrase
        case .passphraseRequired: return .passphraseRequired
        case .alreadyInitialized: return .alreadyInitialized("/tmp/d")
        case .notADataDirectory: return .notADataDirectory("/tmp/d")
        case .locked: return .locked(FileLock.cannotLock("Resource temporarily unavailable"))
        case .unsupported:
            return .unsupported(ErrorReason(en: "this build of zgoda has no team database support", pl: "ta kompilacja zgody nie obsługuje bazy zespołu"))
        case .invalidInput:
            return .invalidInput(ErrorReason(en: "request R1 is already closed", pl: "wniosek R1 jest już zamknięty"))
        case .controllerIncomplete: return .controllerIncomplete
        case .symlink: return .symlink("/tmp/d/keys.zk")
        case .newerFormat: return .newerFormat(path: "/tmp/d", format: 9)
        case .sharedPermissions: return .sharedPermissions(path: "/tmp/d", mode: 0o755, isDirectory: true)
        case .notWritable:
            return .notWritable(ErrorReason(en: "read-only", pl: "tylko do odczytu"))
        case .destinationExists: return .destinationExists("/tmp/out.csv")
        case .interrupted: return .interrupted
        case .historyChanged: return .historyChanged
        case .confirmationNeeded:
            return .confirmationNeeded(ErrorReason(en: "switching purpose p1 from consent to contract changes what every decision on it stands on; confirm the switch",
                                                   pl: "zmiana podstawy prawnej celu p1 z „zgoda” na „umowa” zmienia to, na czym opiera się każda decyzja o nim; potwierdź zmianę"))
        case .versionChangeUnstated: return .versionChangeUnstated(id: "newsletter", next: 3)
        case .database:
            return .database(ErrorReason(en: "cannot reach the team database db.example: connection refused",
                                         pl: "nie można połączyć się z bazą zespołu db.example: connection refused"))
        case .notPermitted:
            return .notPermitted(ErrorReason(en: "the team database refused this: permission denied for table zgoda_keys",
                                             pl: "baza zespołu odmówiła: permission denied for table zgoda_keys"))
        }
    }

    /// Words that read the same in both languages: values, commands, options, codes and the
    /// words of another program (strerror, the server) that a translated sentence frames.
    static let sameInBoth: Set<String> = [
        "zgoda", "repair", "verify", "list", "contact", "purpose", "request", "admin", "set", "name", "address",
        "yes", "allow", "shared", "permissions", "material", "editorial", "override", "force", "chmod",
        "zgoda_passphrase", "newsletter", "email", "c9", "r9", "r1", "p1", "v3", "db", "example", "tmp", "d", "keys", "zk", "out", "csv",
        "fsync", "input", "output", "error", "permission", "denied", "resource", "temporarily", "unavailable",
        "connection", "refused", "for", "table", "zgoda_keys", "pg_", "x", "y",
        // Polish words spelt like English ones.
        "to", "format",
    ]

    /// The words of a message, lower-cased (numbers are no language's).
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init).filter { $0.contains { $0.isLetter } })
    }

    /// The English words of `en` that are still in `pl`, less those that read the same in both.
    static func leftInEnglish(en: String, pl: String) -> Set<String> {
        words(en).intersection(words(pl)).subtracting(sameInBoth)
    }

    @Test func everyCaseHasASample() {
        for k in Kind.allCases { #expect(Self.kind(of: Self.sample(k)) == k) }
    }

    @Test func everyMessageReadsInPolish() {
        for k in Kind.allCases {
            let message = Self.sample(k).localized
            #expect(message.pl != message.en, "\(k) says the same in Polish: \(message.en)")
            let left = Self.leftInEnglish(en: message.en, pl: message.pl)
            #expect(left.isEmpty, "\(k) keeps English words \(left.sorted()): \(message.pl)")
        }
    }

    /// The check itself: a message left in English is caught.
    @Test func anEnglishMessageIsCaught() {
        let english = ZgodaError.invalidInput("request R1 is already closed").localized
        #expect(english.pl == english.en)
        #expect(!Self.leftInEnglish(en: english.en, pl: english.pl).isEmpty)
        let mixed = Localized(en: "request R1 is already closed", pl: "wniosek R1 is already closed")
        #expect(Self.leftInEnglish(en: mixed.en, pl: mixed.pl) == ["is", "already", "closed"])
    }

    /// A reason written in one language keeps its English frame (nothing mixes the two), and
    /// a reason written in both is framed in Polish.
    @Test func framesFollowTheirReason() {
        #expect(ZgodaError.damaged("x").localized.pl == "damaged data: x")
        #expect(ZgodaError.damaged(ErrorReason(en: "x", pl: "y")).localized.pl == "uszkodzone dane: y")
        #expect(ZgodaError.damaged(ErrorReason(en: "x", pl: "y")).localized.en == "damaged data: x")
    }

    /// Every throw site in the sources writes its reason in both languages: a reason given as a
    /// bare string literal to one of the cases that carry a sentence is English only.
    @Test func noThrowSiteIsEnglishOnly() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let cases = "readOnly|damaged|writeFailed|io|locked|unsupported|invalidInput|confirmationNeeded|database|notPermitted|notWritable"
        let literal = try Regex("\\.(\(cases))\\(\"|invalidValue\\(field: [^\\n]*reason: \"|ErrorReason\\(verbatim:")
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(literal) && !line.contains("public init(verbatim") {
                found.append("\(url.lastPathComponent):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(!found.isEmpty || FileManager.default.fileExists(atPath: sources.path), "no sources at \(sources.path)")
        #expect(found.isEmpty, "English-only reasons:\n\(found.joined(separator: "\n"))")
    }
}
