import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda notice …`: the people whose data came from someone else, who must be told within a
/// month where it came from and how it is used (GDPR Art. 14).
struct NoticeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "notice",
        abstract: HelpText.Notice.abstract.text,
        discussion: HelpText.Notice.discussion.text,
        subcommands: [NoticeList.self, NoticeGive.self]) }
}

extension NoticeChannel: ExpressibleByArgument {}

struct NoticeList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.Notice.list.text) }
    @OptionGroup var global: GlobalOptions
    @Flag(help: ArgumentHelp(HelpText.Notice.overdue)) var overdue = false
    @Option(help: ArgumentHelp(HelpText.Notice.format)) var format: ListFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let due = store.state.noticesDue(now: store.now).filter { !overdue || $0.overdue }
            switch format {
            case .ids:
                ContactList.printIDs(due.map(\.contact))
            case .json:
                Output.json(.array(due.map { n in
                    .object([("contact", .string(n.contact.rawValue)), ("due", .string(n.due.description)),
                             ("status", .string(n.overdue ? "overdue" : "open")),
                             ("origin", store.state.origins[n.contact].map(JSONShapes.origin) ?? .null)])
                }))
            case .table:
                typealias T = CLIText.Notice
                var t = Table(CLIText.Common.contact.text, CLIText.Common.name.text, T.due.text, CLIText.Common.status.text, T.origin.text)
                for n in due {
                    let c = store.state.contacts[n.contact]
                    t.add(n.contact.rawValue, c.map(CLIText.Common.shownName) ?? "", CLIText.Cells.day(n.due),
                          (n.overdue ? T.overdue : T.open).text, store.state.origins[n.contact]?.label.text ?? "")
                }
                Output.line(t.rendered(maxColumnWidth: 60))
                Output.line(T.summary(due.count).text)
            }
        }
    }
}

struct NoticeGive: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "give", abstract: HelpText.Notice.give.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Notice.ids)) var ids: [String]
    @Option(help: ArgumentHelp(HelpText.Notice.via)) var via: NoticeChannel

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            try store.recordNotice(ids.map { ContactID($0) }, channel: via)
            Output.note(CLIText.Notice.given(ids.count, via: via).text)
        }
    }
}
