import Foundation
import ZgodaCore
@testable import ZgodaViewModels

/// A store in a private temporary directory with a fixed clock, a fixed operator and fixed
/// people (Polish, CJK, emoji, and one name carrying a terminal escape sequence).
final class Fixture {
    let root: String
    let store: Store
    static let now = ISOTime.parse("2026-01-15T10:00:00Z")!

    static let people: [(ContactID, ContactDetails)] = [
        ("pl000001", ContactDetails(name: "Zażółć Gęślą-Jaźń", email: "zazolc@example.pl", phone: "+48 600 100 200",
                                    company: "Łódzkie Zakłady", position: "Kierowniczka", city: "Łódź", tags: ["vip", "łódź"], notes: "Prefers e-mail")),
        ("cn000002", ContactDetails(name: "王小明", email: "wang@example.cn", company: "北京科技有限公司", city: "北京")),
        ("em000003", ContactDetails(name: "Ola 😀 Nowak", phone: "+48 500 600 700", company: "Kwiaciarnia 🌸 Róża", city: "Kraków")),
        ("es000004", ContactDetails(name: "Evil \u{1b}]52;c;aGk=\u{07} Name", email: "evil@example.com", company: "ACME")),
        ("pl000005", ContactDetails(name: "Łucja Żak", email: "lucja.zak@example.pl", company: "Żabka Polska", city: "Poznań")),
    ]

    init(people: [(ContactID, ContactDetails)] = Fixture.people, controller: Bool = true, consents: Bool = true) throws {
        root = NSTemporaryDirectory() + "zgoda-vm-" + UUID().uuidString
        store = try Store.open(DataDirectory(path: root + "/data"),
                               options: StoreOptions(operatorName: "anna", clock: FixedClock(Fixture.now)))
        if controller { try store.setController { $0 = DemoData.controller } }
        if !people.isEmpty {
            try store.commit { _ in people.map { .contactAdded(id: $0.0, keySlot: Store.newKeySlot, details: $0.1) } }
        }
        if consents && !people.isEmpty {
            try store.recordConsent("pl000001", purpose: "email-marketing", decision: .granted, source: .phone)
            try store.recordConsent("pl000001", purpose: "profiling", decision: .refused, source: .email)
            try store.recordConsent("cn000002", purpose: "phone-marketing", decision: .granted, source: .paper)
            try store.recordConsent("cn000002", purpose: "phone-marketing", decision: .withdrawn, source: .paper)
            try store.recordConsent("em000003", purpose: "partners", decision: .granted, source: .inPerson)
        }
    }

    /// Another process on the same directory, as the TUI would see it.
    func secondStore() throws -> Store {
        try Store.open(DataDirectory(path: root + "/data"), options: StoreOptions(operatorName: "bartek", clock: FixedClock(Fixture.now)))
    }

    func app(rows: Int = 24, cols: Int = 80) -> AppModel {
        var app = AppModel(store: store, rows: rows, cols: cols)
        app.workingDirectory = root
        return app
    }

    /// Three years on: everyone without a legal basis is past every retention period.
    static let later = ISOTime.parse("2029-01-15T10:00:00Z")!

    /// The same directory seen at another moment (due dates, retention).
    func app(at date: Date, rows: Int = 24, cols: Int = 80) throws -> AppModel {
        let s = try Store.open(DataDirectory(path: root + "/data"), options: StoreOptions(operatorName: "anna", clock: FixedClock(date)))
        var app = AppModel(store: s, rows: rows, cols: cols)
        app.workingDirectory = root
        return app
    }

    /// Requests for the snapshots and request tests: R1 access (overdue on Fixture.now),
    /// R2 erasure of 王小明, R3 objection already closed.
    func addRequests() throws {
        try store.addRequest("pl000001", type: .access, received: Day(year: 2025, month: 11, day: 3))
        try store.addRequest("cn000002", type: .erasure)
        try store.addRequest("pl000005", type: .objection, received: Day(year: 2026, month: 1, day: 10))
        try store.closeRequest("R3", note: "stopped profiling")
    }

    /// A purpose relying on legitimate interest (worded in Polish too), which takes an objection.
    static let fraudChecks = Purpose(id: "fraud-checks", title: "Fraud checks", description: "We check orders for fraud.",
                                     legalBasis: .legitimateInterest, retention: Retention(months: 12),
                                     translations: [.pl: PurposeWording(title: "Kontrola nadużyć", description: "Sprawdzamy zamówienia pod kątem oszustw.")])

    func addLegitimateInterestPurpose() throws { try store.addPurpose(Fixture.fraudChecks) }

    /// Writes a file under the fixture's directory; returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = root + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }
}

extension AppModel {
    /// Sends keys in order; returns false if any of them quit.
    @discardableResult
    mutating func send(_ keys: [Key]) -> Bool {
        for k in keys {
            if !handle(k) { return false }
            runWork()
        }
        return true
    }

    /// Runs the long work a key asked for, as the terminal would on its thread, to the end.
    mutating func runWork() {
        if let work = takeWork() { finish(work, work.run(store, progress: .none)) }
    }

    @discardableResult
    mutating func send(_ keys: Key...) -> Bool { send(keys) }

    mutating func type(_ text: String) { send(Key.typing(text)) }
}
