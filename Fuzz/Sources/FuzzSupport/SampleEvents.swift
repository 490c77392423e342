import Foundation
@testable import ZgodaCore

/// One event of every kind, with made-up people: what the seeds are built from.
enum SampleEvents {
    static let at = Date(millis: 1_772_355_600_000)

    static let ids: [ContactID] = ["c0000001", "c0000002", "c0000003"]

    static let details: [ContactDetails] = [
        ContactDetails(name: "Zażółć Gęślą-Jaźń", email: "zazolc@example.pl", phone: "+48 600 000 001",
                       company: "Firma Sp. z o.o.", position: "Kierownik", city: "Łódź", tags: ["vip", "b2b"], notes: "notatka"),
        ContactDetails(name: "Jan Przykładowy", email: "jan@example.com", city: "Gdańsk"),
        ContactDetails(name: "Ann Example", phone: "+44 20 0000 0000"),
    ]

    static var events: [Event] {
        let purpose = Purpose.starters[0]
        var edited = purpose; edited.version += 1; edited.description += " (new wording)"
        var list: [Event] = [.directoryCreated, .controllerSet(DataController(name: "Firma", address: "ul. Długa 1", email: "rodo@example.pl", dpo: "IOD"))]
        list += Purpose.starters.map { .purposeAdded($0) }
        list.append(.purposeEdited(edited))
        for (i, (id, d)) in zip(ids, details).enumerated() {
            // The first from a list (format 6: origins, notices), the others before origins were recorded.
            let origin = i == 0 ? DataOrigin(kind: .imported, detail: "a csv file (sha256 0f3a9c1d2b7e4a55)", fromPerson: false) : nil
            list.append(.contactAdded(id: id, keySlot: UInt32(i + 1), details: d, origin: origin))
        }
        list.append(.noticeGiven(contact: ids[0], channel: .letter))
        list.append(.accessed(what: DataAccess.contactScreen.rawValue, contacts: [ids[0]]))
        list.append(.contactEdited(id: ids[0], changes: [FieldChange(field: "city", old: "Łódź", new: "Kraków"),
                                                         FieldChange(field: "notes", old: nil, new: "po zmianie")]))
        // Every decision, so more decisions than people: they take turns.
        for (i, decision) in Decision.allCases.enumerated() {
            list.append(.consentRecorded(ConsentDecision(contact: ids[i % ids.count], purpose: purpose.id, purposeVersion: purpose.version,
                                                         decision: decision, source: ConsentSource.allCases[i % ConsentSource.allCases.count],
                                                         evidence: i == 0 ? "formularz 7" : nil,
                                                         at: at, operator: "tester", expires: i == 1 ? at.addingTimeInterval(86_400) : nil,
                                                         wordingHash: "abc123")))
        }
        let day = Day(year: 2026, month: 3, day: 1)
        list.append(.requestAdded(DataSubjectRequest(id: "R1", contact: ids[1], type: .access, received: day)))
        list.append(.requestClosed(id: "R1", contact: ids[1], closed: day, resolution: "sent by post"))
        list.append(.exported(format: "csv", filter: "query=przyk", destination: "/tmp/out.csv", contacts: ids))
        list.append(.imported(source: "a csv file", added: 2, updated: 1, rejected: 0))
        list.append(.documentIssued(kind: "report", contact: ids[0], format: "md", destination: "/tmp/report.md"))
        list.append(.anonymized(id: ids[2], suppression: ["00ff00ff"], request: nil))
        list.append(.repaired(note: "set aside 1 record"))
        return list
    }

    /// The events framed as journal records whose sealed part holds the personal part in the
    /// clear, as the journal target reads it.
    static func journal(tagged: Bool) -> [UInt8] {
        var out: [UInt8] = []
        var prev = JournalRecord.zeroHash
        for (i, event) in events.enumerated() {
            let parts = EventCodec.encode(event)
            var personal = parts.personalBytes ?? []
            if !tagged, case let .contactAdded(_, _, d, _) = event {
                // Format 1's positional details.
                var w = BinaryWriter()
                w.string(d.name); w.string(d.email); w.string(d.phone); w.string(d.company)
                w.string(d.position); w.string(d.city); w.strings(d.tags); w.string(d.notes)
                personal = w.bytes
            }
            var record = JournalRecord(seq: UInt64(i + 1), at: at, flags: tagged ? JournalRecord.flagTagged : 0, prevHash: prev,
                                       operator: "tester", kindCode: parts.kindCode, contact: "",
                                       publicBytes: parts.publicBytes, keySlot: parts.personalBytes == nil ? JournalRecord.noSlot : 1,
                                       sealed: personal)
            out += record.framed()
            prev = record.hash
        }
        return out
    }

    /// The state the events make.
    static var state: ZgodaState {
        var s = ZgodaState()
        for (i, e) in events.enumerated() {
            var entry = JournalEntry(seq: UInt64(i + 1), at: at, operator: "tester", event: e)
            if case .exported = e { entry.exportKeySlot = 10 }
            s.apply(entry)
        }
        return s
    }
}
