import Foundation
import Testing
@testable import ZgodaCore

/// The record of processing activities (Art. 30) and the breach register (Art. 33).
@Suite struct RegistersTests {
    @Test func theRecordOfProcessingMatchesTheGoldenFiles() throws {
        let g = GoldenState.build()
        let register = ProcessingRegister(state: g.state, issued: GDPRFixtures.january15, encrypted: false, head: GoldenState.head, language: .en)
        try GoldenFile.check("register.md", register.render(.md))
        try GoldenFile.check("register.html", register.render(.html))
        try GoldenFile.check("register.json", register.render(.json))
        // In Polish: the purposes in their Polish wording; JSON the same.
        var polish = register
        polish.language = .pl
        try GoldenFile.check("register.pl.md", polish.render(.md))
        try GoldenFile.check("register.pl.html", polish.render(.html))
        #expect(polish.render(.json) == register.render(.json))
        #expect(polish.render(.md).contains("### Marketing telefoniczny (phone-marketing), wersja 1"))
        let json = try #require(try JSON.parse(register.render(.json))["activities"]?.arrayValue)
        #expect(json.map { $0["purpose"]?.stringValue ?? "" } == ["email-marketing", "phone-marketing", "profiling", "partners", "umowa-serwisowa"])
        #expect(json.last?["legalBasis"]?.stringValue == "contract" && json.last?["retention"]?.stringValue == "6y")
        #expect(register.render(.md).contains("Iwona Kęs"), "the DPO")
    }

    @Test func aBreachIsRecordedWithItsDeadlineClosedAndShownToTheAffectedPerson() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Dotknięta", email: "anna@example.pl"))
        let noticed = GDPRFixtures.january15.addingTimeInterval(-3600)
        #expect(throws: ZgodaError.invalidValue(field: "people", reason: "0 is fewer than the 1 contacts named")) {
            try store.recordBreach(noticed: noticed, description: "x", people: 0, contacts: [a])
        }
        let b = try store.recordBreach(noticed: noticed, description: "Skradziony laptop z eksportem CSV", people: 35, contacts: [a],
                                       measures: "Zdalne wymazanie dysku")
        #expect(b.id == "B1" && b.deadline == noticed.addingTimeInterval(72 * 3600))
        #expect(b.status(now: store.now) == "open" && b.status(now: b.deadline.addingTimeInterval(1)) == "overdue")
        #expect(throws: ZgodaError.invalidInput("say when Prezes UODO was notified (--notified), or why no notification was needed (--note)")) {
            try store.closeBreach("B1", notified: nil, resolution: " ")
        }
        let report = try AccessReport(state: store.state, contact: a, history: try store.history(contact: a),
                                      receipt: DocumentReceipt(issued: store.now, operator: "x", head: store.head, seq: store.lastSeq),
                                      language: .pl)
        #expect(report.render(.md).contains("Skradziony laptop z eksportem CSV"))
        #expect(report.render(.md).contains("| w toku |"))
        let closed = try store.closeBreach("B1", notified: store.now, resolution: "Zgłoszenie nr 123")
        #expect(closed.notified == store.now && closed.closed == store.now)
        #expect(HistoryText.summary(try store.history().last!, state: store.state)
                == "closed breach B1: authority notified 2026-01-15T10:00:00Z; Zgłoszenie nr 123")
        #expect(throws: ZgodaError.invalidInput("breach B1 is already closed")) { try store.closeBreach("B1", notified: nil, resolution: "x") }
        // The register survives a snapshot.
        try store.compact()
        #expect(try scratch.open().state.breaches == store.state.breaches)
        #expect(try scratch.open().state == store.state)
    }
}
