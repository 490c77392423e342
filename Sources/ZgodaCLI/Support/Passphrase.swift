import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// Where the passphrase of an encrypted directory comes from: `$ZGODA_PASSPHRASE`, else a
/// prompt on the terminal with echo off.
enum Passphrase {
    static let provider: @Sendable () throws -> String = {
        if let p = ProcessInfo.processInfo.environment["ZGODA_PASSPHRASE"] { return p }
        guard isatty(STDIN_FILENO) != 0 else { throw ZgodaError.passphraseRequired }
        guard let p = getpass(CLIText.Run.passphrase.text) else { throw ZgodaError.passphraseRequired }
        return String(cString: p)
    }
}
