import ArgumentParser
import ZgodaCore

/// `zgoda history`
struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "history",
        abstract: HelpText.History.abstract.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.History.id)) var id: String?
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            var contact: ContactID? = nil
            if let id { contact = try store.contact(ContactID(id)).id }
            let entries = try store.history(contact: contact)
            switch format {
            case .json:
                Output.json(.array(entries.map { JSONShapes.history($0, state: store.state) }))
            case .table:
                typealias T = CLIText.History
                var t = Table(T.seq.text, CLIText.Common.at.text, T.operator.text, T.kind.text, CLIText.Common.contact.text, T.summary.text)
                for e in entries {
                    t.add(String(e.seq), CLIText.Cells.time(e.at), e.operator, e.event.kind, e.event.contact?.rawValue ?? "",
                          HistoryText.summary(e, state: store.state))
                }
                Output.line(t.rendered(maxColumnWidth: 60))
            }
        }
    }
}
