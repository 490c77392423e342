import Foundation
import ZgodaCore

/// One random change at a time through the public ZgodaCore API, each reported before it starts
/// (`DO …`) and after it returns (`ACK …`). Between the two lines the change is in doubt; after
/// the `ACK` it must survive the SIGKILL that will come at some random moment.
struct Worker {
    let store: Store
    /// The test folder holding the data directory: the import file is written there and nowhere
    /// else, because it holds (synthetic) personal data and must stay inside the test area.
    let scratch: String
    var rng: SeededGenerator
    var people: SyntheticPeople

    init(store: Store, scratch: String, seed: UInt64) {
        self.store = store; self.scratch = scratch
        rng = SeededGenerator(seed: seed)
        people = SyntheticPeople(seed: seed)
    }

    var importFile: String { scratch + "/import-\(people.tag).csv" }

    mutating func step() throws {
        let live = store.state.contacts.values.filter { !$0.anonymized }.map(\.id)
        let roll = Int.random(in: 0..<100, using: &rng)
        guard let someone = live.randomElement(using: &rng) else { return try add() }
        switch roll {
        case ..<28: try add()
        case ..<50: try edit(someone)
        case ..<76: try consent(someone)
        case ..<83: try importFew()
        case ..<92: try anonymize(someone)
        default: try compact()
        }
    }

    mutating func add() throws {
        let d = people.next(using: &rng)
        let what = "name=\(d.name) city=\(d.city)"
        Report.intent("add " + what)
        let id = try store.addContact(d)
        Report.ack("add \(id) " + what, seq: store.lastSeq)
    }

    mutating func edit(_ id: ContactID) throws {
        let city = Bool.random(using: &rng)
        let value = people.value(city ? SyntheticPeople.cities : SyntheticPeople.companies, using: &rng)
        let what = "\(id) \(city ? "city" : "company")=\(value)"
        Report.intent("edit " + what)
        try store.editContact(id) { if city { $0.city = value } else { $0.company = value } }
        Report.ack("edit " + what, seq: store.lastSeq)
    }

    mutating func consent(_ id: ContactID) throws {
        guard let purpose = store.state.purposes.keys.randomElement(using: &rng) else { return }
        var decision: Decision = [.granted, .granted, .withdrawn, .withdrawn, .refused].randomElement(using: &rng)!
        // Only a grant can be withdrawn; anything else would be refused as bad input.
        if decision == .withdrawn, store.state.decisions[id]?.last(where: { $0.purpose == purpose })?.decision != .granted {
            decision = .granted
        }
        let source = ConsentSource.allCases.randomElement(using: &rng)!
        let what = "\(id) \(purpose) \(decision.rawValue)"
        Report.intent("consent " + what)
        try store.recordConsent(id, purpose: purpose, decision: decision, source: source,
                                evidence: Bool.random(using: &rng) ? "torture \(people.tag)" : nil)
        Report.ack("consent " + what, seq: store.lastSeq)
    }

    mutating func importFew() throws {
        let rows = (0..<Int.random(in: 1...4, using: &rng)).map { _ in people.next(using: &rng) }
        let csv = "name,email,city\n" + rows.map { "\($0.name),\($0.email),\($0.city)\n" }.joined()
        try Data(csv.utf8).write(to: URL(fileURLWithPath: importFile))
        defer { try? FileManager.default.removeItem(atPath: importFile) }
        Report.intent("import \(rows.count) " + rows.map(\.name).joined(separator: " "))
        let report = try Importer.run(store: store, file: importFile)
        guard report.addedIDs.count == rows.count else {
            Report.fail("import of \(rows.count) new people added \(report.addedIDs.count): \(report.lines.joined(separator: "; "))")
        }
        Report.ack("import \(rows.count) " + report.addedIDs.map(\.rawValue).joined(separator: " "), seq: store.lastSeq)
    }

    mutating func anonymize(_ id: ContactID) throws {
        Report.intent("anonymize \(id)")
        try store.anonymize(id)
        Report.ack("anonymize \(id)", seq: store.lastSeq)
    }

    mutating func compact() throws {
        Report.intent("compact")
        try store.compact()
        Report.ack("compact", seq: store.lastSeq)
    }
}
