import ArgumentParser
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// `zgoda anonymize`
struct AnonymizeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "anonymize",
        abstract: HelpText.Anonymize.abstract.text,
        discussion: HelpText.Anonymize.discussion.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Flag(help: ArgumentHelp(HelpText.Common.confirmWithoutAsking)) var yes = false
    @Option(help: ArgumentHelp(HelpText.Anonymize.request, valueName: "id")) var request: String?

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(person: id)
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
