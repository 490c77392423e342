import Foundation
import PropertyBased
import Testing
@testable import ZgodaCore

/// Random sequences of operations: the state a store builds live must equal the state a
/// reopen builds from snapshots and journal, and the state a replay of the whole history builds.
@Suite("Replay equals live state (property)")
struct ReplayPropertyTests {
    static let names = ["Anna Nowak", "Łucja Żak", "Jürgen Groß", "王伟", "Zoë 🐉", "Jan \u{1b}]52;evil", "Ołeh Шевченко"]
    static let purposes = ["email-marketing", "phone-marketing", "profiling", "partners"]

    /// Interprets one random number as an operation; invalid ones (e.g. editing an erased
    /// person) must throw and change nothing, which the property checks too.
    static func apply(_ code: Int, to store: Store, date: inout Date) {
        let ids = Array(store.state.contacts.keys)
        let pick = { (n: Int) -> ContactID? in ids.isEmpty ? nil : ids[n % ids.count] }
        let arg = code / 16
        do {
            switch code % 19 {
            case 0, 1, 2:
                try store.addContact(ContactDetails(name: names[arg % names.count], email: arg % 3 == 0 ? "p\(arg)@example.pl" : "",
                                                    phone: arg % 5 == 0 ? "+48 600 \(100 + arg % 900) 000" : "",
                                                    city: arg % 2 == 0 ? "Łódź" : "", tags: arg % 4 == 0 ? ["vip"] : [],
                                                    notes: "notes \(arg)"))
            case 3, 4:
                if let id = pick(arg) { try store.editContact(id) { $0.city = "City \(arg % 7)"; $0.notes += "+" } }
            case 5, 6, 7, 8:
                if let id = pick(arg) {
                    let decision = [Decision.granted, .refused, .withdrawn][arg % 3]
                    try store.recordConsent(id, purpose: purposes[arg % 4], decision: decision, source: .allCases[arg % 6],
                                            evidence: arg % 2 == 0 ? "form \(arg)" : nil,
                                            expires: decision == .granted && arg % 5 == 0 ? store.now.addingTimeInterval(86_400) : nil)
                }
            case 9:
                try store.editPurpose(purposes[arg % 4], change: arg % 2 == 0 ? .material : .editorial) { $0.description = "wording \(arg % 3)" }
            case 10:
                try store.setController { $0.name = "Controller \(arg % 4)"; $0.address = "Street \(arg % 3)" }
            case 11:
                if let id = pick(arg) { try store.anonymize(id) }
            case 12:
                try store.compact()
            case 13:
                if let id = pick(arg) {
                    try store.commit { _ in [.exported(format: "csv", filter: "all", destination: "/tmp/x.csv", contacts: [id])] }
                }
            case 14:
                if let id = pick(arg) {
                    try store.commit { s in [.requestAdded(DataSubjectRequest(id: "R\(s.requests.count + 1)", contact: id, type: .access, received: Day(year: 2026, month: 1, day: 31)))] }
                }
            case 15:
                if let id = pick(arg) {
                    try store.issueDocument(arg % 2 == 0 ? "form" : "report", contact: id, format: "html",
                                            destination: arg % 3 == 0 ? nil : "/tmp/doc-\(arg).html") { _, _ in "" }
                }
            case 16:
                if let r = store.state.requests.values.first(where: { $0.status == .open && !$0.extended }) {
                    try store.extendRequest(r.id, reason: "many records to gather \(arg)")
                }
            case 17:
                try store.addContact(ContactDetails(name: names[arg % names.count], email: "p\(arg % 9)@example.pl"),
                                     overridingSuppression: "asked to come back \(arg)")
            default:
                try store.addContact(ContactDetails(name: ""))
            }
        } catch {
            // Expected for invalid operations; the property below checks nothing half-happened.
        }
    }

    @Test func reopenAndReplayEqualLiveState() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...100_000).array(of: 1...60)) { codes in
            let dir = TestDirectory()
            var date = TestDirectory.epoch
            let store = try Store.open(dir.data, options: dir.options(compactEvery: 9))
            for code in codes { Self.apply(code, to: store, date: &date) }

            let reopened = try Store.open(dir.data, options: dir.options(compactEvery: 9))
            #expect(reopened.state == store.state)
            #expect(reopened.head == store.head)

            var replayed = ZgodaState()
            for entry in try store.history() { replayed.apply(entry) }
            #expect(replayed == store.state)
            #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
        }
    }
}
