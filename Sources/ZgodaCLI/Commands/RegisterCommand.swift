import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda register`
struct RegisterCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "register",
        abstract: HelpText.Register.abstract.text,
        discussion: HelpText.Register.discussion.text) }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Register.format)) var format: ProcessingRegister.Format = .md
    @Option(help: ArgumentHelp(HelpText.Register.output, valueName: "file")) var output: String?
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
