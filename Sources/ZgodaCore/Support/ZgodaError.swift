import Foundation

/// Every failure the core reports. Each message is one line that tells the user what went wrong
/// and, where there is one, what to do about it. Messages never contain personal data values
/// except those the user just typed on the command line.
public enum ZgodaError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidValue(field: String, reason: ErrorReason)
    case unknownContact(String)
    case unknownPurpose(String)
    case unknownRequest(String)
    case duplicatePurpose(String)
    case contactAnonymized(String)
    case suppressed(String)
    case readOnly(ErrorReason)
    case damaged(ErrorReason)
    case writeFailed(ErrorReason)
    case io(ErrorReason)
    case wrongPassphrase
    case passphraseRequired
    case alreadyInitialized(String)
    case notADataDirectory(String)
    case locked(ErrorReason)
    case unsupported(ErrorReason)
    case invalidInput(ErrorReason)
    case controllerIncomplete
    /// A symbolic link where the data directory expects a file or directory of its own.
    case symlink(String)
    /// The directory (or a file in it) was written by a newer version of Zgoda.
    case newerFormat(path: String, format: Int)
    /// A directory or file that other users can read or write.
    case sharedPermissions(path: String, mode: UInt32, isDirectory: Bool)
    /// The data directory cannot be written (read-only media, no write permission).
    case notWritable(ErrorReason)
    /// An export's destination file exists already.
    case destinationExists(String)
    /// The person stopped long work (Ctrl-C) at a point where everything is whole.
    case interrupted
    /// The journal no longer holds what a history index found in it (a repair rewrote it
    /// since): the history is read again.
    case historyChanged
    /// A change that must be confirmed first (the message says what it does).
    case confirmationNeeded(ErrorReason)
    /// A purpose edit makes a new version without saying whether it needs fresh consent.
    case versionChangeUnstated(id: String, next: Int)
    /// The team database refused or failed a request (the message names the server, never a
    /// person's values).
    case database(ErrorReason)
    /// The team database refused a change this signed-in role may not make.
    case notPermitted(ErrorReason)

    /// The message in the language of the run (`CoreText.Errors`).
    public var description: String { localized.text }
}

extension ZgodaError: LocalizedError {
    public var errorDescription: String? { description }
}
