import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda register`
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "The record of processing activities (GDPR Art. 30): controller, purposes, legal bases, data, retention, security.",
        discussion: "Built from the purpose catalogue and the controller ('zgoda purpose', 'zgoda admin set'). It names no person.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "md, html or json.") var format: ProcessingRegister.Format = .md
    @Option(help: ArgumentHelp("Write it to this file instead of stdout.", valueName: "file")) var output: String?
    @OptionGroup var document: DocumentLanguageOption

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let register = ProcessingRegister(state: store.state, issued: store.now, encrypted: store.isEncrypted, head: store.head,
                                              language: document.language)
            let text = register.render(format)
            if let path = IssuedDocument.path(output) {
                try IssuedDocument.writePrivate(text, to: path)
                Output.note(CLIText.Integrity.wroteRegister(path).text)
            } else {
                Output.raw(text)
            }
        }
    }
}

extension ProcessingRegister.Format: ExpressibleByArgument {}
