import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda request …`
struct RequestCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "request",
        abstract: HelpText.Request.abstract.text,
        subcommands: [RequestAdd.self, RequestList.self, RequestClose.self, RequestExtend.self]) }
}

extension RequestType: ExpressibleByArgument {}

struct RequestAdd: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "add", abstract: HelpText.Request.add.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Option(help: ArgumentHelp(HelpText.Request.type)) var type: RequestType
    @Option(help: ArgumentHelp(HelpText.Request.received, valueName: "date")) var received: String?

    func run() throws {
        try reportingErrors {
            var day: Day? = nil
            if let received {
                guard let d = Day(parsing: received) else {
                    throw ZgodaError.invalidValue(field: "received", reason: ErrorReason(en: "'\(received)' is not a date (YYYY-MM-DD)", pl: "\u{201E}\(received)\u{201D} to nie jest data (RRRR-MM-DD)"))
                }
                day = d
            }
            let store = try global.openStore()
            let r = try store.addRequest(ContactID(id), type: type, received: day)
            Output.line(r.id)
            Output.note(CLIText.Requests.added(r).text)
        }
    }
}

struct RequestList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.Request.list.text) }

    @OptionGroup var global: GlobalOptions
    @Flag(help: ArgumentHelp(HelpText.Request.overdue)) var overdue = false
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let today = Day(store.now)
            let list = store.state.requestList(overdueOn: overdue ? today : nil)
            switch format {
            case .json:
                Output.json(.array(list.map { JSONShapes.request($0, today: today) }))
            case .table:
                typealias T = CLIText.Requests
                var t = Table(CLIText.Common.id.text, CLIText.Common.contact.text, CLIText.Common.name.text, T.type.text,
                              T.received.text, T.due.text, CLIText.Common.status.text, T.closed.text)
                for r in list {
                    let c = store.state.contacts[r.contact]
                    let name = c.map { $0.anonymized ? CLIText.Common.anonymised.text : $0.name } ?? ""
                    t.add(r.id, r.contact.rawValue, name, CLIText.Cells.requestType(r.type), CLIText.Cells.day(r.received), CLIText.Cells.day(r.due),
                          T.status(r.status, overdue: r.isOverdue(today: today)).text, r.closed.map(CLIText.Cells.day) ?? "")
                }
                Output.line(t.rendered())
                let s = store.state.requestSummary(today: today)
                Output.line(T.summary(count: list.count, open: s.open, overdue: s.overdue).text)
            }
        }
    }
}

struct RequestClose: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "close",
        abstract: HelpText.Request.close.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Request.id)) var request: String
    @Option(help: ArgumentHelp(HelpText.Request.note)) var note: String?

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let r = try store.closeRequest(request.uppercased(), note: note)
            Output.note(CLIText.Requests.closedNote(r).text)
        }
    }
}

struct RequestExtend: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "extend",
        abstract: HelpText.Request.extend.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Request.id)) var request: String
    @Option(help: ArgumentHelp(HelpText.Request.reason)) var reason: String

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let r = try store.extendRequest(request.uppercased(), reason: reason)
            Output.note(CLIText.Requests.extended(r).text)
        }
    }
}
