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
    @Flag(help: ArgumentHelp(HelpText.History.access)) var access = false

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(person: id)
            var contact: ContactID? = nil
            if let id { contact = try store.contact(ContactID(id)).id }
            // A person's history shows their data (old and new values): a read. Who looked
            // shows only who, when and what, and is not one.
            if let contact, !access { try ReadRecording.record(store, .historyRead, [contact]) }
            let entries = try store.history(contact: contact, scope: access ? .accesses : .changes)
            switch format {
            case .json:
                Output.json(.array(entries.map { JSONShapes.history($0, state: store.state) }))
            case .table:
                typealias T = CLIText.History
                var t = Table(T.seq.text, CLIText.Common.at.text, T.operator.text, T.kind.text, CLIText.Common.contact.text, T.summary.text)
                for e in entries {
                    t.add(String(e.seq), CLIText.Cells.time(e.at), e.operator, e.event.kind, e.contact?.rawValue ?? "",
                          HistoryText.summary(e, state: store.state))
                }
                Output.line(t.rendered(maxColumnWidth: 60))
            }
        }
    }
}
