import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda request …`
struct RequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Data-subject requests (access, erasure, rectification, objection, portability, restriction) and their deadlines.",
        subcommands: [RequestAdd.self, RequestList.self, RequestClose.self, RequestExtend.self])
}

extension RequestType: ExpressibleByArgument {}

struct RequestAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a request; prints its id alone on stdout. It is due one month after it was received (the next working day if that is a weekend or a Polish public holiday).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contact's id.") var id: String
    @Option(help: "access, erasure, rectification, objection, portability or restriction (the last two hold the person out of exports until closed).") var type: RequestType
    @Option(help: ArgumentHelp("The day it was received (YYYY-MM-DD); today if left out.", valueName: "date")) var received: String?

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
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Requests in the order received, with their due dates.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Only open requests past their due date.") var overdue = false
    @Option(help: "table or json.") var format: ShowFormat = .table

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
                    t.add(r.id, r.contact.rawValue, name, CLIText.Cells.requestType(r.type), r.received.description, r.due.description,
                          T.status(r.status, overdue: r.isOverdue(today: today)).text, r.closed?.description ?? "")
                }
                Output.line(t.rendered())
                let s = store.state.requestSummary(today: today)
                Output.line(T.summary(count: list.count, open: s.open, overdue: s.overdue).text)
            }
        }
    }
}

struct RequestClose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a request. Erasure: only after 'zgoda anonymize'. Access and portability: say what was handed over with --note.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request's id, e.g. R3.") var request: String
    @Option(help: "What was done or handed over (kept sealed with the person's data).") var note: String?

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let r = try store.closeRequest(request.uppercased(), note: note)
            Output.note(CLIText.Requests.closedNote(r).text)
        }
    }
}

struct RequestExtend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "Extend a request's deadline by two months (Art. 12(3)), once, before the first deadline; tell the person why.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request's id, e.g. R3.") var request: String
    @Option(help: "Why more time is needed (kept sealed with the person's data).") var reason: String

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let r = try store.extendRequest(request.uppercased(), reason: reason)
            Output.note(CLIText.Requests.extended(r).text)
        }
    }
}
