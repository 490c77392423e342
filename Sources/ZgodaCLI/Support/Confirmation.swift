import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// Asking the operator to confirm a change on the terminal.
enum Confirmation {
    /// Asks on stderr and reads the answer. False when there is no terminal to ask on (the
    /// operation then refuses with its own message, which names `--yes`); throws `refusal`
    /// when the answer is not `expect`.
    static func ask(_ question: String, expect: String, refusal: Localized) throws -> Bool {
        guard isatty(STDIN_FILENO) != 0 else { return false }
        FileHandle.standardError.write(Data("\(SafeText.visible(question))\n\(CLIText.Confirm.typeToConfirm(expect).text)".utf8))
        guard let answer = readLine(strippingNewline: true), answer.trimmingCharacters(in: .whitespaces) == expect else {
            throw ZgodaError.invalidInput(ErrorReason(refusal))
        }
        return true
    }
}
