import Foundation
import Testing
@testable import ZgodaCore

/// A history read a page at a time: the index finds the entries from the frames' headers, and
/// any page of it decodes to exactly what the whole history says there, the status each
/// decision replaced included, however far back that decision is.
@Suite struct HistoryPagesTests {
    /// Two people with decisions spread over two journal segments, a purpose edit, a change of
    /// the controller and an export that names one of them.
    static func busyStore(_ scratch: ScratchDirectory) throws -> (Store, ContactID, ContactID) {
        let store = try scratch.open()
        let anna = try store.addContact(ContactDetails(name: "Anna Stronicowa", email: "anna@example.pl"))
        let bogdan = try store.addContact(ContactDetails(name: "Bogdan Pagerski", email: "bogdan@example.pl"))
        try store.recordConsent(anna, purpose: "email-marketing", decision: .granted, source: .inPerson)
        try store.recordConsent(bogdan, purpose: "email-marketing", decision: .refused, source: .phone)
        try store.setController { $0.name = "Sklep Zgoda"; $0.address = "ul. Długa 1, Kraków" }
        try store.compact()  // the records after this are in a segment of their own
        for i in 0..<12 { _ = try store.editContact(bogdan) { $0.city = "Miasto \(i)" } }
        try store.recordConsent(anna, purpose: "phone-marketing", decision: .granted, source: .phone)
        try store.editPurpose("email-marketing", change: .editorial) { $0.description += " Raz w miesiącu." }
        try store.setController { $0.address = "ul. Krótka 2, Kraków" }
        try store.recordConsent(anna, purpose: "email-marketing", decision: .withdrawn, source: .email)
        _ = try Exporter.export(store: store, format: .csv, query: "Anna", destination: .file(scratch.path + "-anna.csv"))
        return (store, anna, bogdan)
    }

    /// The journal is read a window at a time: records cut by a window's end, and one longer
    /// than a whole window, are found as when the segment is read at once.
    @Test func aHistoryReadInSmallWindowsIsTheSame() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, anna, bogdan) = try Self.busyStore(scratch)
        try store.editContact(anna) { $0.notes = String(repeating: "długa notatka ", count: 400) }
        try store.recordConsent(anna, purpose: "partners", decision: .granted, source: .email)
        let expected = try [nil, anna, bogdan].map { try store.history(contact: $0, scope: .all) }
        let saved = HistoryScanner.windowBytes
        defer { HistoryScanner.windowBytes = saved }
        for window in [700, 1_024, 4_096] {
            HistoryScanner.windowBytes = window
            let found = try [nil, anna, bogdan].map { try store.history(contact: $0, scope: .all) }
            #expect(found == expected, "window \(window)")
        }
        #expect(expected[1].count > 5 && expected[0].count > expected[1].count)
    }

    @Test func everyPageDecodesToWhatTheWholeHistorySaysThere() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, anna, _) = try Self.busyStore(scratch)
        for contact in [nil, anna] {
            let whole = try store.history(contact: contact)
            let index = try store.historyIndex(contact: contact)
            #expect(index.count == whole.count)
            for size in [1, 3, 7] {
                var paged: [JournalEntry] = []
                var start = 0
                while start < index.count {
                    paged += try store.historyEntries(index, start..<(start + size))
                    start += size
                }
                #expect(paged == whole, "pages of \(size), contact \(contact?.rawValue ?? "all")")
            }
        }
    }

    @Test func aPageShowsWhatItsFirstDecisionsAndEditsReplacedFromBeforeIt() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, anna, _) = try Self.busyStore(scratch)
        let index = try store.historyIndex()
        let whole = try store.history()
        // The withdrawal, alone on its page: its grant is eighteen records back, in the other segment.
        let withdrawal = try #require(whole.lastIndex { if case .consentRecorded(let d) = $0.event { d.decision == .withdrawn } else { false } })
        let page = try store.historyEntries(index, withdrawal..<(withdrawal + 1))
        #expect(page.first?.previousDecision == .granted)
        // Anna's first decision on phone marketing replaced nothing, though she had decided on e-mail.
        let phone = try #require(whole.firstIndex { if case .consentRecorded(let d) = $0.event { d.purpose == "phone-marketing" } else { false } })
        #expect(try store.historyEntries(index, phone..<(phone + 1)).first?.previousDecision == nil)
        // The purpose edit and the controller's second change, each alone, with what they replaced.
        let edit = try #require(whole.firstIndex { $0.event.kind == "purpose.edit" })
        #expect(try store.historyEntries(index, edit..<(edit + 1)).first?.previousPurpose?.description
                == Purpose.starters.first { $0.id == "email-marketing" }?.description)
        let controller = try #require(whole.lastIndex { $0.event.kind == "admin.set" })
        #expect(try store.historyEntries(index, controller..<(controller + 1)).first?.previousController?.address == "ul. Długa 1, Kraków")
        // Out of range reads nothing rather than trapping.
        #expect(try store.historyEntries(index, index.count..<(index.count + 5)).isEmpty)
        // A person's index holds their decisions, their own records and the export that named them.
        let annas = try store.historyIndex(contact: anna)
        let kinds = try store.historyEntries(annas, 0..<annas.count).map(\.event.kind)
        #expect(kinds == ["contact.add", "consent.grant", "consent.grant", "consent.withdraw", "export"])
    }

    @Test func anErasureAfterTheIndexWasMadeShowsInItsPages() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, anna, _) = try Self.busyStore(scratch)
        let index = try store.historyIndex(contact: anna)
        _ = try store.anonymize(anna)
        let first = try #require(try store.historyEntries(index, 0..<1).first)
        #expect(!first.readable, "the page is decoded with the keys as they are now: the erased key reads nothing")
        guard case let .contactAdded(_, _, details, _) = first.event else { Issue.record("not the add: \(first.event)"); return }
        #expect(details.name.isEmpty)
    }

    @Test(.enabled(if: !TestBackend.isPostgres, "a directory's segment files are rewritten here; the team database has none"))
    func aJournalRewrittenUnderTheIndexIsSaidNotMisread() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, _, _) = try Self.busyStore(scratch)
        let index = try store.historyIndex()
        // Another record where the last one was: what a repair that rewrote the segment leaves.
        let last = try #require(scratch.directory.segments().last)
        var bytes = try #require(FileManager.default.contents(atPath: last.path))
        bytes.removeLast(bytes.count / 2)
        try bytes.write(to: URL(fileURLWithPath: last.path))
        #expect(throws: ZgodaError.historyChanged) { try store.historyEntries(index, (index.count - 1)..<index.count) }
    }
}
