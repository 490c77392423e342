import ArgumentParser
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// `zgoda passphrase`
struct PassphraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "The passphrase of an encrypted data directory.",
        subcommands: [Change.self])

    /// `zgoda passphrase change`
    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: "Protect the data directory with a new passphrase.",
            discussion: """
            Re-seals the directory key in zgoda.json; the journal, snapshots and key files are not rewritten. \
            The old passphrase comes from $ZGODA_PASSPHRASE or a prompt, the new one from $ZGODA_NEW_PASSPHRASE \
            or a prompt (asked twice). A wrong old passphrase changes nothing. Backups made before the change \
            still open with the old passphrase.
            """)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingErrors {
                let env = ProcessInfo.processInfo.environment
                let old = try Passphrase.provider()
                let new: String
                if let n = env["ZGODA_NEW_PASSPHRASE"] {
                    new = n
                } else {
                    guard isatty(STDIN_FILENO) != 0 else {
                        throw ZgodaError.invalidInput(ErrorReason(CLIText.Run.newPassphraseNeeded))
                    }
                    let first = getpass(CLIText.Run.newPassphrase.text).map { String(cString: $0) } ?? ""
                    let again = getpass(CLIText.Run.newPassphraseAgain.text).map { String(cString: $0) } ?? ""
                    guard first == again else { throw ZgodaError.invalidInput(ErrorReason(CLIText.Run.passphrasesDiffer)) }
                    new = first
                }
                try Store.changePassphrase(global.directory, options: global.storeOptions(createIfMissing: false), old: old, new: new)
                Output.note(CLIText.Run.passphraseChanged.text)
            }
        }
    }
}
