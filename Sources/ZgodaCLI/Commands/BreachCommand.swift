import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda breach …`
struct BreachCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "breach",
        abstract: HelpText.Breach.abstract.text,
        subcommands: [BreachAdd.self, BreachList.self, BreachClose.self]) }
}

/// `2026-01-15T10:00:00Z`, or a day (`2026-01-15`, midnight UTC).
private func parseInstant(_ text: String, field: String) throws -> Date {
    if let d = ISOTime.parse(text) { return d }
    if let day = Day(parsing: text) { return day.date }
    throw ZgodaError.invalidValue(field: field, reason: ErrorReason(en: "'\(text)' is not a time (2026-01-15T10:00:00Z) or a day (2026-01-15)", pl: "\u{201E}\(text)\u{201D} to nie jest czas (2026-01-15T10:00:00Z) ani dzień (2026-01-15)"))
}

struct BreachAdd: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "add", abstract: HelpText.Breach.add.text) }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Breach.what)) var what: String
    @Option(help: ArgumentHelp(HelpText.Breach.people)) var people: Int
    @Option(name: .customLong("contact"), help: ArgumentHelp(HelpText.Breach.contact, valueName: "id")) var contacts: [String] = []
    @Option(help: ArgumentHelp(HelpText.Breach.noticed, valueName: "time")) var noticed: String?
    @Option(help: ArgumentHelp(HelpText.Breach.measures)) var measures: String = ""

    func run() throws {
        try reportingErrors {
            let when = try noticed.map { try parseInstant($0, field: "noticed") }
            let store = try global.openStore()
            let b = try store.recordBreach(noticed: when, description: what, people: people, contacts: contacts.map { ContactID($0) },
                                           measures: measures)
            Output.line(b.id)
            Output.note(CLIText.Breach.recorded(b.id, deadline: b.deadline).text)
        }
    }
}

struct BreachList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.Breach.list.text) }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

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
                    t.add(b.id, CLIText.Cells.time(b.noticed), CLIText.Cells.time(b.deadline), String(b.people), T.status(b.status(now: now)).text,
                          b.notified.map(CLIText.Cells.time) ?? "", b.description)
                }
                Output.line(t.rendered(maxColumnWidth: 60))
                let open = list.filter { $0.closed == nil }.count
                Output.line(T.summary(count: list.count, open: open).text)
            }
        }
    }
}

struct BreachClose: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "close", abstract: HelpText.Breach.close.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Breach.id)) var id: String
    @Option(help: ArgumentHelp(HelpText.Breach.notified, valueName: "time")) var notified: String?
    @Option(help: ArgumentHelp(HelpText.Breach.note)) var note: String = ""

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
