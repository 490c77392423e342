import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda report`
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: HelpText.Report.abstract.text,
        discussion: HelpText.Report.discussion.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Option(help: ArgumentHelp(HelpText.Report.format)) var format: AccessReport.Format = .md
    @Option(help: ArgumentHelp(HelpText.Report.output, valueName: "file"))
    var output: String?
    @OptionGroup var document: DocumentLanguageOption

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(person: id)
            let contact = try store.contact(ContactID(id)).id
            let history = try store.history(contact: contact, scope: .all)
            try IssuedDocument.issue("report", contact: contact, format: format.rawValue, to: output, store: store) { state, receipt in
                try AccessReport(state: state, contact: contact, history: history, receipt: receipt, language: document.language).render(format)
            }
            if let path = IssuedDocument.path(output) { Output.note(CLIText.Documents.wroteReport(contact, path: path).text) }
        }
    }
}

extension AccessReport.Format: ExpressibleByArgument {}
