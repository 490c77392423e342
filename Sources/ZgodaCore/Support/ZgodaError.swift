import Foundation

/// Every failure the core reports. Each message is one line that tells the user what went wrong
/// and, where there is one, what to do about it. Messages never contain personal data values
/// except those the user just typed on the command line.
public enum ZgodaError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidValue(field: String, reason: String)
    case unknownContact(String)
    case unknownPurpose(String)
    case unknownRequest(String)
    case duplicatePurpose(String)
    case contactAnonymized(String)
    case suppressed(String)
    case readOnly(String)
    case damaged(String)
    case writeFailed(String)
    case io(String)
    case wrongPassphrase
    case passphraseRequired
    case alreadyInitialized(String)
    case notADataDirectory(String)
    case locked(String)
    case unsupported(String)
    case invalidInput(String)
    case controllerIncomplete
    /// A symbolic link where the data directory expects a file or directory of its own.
    case symlink(String)
    /// The directory (or a file in it) was written by a newer version of Zgoda.
    case newerFormat(path: String, format: Int)
    /// A directory or file that other users can read or write.
    case sharedPermissions(path: String, mode: UInt32, isDirectory: Bool)
    /// The data directory cannot be written (read-only media, no write permission).
    case notWritable(String)
    /// An export's destination file exists already.
    case destinationExists(String)
    /// The person stopped long work (Ctrl-C) at a point where everything is whole.
    case interrupted
    /// A change that must be confirmed first (the message says what it does).
    case confirmationNeeded(String)
    /// A purpose edit makes a new version without saying whether it needs fresh consent.
    case versionChangeUnstated(id: String, next: Int)
    /// The team database refused or failed a request (the message names the server, never a
    /// person's values).
    case database(String)
    /// The team database refused a change this signed-in role may not make.
    case notPermitted(String)

    public var description: String {
        switch self {
        case let .invalidValue(field, reason): return "invalid \(field): \(reason)"
        case let .unknownContact(id): return "no contact with id '\(id)' (see 'zgoda contact list')"
        case let .unknownPurpose(id): return "no purpose '\(id)' (see 'zgoda purpose list')"
        case let .unknownRequest(id): return "no request with id '\(id)' (see 'zgoda request list')"
        case let .duplicatePurpose(id): return "a purpose '\(id)' already exists"
        case let .contactAnonymized(id): return "contact '\(id)' has been anonymised and cannot be changed"
        case let .suppressed(what): return "this person asked to be forgotten (\(what) matches an erased person); to add them anyway, say why with --override REASON"
        case let .readOnly(reason): return "the data directory is open read-only: \(reason); run 'zgoda repair'"
        case let .damaged(what): return "damaged data: \(what)"
        case let .writeFailed(what): return "the change was not saved: \(what)"
        case let .io(what): return what
        case .wrongPassphrase: return "wrong passphrase for this data directory"
        case .passphraseRequired: return "this data directory is encrypted: set ZGODA_PASSPHRASE or run in a terminal to be asked"
        case let .alreadyInitialized(path): return "\(path) is already a Zgoda data directory"
        case let .notADataDirectory(path): return "\(path) is not a Zgoda data directory"
        case let .locked(what): return what
        case let .unsupported(what): return what
        case let .invalidInput(what): return what
        case .controllerIncomplete:
            return "the data controller's name and address are not set: run 'zgoda admin set --name … --address …' first"
        case let .symlink(path):
            return "\(path) is a symbolic link; Zgoda does not follow links in its data directory: put the file itself there (or remove the link)"
        case let .newerFormat(path, format):
            return "\(path) was written by a newer Zgoda (format \(format)); upgrade Zgoda to open it"
        case let .sharedPermissions(path, mode, isDirectory):
            let fix = isDirectory ? "chmod 700" : "chmod 600"
            return "\(path) can be read or written by other users (mode \(String(mode & 0o777, radix: 8))); run '\(fix) \(path)', or pass --allow-shared-permissions if a group shares it on purpose"
        case let .notWritable(reason):
            return "the data directory cannot be written: \(reason)"
        case let .destinationExists(path):
            return "\(path) already exists: nothing was exported (pass --force to replace it)"
        case .interrupted:
            return "interrupted"
        case let .confirmationNeeded(what):
            return "\(what) (pass --yes, or answer on a terminal)"
        case let .versionChangeUnstated(id, next):
            return "this changes what people are shown, so purpose \(id) becomes v\(next): say whether it needs fresh consent (--material) or is an editorial fix that keeps the consents given (--editorial)"
        case let .database(what):
            return what
        case let .notPermitted(what):
            return what
        }
    }
}

extension ZgodaError: LocalizedError {
    public var errorDescription: String? { description }
}
