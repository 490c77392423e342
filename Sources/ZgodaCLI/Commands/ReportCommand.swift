import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda report`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The access report (GDPR Art. 15) for one person, recorded in the history.",
        discussion: "The data held, the controller, purposes with legal basis and retention, consent history with the wording of each decision, every change and export, and fields no active purpose needs.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contact's id.") var id: String
    @Option(help: "md, html or json.") var format: AccessReport.Format = .md
    @Option(help: ArgumentHelp("Write the report to this file (created with mode 0600) instead of stdout.", valueName: "file"))
    var output: String?
    @OptionGroup var document: DocumentLanguageOption

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let contact = try store.contact(ContactID(id)).id
            let history = try store.history(contact: contact)
            try IssuedDocument.issue("report", contact: contact, format: format.rawValue, to: output, store: store) { state, receipt in
                try AccessReport(state: state, contact: contact, history: history, receipt: receipt, language: document.language).render(format)
            }
            if let path = IssuedDocument.path(output) { Output.note(CLIText.Documents.wroteReport(contact, path: path).text) }
        }
    }
}

extension AccessReport.Format: ExpressibleByArgument {}
