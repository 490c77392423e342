import Foundation
@testable import ZgodaCore

/// A small, fixed history (ids, times, keys) for documents compared with golden files.
struct GoldenState {
    static let person = ContactID("k7w2m9qa")
    static let other = ContactID("p3x8c2rd")
    static let head = String(repeating: "ab", count: 32)

    var state = ZgodaState()
    var entries: [JournalEntry] = []

    static func at(_ s: String) -> Date { ISOTime.parse(s)! }

    mutating func add(_ event: Event, _ time: String, exportKeySlot: UInt32? = nil) {
        let e = JournalEntry(seq: UInt64(entries.count + 1), at: Self.at(time), operator: "Anna Nowak", event: event,
                             exportKeySlot: exportKeySlot)
        state.apply(e)
        entries.append(e)
    }

    mutating func decide(_ id: ContactID, _ purpose: String, _ decision: Decision, _ source: ConsentSource, _ time: String,
                         evidence: String? = nil, expires: String? = nil) {
        let p = state.purposes[purpose]!
        add(.consentRecorded(ConsentDecision(contact: id, purpose: purpose, purposeVersion: p.version, decision: decision,
                                             source: source, evidence: evidence, at: Self.at(time), operator: "Anna Nowak",
                                             expires: expires.map(Self.at),
                                             wordingHash: Wording.hash(controller: state.controller, purpose: p))), time)
    }

    static let contract = Purpose(
        id: "umowa-serwisowa", title: "Umowa serwisowa",
        description: "Obsługa zawartej umowy serwisowej: kontakt w sprawie zgłoszeń, przeglądów i faktur.",
        legalBasis: .contract, retention: Retention(months: 72), neededFields: [.name, .email, .phone, .company],
        recipients: [Recipient(name: "Serwis Kurierski Sp. z o.o.", role: .processor, country: "PL"),
                     Recipient(name: "Helpdesk Cloud Inc.", role: .processor, country: "US", safeguard: "EU-US Data Privacy Framework")])

    static func build() -> GoldenState {
        var g = GoldenState()
        g.add(.directoryCreated, "2025-03-01T09:00:00Z")
        g.add(.controllerSet(GDPRFixtures.controller), "2025-03-01T09:00:00Z")
        for p in Purpose.starters { g.add(.purposeAdded(p), "2025-03-01T09:00:00Z") }
        g.add(.purposeAdded(contract), "2025-03-01T09:00:00Z")
        g.add(.contactAdded(id: person, keySlot: 1, details: ContactDetails(
            name: "Zofia Wąsik-Żelazna", email: "zofia.wasik@przyklad.pl", phone: "+48 601 234 567",
            company: "Piekarnia \"Pod Złotym Kłosem\" & Syn", position: "Właścicielka", city: "Łódź",
            tags: ["vip", "targi-2025"], notes: "Woli kontakt <rano> | *nie* w piątki"),
            origin: DataOrigin(kind: .imported, detail: "a csv file (sha256 0f3a9c1d2b7e4a55)", fromPerson: false)), "2025-04-02T08:15:00Z")
        g.add(.contactAdded(id: other, keySlot: 2, details: ContactDetails(name: "Jan Kos", email: "jan.kos@przyklad.pl")),
              "2025-04-02T08:20:00Z")
        g.decide(person, "email-marketing", .granted, .paper, "2025-04-02T08:30:00Z", evidence: "Formularz papierowy nr 17/2025")
        g.decide(person, "phone-marketing", .refused, .inPerson, "2025-04-02T08:30:00Z")
        g.decide(person, "umowa-serwisowa", .granted, .paper, "2025-04-03T12:00:00Z", evidence: "Umowa nr US/2025/044",
                 expires: "2027-04-03T00:00:00Z")
        g.add(.contactEdited(id: person, changes: [FieldChange(field: "city", old: "Łódź", new: "Kraków")]), "2025-06-10T14:00:00Z")
        var em = g.state.purposes["email-marketing"]!
        em.description = "Wysyłanie ofert, newsletterów i zaproszeń na wydarzenia e-mailem."
        em.version = 2
        g.add(.purposeEdited(em), "2025-09-01T09:00:00Z")
        g.decide(person, "profiling", .granted, .webForm, "2025-10-05T19:45:00Z", evidence: "Formularz WWW #5521")
        g.decide(person, "profiling", .withdrawn, .email, "2025-11-20T10:00:00Z", evidence: "E-mail z 20.11.2025")
        g.add(.exported(format: "csv", filter: "query=piekarnia", destination: "/home/anna/piekarnie.csv", contacts: [person, other]),
              "2025-12-01T11:00:00Z", exportKeySlot: 40)
        g.add(.exported(format: "json", filter: "all", destination: "/home/anna/wszyscy.json", contacts: [other]),
              "2025-12-02T11:00:00Z", exportKeySlot: 41)
        g.add(.requestAdded(DataSubjectRequest(id: "R1", contact: person, type: .access, received: Day(year: 2026, month: 1, day: 5))),
              "2026-01-05T09:00:00Z")
        g.add(.requestAdded(DataSubjectRequest(id: "R2", contact: other, type: .erasure, received: Day(year: 2025, month: 12, day: 1))),
              "2025-12-01T09:00:00Z")
        g.add(.accessed(what: DataAccess.contactScreen.rawValue, contacts: [person]), "2026-01-06T10:00:00Z")
        g.add(.accessed(what: DataAccess.contactsListed.rawValue, contacts: [person, other]), "2026-01-07T10:00:00Z")
        // The Art. 14 notice of the person, whose data came from a list (below).
        g.add(.noticeGiven(contact: person, channel: .letter), "2026-01-09T10:00:00Z")
        return g
    }

    var receipt: DocumentReceipt {
        DocumentReceipt(issued: GDPRFixtures.january15, operator: "Anna Nowak", head: Self.head, seq: UInt64(entries.count))
    }

    /// What `Store.history(contact: id, scope: .all)` returns.
    func history(of id: ContactID) -> [JournalEntry] {
        entries.filter { e in
            if e.event.contact == id { return true }
            switch e.event {
            case let .exported(_, _, _, ids), let .accessed(_, ids): return ids.contains(id)
            default: return false
            }
        }
    }
}
