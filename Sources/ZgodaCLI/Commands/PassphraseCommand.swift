import ArgumentParser
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// `zgoda passphrase`
struct PassphraseCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "passphrase",
        abstract: HelpText.Passphrase.abstract.text,
        subcommands: [Change.self]) }

    /// `zgoda passphrase change`
    struct Change: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "change",
            abstract: HelpText.Passphrase.change.text,
            discussion: HelpText.Passphrase.changeDiscussion.text) }

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
