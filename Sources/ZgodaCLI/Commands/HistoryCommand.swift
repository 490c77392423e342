import ArgumentParser
import ZgodaCore

/// `zgoda history`
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The change journal, oldest first: for one contact, or everything (the audit log).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Only what concerns this contact (exports that included them too).") var id: String?
    @Option(help: "table or json.") var format: ShowFormat = .table

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
                    t.add(String(e.seq), ISOTime.string(e.at), e.operator, e.event.kind, e.event.contact?.rawValue ?? "",
                          HistoryText.summary(e, state: store.state))
                }
                Output.line(t.rendered(maxColumnWidth: 60))
            }
        }
    }
}
