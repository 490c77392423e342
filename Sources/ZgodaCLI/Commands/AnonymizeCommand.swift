import ArgumentParser
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// `zgoda anonymize`
struct AnonymizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymize",
        abstract: "The right to be forgotten: erase every personal value of one person, for good.",
        discussion: """
        The person's key is destroyed, so none of their values can be read back from any snapshot or journal record. \
        The id, consent decisions (purpose, decision, time, source), export counts and a record of the erasure remain; \
        the history shows the values as erased. Their e-mail and phone go on the suppression list as keyed hashes. \
        Without --yes, asks you to type the id to confirm.
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contact's id.") var id: String
    @Flag(help: "Do not ask for confirmation (needed when not running in a terminal).") var yes = false
    @Option(help: ArgumentHelp("The erasure request this fulfils (see 'zgoda request list').", valueName: "id")) var request: String?

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let c = try store.contact(ContactID(id))
            if c.anonymized { throw ZgodaError.contactAnonymized(c.id.rawValue) }
            if !yes { try confirm(c) }
            let o = try store.anonymize(c.id, request: request?.uppercased())
            Output.note(CLIText.Erasure.anonymised(c.id).text)
            for r in o.fulfilled { Output.note(CLIText.Erasure.fulfilled(r).text) }
            for problem in o.pendingKeyErasures {
                // Recorded, so done; the key goes on the next open.
                Output.warn(CLIText.Erasure.keyPending("\(problem)").text)
            }
            if !o.copies.isEmpty {
                // On stdout: the list is the operator's to act on (Art. 17(2), 19). The record
                // keeps only their record numbers, kinds and formats.
                Output.line(CLIText.Erasure.copiesHeading.text)
                for copy in o.copies { Output.line("  " + CopyText.line(copy)) }
            }
        }
    }

    /// Asks on the terminal for the id to be typed back; refuses when there is no terminal.
    private func confirm(_ c: Contact) throws {
        guard isatty(STDIN_FILENO) != 0 else {
            throw ZgodaError.invalidInput(ErrorReason(CLIText.Erasure.needsYes))
        }
        let prompt = CLIText.Erasure.prompt(name: SafeText.visible(c.name), id: c.id).text
        FileHandle.standardError.write(Data(prompt.utf8))
        guard let answer = readLine(strippingNewline: true), answer.trimmingCharacters(in: .whitespaces) == c.id.rawValue else {
            throw ZgodaError.invalidInput(ErrorReason(CLIText.Erasure.notConfirmed))
        }
    }
}

/// How a copy made before an erasure is listed.
enum CopyText {
    static func line(_ c: ErasureOutcome.HeldCopy) -> String {
        CLIText.Erasure.copy(seq: "\(c.reference.seq)", at: ISOTime.string(c.at), kind: "\(c.reference.kind)",
                             format: "\(c.reference.format)", people: c.people, destination: c.destination.map(SafeText.visible)).text
    }
}
