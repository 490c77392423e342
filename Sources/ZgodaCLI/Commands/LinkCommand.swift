import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda link …`
struct LinkCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "link",
        abstract: HelpText.Link.abstract.text,
        discussion: HelpText.Link.discussion.text,
        subcommands: [LinkIssue.self, LinkRevoke.self, LinkList.self],
        defaultSubcommand: LinkIssue.self) }
}

/// Where links point: `--public-url`, else `$ZGODA_PUBLIC_URL`, else the server's default address.
struct PublicURLOption: ParsableArguments {
    static let fallback = ConsentLinkURL.defaultBase

    @Option(name: .customLong("public-url"), help: ArgumentHelp(HelpText.Link.publicURL(fallback: PublicURLOption.fallback), valueName: "url"))
    var publicURL: String?

    func resolved() throws -> String {
        let url = publicURL ?? ConsentLinkURL.base(environment: ProcessInfo.processInfo.environment)
        guard let c = URLComponents(string: url), let scheme = c.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = c.host, !host.isEmpty, c.query == nil, c.fragment == nil else {
            throw ZgodaError.invalidValue(field: "public-url", reason: ErrorReason(en: "'\(url)' is not an http(s) address such as https://zgoda.example.pl", pl: "\u{201E}\(url)\u{201D} to nie jest adres http(s), np. https://zgoda.example.pl"))
        }
        return url
    }
}

struct LinkIssue: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "issue",
        abstract: HelpText.Link.issue.text,
        discussion: HelpText.Link.issueDiscussion.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Option(name: .customLong("purpose"), help: ArgumentHelp(HelpText.Link.purpose, valueName: "purpose"))
    var purposes: [String] = []
    @Option(help: ArgumentHelp(HelpText.Link.expires, valueName: "lifetime"))
    var expires: String = "30d"
    @OptionGroup var url: PublicURLOption
    @Flag(help: ArgumentHelp(HelpText.Link.mail))
    var mail = false
    @Flag(help: ArgumentHelp(HelpText.Link.sendmail))
    var sendmail = false
    @Option(name: .shortAndLong, help: ArgumentHelp(HelpText.Link.output, valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp(HelpText.Link.format)) var format: ShowFormat = .table
    @OptionGroup var document: DocumentLanguageOption

    func validate() throws {
        if mail && sendmail { throw ValidationError(CLIText.Link.mailOrSendmail.text) }
        if output != nil && !mail { throw ValidationError(CLIText.Link.outputWithMail.text) }
    }

    func run() throws {
        try reportingErrors {
            let base = try url.resolved()
            let lifetime = try LinkLifetime(parsing: expires)
            let sender = sendmail ? try Sendmail.locate() : nil
            if let output, mail, FileManager.default.fileExists(atPath: output) { throw ZgodaError.destinationExists(output) }
            let store = try global.openStore()
            let contact = ContactID(id)
            if mail || sendmail {
                // Checked before issuing: a link that cannot be mailed is not issued.
                try LinkMail.check(controller: store.state.controller, to: try store.contact(contact).details, contact: contact)
            }
            let issued = try store.issueLink(contact, purposes: purposes, lifetime: lifetime, mail: mail || sendmail)
            let link = issued.link, address = issued.url(base: base)
            func said(_ delivery: CLIText.Link.Delivery) -> String {
                CLIText.Link.issued(delivery, link: link.id, contact: id, purposes: link.purposes.joined(separator: ", "),
                                    until: link.expires).text
            }
            if mail || sendmail {
                let message = try LinkMail.render(controller: store.state.controller, to: try store.contact(contact).details,
                                                  url: address, link: link, date: store.now, language: document.language)
                if let sender {
                    do { try sender.send(message) } catch {
                        _ = try? store.revokeLink(link.id)
                        throw ZgodaError.io(ErrorReason(CLIText.Link.sendmailFailed("\(error)", link: link.id)))
                    }
                    Output.note(said(.sent))
                } else if let output {
                    // The message names the person: readable by its owner only, like forms and reports.
                    do { try IssuedDocument.writePrivate(message, to: output) } catch {
                        _ = try? store.revokeLink(link.id)
                        throw error
                    }
                    Output.note(said(.written(output)))
                } else {
                    Output.raw(message)
                    Output.note(said(.issued))
                }
                return
            }
            switch format {
            case .json:
                Output.json(.object([("id", .string(link.id)), ("contact", .string(id)), ("url", .string(address)),
                                     ("purposes", .array(link.purposes.map(JSON.string))), ("expires", .string(ISOTime.string(link.expires)))]))
            case .table:
                Output.line(address)
                Output.note(said(.issued))
            }
        }
    }
}

struct LinkRevoke: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "revoke", abstract: HelpText.Link.revoke.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Link.links)) var links: [String] = []
    @Option(help: ArgumentHelp(HelpText.Link.contact, valueName: "id")) var contact: String?

    func validate() throws {
        if links.isEmpty == (contact == nil) { throw ValidationError(CLIText.Link.revokeWhat.text) }
    }

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            if let contact {
                let ids = try store.revokeLinks(of: ContactID(contact))
                Output.note(ids.isEmpty ? CLIText.Link.noOpenLinks(contact).text : CLIText.Link.revoked(ids).text)
                return
            }
            for l in links {
                let link = try store.revokeLink(l)
                Output.note(CLIText.Link.revokedOne(link.id, contact: link.contact.rawValue).text)
            }
        }
    }
}

struct LinkList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.Link.list.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Link.listID)) var id: String?
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            var links = Array(store.state.links.byID.values)
            if let id {
                _ = try store.contact(ContactID(id))
                links = links.filter { $0.contact.rawValue == id }
            }
            let now = store.now
            func status(_ l: ConsentLink) -> String { l.revoked != nil ? "revoked" : l.expires <= now ? "expired" : "open" }
            switch format {
            case .json:
                Output.json(.array(links.map { l in
                    .object([("id", .string(l.id)), ("contact", .string(l.contact.rawValue)),
                             ("purposes", .array(l.purposes.map(JSON.string))), ("issued", .string(ISOTime.string(l.issued))),
                             ("expires", .string(ISOTime.string(l.expires))), ("status", .string(status(l))),
                             ("revoked", l.revoked.map { .string(ISOTime.string($0)) } ?? .null), ("mailed", .bool(l.mailedTo != nil))])
                }))
            case .table:
                typealias T = CLIText.Link
                var t = Table(T.link.text, CLIText.Common.contact.text, CLIText.Common.status.text, CLIText.Contact.expires.text, T.purposes.text)
                for l in links { t.add(l.id, l.contact.rawValue, T.status(status(l)).text, CLIText.Cells.time(l.expires), l.purposes.joined(separator: ", ")) }
                Output.line(t.rendered(wholeLastColumn: true))
            }
        }
    }
}
