import ArgumentParser
import ZgodaCore

extension Language: ExpressibleByArgument {}

/// `--document-lang pl|en` on the commands that make a document for a person (form, report,
/// register, link mail): the document is written in the person's language, which need not be
/// the salesperson's. Without it, the document follows the language of the run.
struct DocumentLanguageOption: ParsableArguments {
    @Option(name: .customLong("document-lang"),
            help: ArgumentHelp(HelpText.Common.documentLanguage, valueName: "pl|en"))
    var value: Language?

    var language: Language { value ?? Language.current }
}
