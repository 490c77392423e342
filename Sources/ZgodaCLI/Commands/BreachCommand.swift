import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda breach …`
struct BreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breach",
        abstract: "The register of personal data breaches (Art. 33(5)) and the 72-hour deadline to notify Prezes UODO.",
        subcommands: [BreachAdd.self, BreachList.self, BreachClose.self])
}

/// `2026-01-15T10:00:00Z`, or a day (`2026-01-15`, midnight UTC).
private func parseInstant(_ text: String, field: String) throws -> Date {
    if let d = ISOTime.parse(text) { return d }
    if let day = Day(parsing: text) { return day.date }
    throw ZgodaError.invalidValue(field: field, reason: ErrorReason(en: "'\(text)' is not a time (2026-01-15T10:00:00Z) or a day (2026-01-15)", pl: "\u{201E}\(text)\u{201D} to nie jest czas (2026-01-15T10:00:00Z) ani dzień (2026-01-15)"))
}

struct BreachAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Enter a breach; prints its id alone on stdout. Describe it without personal data: name people by --contact id.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "What happened, e.g. \"laptop with an export stolen\".") var what: String
    @Option(help: "How many people it concerns.") var people: Int
    @Option(name: .customLong("contact"), help: ArgumentHelp("A contact it concerns (repeat for several).", valueName: "id")) var contacts: [String] = []
    @Option(help: ArgumentHelp("When it was noticed (the 72 hours run from then); now if left out.", valueName: "time")) var noticed: String?
    @Option(help: "What was done about it.") var measures: String = ""

    func run() throws {
        try reportingErrors {
            let when = try noticed.map { try parseInstant($0, field: "noticed") }
            let store = try global.openStore()
            let b = try store.recordBreach(noticed: when, description: what, people: people, contacts: contacts.map { ContactID($0) },
                                           measures: measures)
            Output.line(b.id)
            Output.note(CLIText.Breach.recorded(b.id, deadline: ISOTime.string(b.deadline)).text)
        }
    }
}

struct BreachList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The breach register with each notification deadline.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let now = store.now
            let list = Array(store.state.breaches.values)
            switch format {
            case .json: Output.json(.array(list.map { BreachJSON.breach($0, now: now) }))
            case .table:
                typealias T = CLIText.Breach
                var t = Table(CLIText.Common.id.text, T.noticed.text, T.notifyBy.text, T.people.text, CLIText.Common.status.text,
                              T.notified.text, T.what.text)
                for b in list {
                    t.add(b.id, ISOTime.string(b.noticed), ISOTime.string(b.deadline), String(b.people), T.status(b.status(now: now)).text,
                          b.notified.map(ISOTime.string) ?? "", b.description)
                }
                Output.line(t.rendered(maxColumnWidth: 60))
                let open = list.filter { $0.closed == nil }.count
                Output.line(T.summary(count: list.count, open: open).text)
            }
        }
    }
}

struct BreachClose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a breach: when Prezes UODO was notified (--notified), or why no notification was needed (--note).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The breach's id, e.g. B1.") var id: String
    @Option(help: ArgumentHelp("When the authority was notified.", valueName: "time")) var notified: String?
    @Option(help: "What was concluded, or why no notification was needed.") var note: String = ""

    func run() throws {
        try reportingErrors {
            let when = try notified.map { try parseInstant($0, field: "notified") }
            let store = try global.openStore()
            let b = try store.closeBreach(id.uppercased(), notified: when, resolution: note)
            if let n = b.notified, n > b.deadline {
                Output.warn(CLIText.Breach.late.text)
            }
            Output.note(CLIText.Breach.closed(b.id).text)
        }
    }
}

/// The JSON shape of a breach.
enum BreachJSON {
    static func breach(_ b: Breach, now: Date) -> JSON {
        .object([
            ("id", .string(b.id)), ("noticed", JSON.time(b.noticed)), ("deadline", JSON.time(b.deadline)),
            ("description", .string(b.description)), ("people", .int(b.people)),
            ("contacts", .array(b.contacts.map { .string($0.rawValue) })), ("measures", JSON.nonEmpty(b.measures)),
            ("status", .string(b.status(now: now))), ("closed", JSON.time(b.closed)), ("notified", JSON.time(b.notified)),
            ("resolution", JSON.str(b.resolution)),
        ])
    }
}
