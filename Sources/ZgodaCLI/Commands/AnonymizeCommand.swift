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
            Output.note("anonymised \(c.id) (saved); their e-mail and phone are on the suppression list")
            for r in o.fulfilled { Output.note("erasure request \(r) fulfilled and closed") }
            for problem in o.pendingKeyErasures {
                // Recorded, so done; the key goes on the next open.
                Output.warn("not yet destroyed: \(problem); it is destroyed the next time Zgoda opens this data directory")
            }
            if !o.copies.isEmpty {
                // On stdout: the list is the operator's to act on (Art. 17(2), 19). The record
                // keeps only their record numbers, kinds and formats.
                Output.line("Copies of the person's data made before the erasure; delete them, or tell whoever received them:")
                for copy in o.copies { Output.line("  " + CopyText.line(copy)) }
            }
        }
    }

    /// Asks on the terminal for the id to be typed back; refuses when there is no terminal.
    private func confirm(_ c: Contact) throws {
        guard isatty(STDIN_FILENO) != 0 else {
            throw ZgodaError.invalidInput("anonymising cannot be undone: pass --yes to confirm (there is no terminal to ask on)")
        }
        let prompt = """
        Anonymise \(SafeText.visible(c.name)) (\(c.id))? Every personal value is erased for good; \
        consents and history stay, with the values shown as erased.
        Type the id to confirm: 
        """
        FileHandle.standardError.write(Data(prompt.utf8))
        guard let answer = readLine(strippingNewline: true), answer.trimmingCharacters(in: .whitespaces) == c.id.rawValue else {
            throw ZgodaError.invalidInput("not confirmed: nothing changed")
        }
    }
}

/// How a copy made before an erasure is listed.
enum CopyText {
    static func line(_ c: ErasureOutcome.HeldCopy) -> String {
        var s = "#\(c.reference.seq) \(ISOTime.string(c.at)) \(c.reference.kind) as \(c.reference.format)"
        if let people = c.people { s += " (\(people) \(people == 1 ? "person" : "people"))" }
        s += c.destination.map { " to \(SafeText.visible($0))" } ?? " to standard output"
        return s
    }
}
