import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda contact …`
struct ContactCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "contact",
        abstract: HelpText.Contact.abstract.text,
        subcommands: [ContactAdd.self, ContactEdit.self, ContactShow.self, ContactList.self]) }
}

/// The contact fields as options, shared by `add` and `edit`.
struct ContactFieldOptions: ParsableArguments {
    @Option(help: ArgumentHelp(HelpText.Contact.name)) var name: String?
    @Option(help: ArgumentHelp(HelpText.Contact.email)) var email: String?
    @Option(help: ArgumentHelp(HelpText.Contact.phone)) var phone: String?
    @Option(help: ArgumentHelp(HelpText.Contact.company)) var company: String?
    @Option(help: ArgumentHelp(HelpText.Contact.position)) var position: String?
    @Option(help: ArgumentHelp(HelpText.Contact.city)) var city: String?
    @Option(name: .customLong("tag"), help: ArgumentHelp(HelpText.Contact.tag)) var tags: [String] = []
    @Option(help: ArgumentHelp(HelpText.Contact.notes)) var notes: String?

    var isEmpty: Bool {
        name == nil && email == nil && phone == nil && company == nil && position == nil && city == nil && tags.isEmpty && notes == nil
    }

    func apply(to d: inout ContactDetails) {
        if let name { d.name = name }
        if let email { d.email = email }
        if let phone { d.phone = phone }
        if let company { d.company = company }
        if let position { d.position = position }
        if let city { d.city = city }
        if !tags.isEmpty { d.tags = tags.flatMap { ContactDetails.parseTags($0) } }
        if let notes { d.notes = notes }
    }
}

struct ContactAdd: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: HelpText.Contact.add.text) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var fields: ContactFieldOptions
    @Option(help: ArgumentHelp(HelpText.Contact.override, valueName: "reason"))
    var override: String?
    @Flag(name: .customLong("from-third-party"), help: ArgumentHelp(HelpText.Notice.fromThirdParty)) var fromThirdParty = false

    func run() throws {
        try reportingErrors {
            guard fields.name != nil else { throw ZgodaError.invalidValue(field: "name", reason: ErrorReason(en: "a contact needs a name (--name)", pl: "kontakt musi mieć imię i nazwisko (--name)")) }
            var d = ContactDetails()
            fields.apply(to: &d)
            let store = try global.openStore(newContact: true)
            let added = try store.addContact(d, overridingSuppression: override,
                                             origin: DataOrigin(kind: .entered, fromPerson: !fromThirdParty))
            Output.line(added.id.rawValue)
            if let what = added.overridden {
                Output.note(CLIText.Contact.overridden(added.id, matched: what).text)
            }
        }
    }
}

struct ContactEdit: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: HelpText.Contact.edit.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @OptionGroup var fields: ContactFieldOptions

    func run() throws {
        try reportingErrors {
            if fields.isEmpty { throw ZgodaError.invalidInput(ErrorReason(CLIText.Contact.nothingToChange)) }
            let store = try global.openStore(person: id)
            let changes = try store.editContact(ContactID(id)) { fields.apply(to: &$0) }
            Output.note(changes.isEmpty ? CLIText.Contact.nothingChanged.text : CLIText.Contact.changed(changes.map(\.field)).text)
        }
    }
}

struct ContactShow: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: HelpText.Contact.show.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(person: id)
            let c = try store.contact(ContactID(id))
            try ReadRecording.record(store, .contactShown, [c.id])
            let now = store.now
            switch format {
            case .json:
                Output.json(JSONShapes.contact(c, state: store.state, now: now))
            case .table:
                let d = c.details
                typealias T = CLIText.Contact
                var t = Table(T.field.text, T.value.text)
                t.add("id", c.id.rawValue)
                for f in ContactField.allCases {
                    t.add(CoreText.Labels.field(f).text, c.anonymized ? T.erased.text : c.damaged ? CLIText.Common.damaged.text : d[f])
                }
                t.add(T.anonymisedRow.text, c.anonymized ? T.yes.text : T.no.text)
                if let hold = store.state.processingHold(of: c.id) {
                    t.add(T.restricted.text, T.held(type: hold.type, request: hold.id).text)
                }
                t.add(CLIText.Notice.sourceRow.text, OriginText.describe(c.id, in: store.state))
                t.add(T.created.text, CLIText.Cells.time(c.created))
                t.add(T.updated.text, CLIText.Cells.time(c.updated))
                Output.line(t.rendered(maxColumnWidth: 70, wholeLastColumn: true))
                Output.line("")
                Output.line(ConsentTable.render(store.state.consentRows(for: c.id, now: now)))
            }
        }
    }
}

enum ShowFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

extension ListFormat: ExpressibleByArgument {}

/// A `PURPOSE=STATUS` filter.
struct ConsentFilter: ExpressibleByArgument, CustomStringConvertible {
    var purpose: String
    var status: ConsentStatus

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let s = ConsentStatus(rawValue: parts[1]) else { return nil }
        purpose = parts[0]; status = s
    }

    var description: String { "\(purpose)=\(status.rawValue)" }

    func check(_ state: ZgodaState) throws {
        if state.purposes[purpose] == nil { throw ZgodaError.unknownPurpose(purpose) }
    }
}

/// Contacts matching a query and consent filters, in ranked order.
enum ContactQuery {
    static func run(_ store: Store, query: String?, consent: [ConsentFilter]) throws -> [Contact] {
        for f in consent { try f.check(store.state) }
        let index = store.searchIndex()
        let now = store.now
        return index.search(query ?? "").compactMap { store.state.contacts[$0] }.filter { c in
            consent.allSatisfy { store.state.status(of: c.id, purpose: $0.purpose, now: now) == $0.status }
        }
    }

    static func describe(query: String?, consent: [ConsentFilter]) -> String {
        var parts: [String] = []
        if let query, !query.isEmpty { parts.append("query=\(query)") }
        parts += consent.map { "consent \($0)" }
        return parts.isEmpty ? "all" : parts.joined(separator: ", ")
    }
}

struct ContactList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: HelpText.Contact.list.text) }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Contact.query)) var query: String?
    @Option(help: ArgumentHelp(HelpText.Contact.consent, valueName: "purpose=status"))
    var consent: [ConsentFilter] = []
    @Option(help: ArgumentHelp(HelpText.Contact.listFormat)) var format: ListFormat = .table

    func run() throws {
        try reportingErrors {
            if format == .ids && consent.isEmpty, let index = SearchCache.load(global.directory, masks: false) {
                // The saved index answers without opening the store (see SearchCache); for one
                // search, its row masks would cost more to open than they save.
                Self.printIDs(index.search(query ?? ""))
                Output.finishNow()
            }
            let store = try global.openStore()
            let found = try ContactQuery.run(store, query: query, consent: consent)
            switch format {
            case .ids:
                Self.printIDs(found.map(\.id))
            case .json:
                // Everyone's data, whole: a read of each person listed.
                try ReadRecording.record(store, .contactsListed, found.map(\.id))
                let now = store.now
                Output.json(.array(found.map { JSONShapes.contact($0, state: store.state, now: now) }))
            case .table:
                let purposes = Array(store.state.purposes.keys)
                var t = Table([CLIText.Common.id.text, CLIText.Common.name.text, CLIText.Contact.company.text, CLIText.Contact.reach.text]
                              + purposes.map { String($0.prefix(12)) })
                let now = store.now
                for c in found {
                    let d = c.details
                    t.add([c.id.rawValue, c.anonymized || c.damaged ? CLIText.Common.shownName(c) : d.name, d.company, d.email.isEmpty ? d.phone : d.email]
                          + purposes.map { CLIText.Cells.status(store.state.status(of: c.id, purpose: $0, now: now)) })
                }
                Output.line(t.rendered())
                Output.line(CLIText.Common.contacts.count(found.count))
            }
            Output.finishNow()
        }
    }
}

extension ContactList {
    static func printIDs<People: Collection<ContactID>>(_ ids: People) {
        var out = ""
        out.reserveCapacity(ids.count * 9)
        for id in ids { out += id.rawValue; out += "\n" }
        Output.raw(out)
    }
}

/// The consent status table used by `contact show` and `consent list`.
enum ConsentTable {
    static func render(_ rows: [ConsentRow]) -> String {
        typealias T = CLIText.Contact
        var t = Table(T.purpose.text, CLIText.Common.status.text, T.version.text, T.source.text, CLIText.Common.at.text,
                      T.expires.text, T.evidence.text)
        for r in rows {
            t.add(r.purpose.id, CLIText.Cells.status(r.status), r.decision.map { "v\($0.purposeVersion)" } ?? "",
                  r.decision.map { CLIText.Cells.source($0.source) } ?? "", r.decision.map { CLIText.Cells.time($0.at) } ?? "",
                  r.decision?.expires.map(CLIText.Cells.time) ?? "", r.decision?.evidence ?? "")
        }
        return t.rendered()
    }
}
