import ZgodaCore

/// Everything the torture worker has acknowledged so far on one data directory, and the check
/// that the directory still holds all of it. The one implementation of that check: the test
/// and scripts/torture.sh both run it through CrashTortureTests.
struct TortureExpectation {
    struct Person {
        /// Only the values acknowledged (or seen on disk after an in-doubt change), by field name.
        var fields: [String: String] = [:]
        var anonymized = false
    }

    private(set) var people: [ContactID: Person] = [:]
    private(set) var decisions: [ContactID: [String: String]] = [:]
    /// The highest sequence number acknowledged: the journal may never end before it.
    private(set) var seq: UInt64 = 0
    private(set) var acknowledgedCount = 0
    /// True once some worker has opened the directory, which from then on must always open.
    private(set) var created = false

    mutating func record(_ log: TortureLog) {
        if log.ready || !log.acknowledged.isEmpty { created = true }
        for (change, at) in log.acknowledged {
            apply(change)
            seq = max(seq, at)
            acknowledgedCount += 1
        }
    }

    private mutating func apply(_ change: TortureChange) {
        switch change {
        case let .add(id?, name, city): people[id] = Person(fields: ["name": name, "city": city])
        case .add(nil, _, _): break
        case let .edit(id, field, value): people[id, default: Person()].fields[field] = value
        case let .consent(id, purpose, decision): decisions[id, default: [:]][purpose] = decision
        case let .importAdded(ids, _): for id in ids where people[id] == nil { people[id] = Person() }
        case let .anonymize(id): people[id, default: Person()] = Person(fields: [:], anonymized: true)
        case .compact: break
        }
    }

    /// What is missing or wrong in `store` (empty when all is there). `inDoubt` may have
    /// happened or not; whichever the store shows is taken as what happened, so later checks
    /// hold the directory to it.
    mutating func check(_ store: Store, inDoubt: TortureChange?) -> [String] {
        let state = store.state
        var problems: [String] = []
        if store.lastSeq < seq { problems.append("the journal ends at record \(store.lastSeq) but record \(seq) was acknowledged") }
        for (id, want) in people.sorted(by: { $0.key < $1.key }) {
            guard let c = state.contacts[id] else { problems.append("contact \(id) is missing"); continue }
            let inDoubtHere = inDoubt.map { Self.touches($0, id) } ?? false
            if want.anonymized {
                if !c.anonymized { problems.append("contact \(id) was anonymised but is not") }
                if c.details != .erased { problems.append("contact \(id) was anonymised but still has values") }
                continue
            }
            if c.anonymized {
                if case .anonymize(id)? = inDoubt { people[id] = Person(fields: [:], anonymized: true); continue }
                problems.append("contact \(id) is anonymised, which was never asked")
                continue
            }
            for (field, value) in want.fields.sorted(by: { $0.key < $1.key }) {
                guard let f = ContactField(rawValue: field) else { problems.append("contact \(id): unknown field \(field)"); continue }
                let have = c.details[f]
                if have == value { continue }
                if inDoubtHere, case let .edit(_, field2, value2)? = inDoubt, field2 == field, have == value2 {
                    people[id]?.fields[field] = value2
                    continue
                }
                problems.append("contact \(id): \(field) is '\(have)', acknowledged '\(value)'")
            }
        }
        for (id, byPurpose) in decisions.sorted(by: { $0.key < $1.key }) {
            let latest = state.latestDecisions(for: id)
            for (purpose, want) in byPurpose.sorted(by: { $0.key < $1.key }) {
                let have = latest[purpose]?.decision.rawValue
                if have == want { continue }
                if case let .consent(id2, purpose2, decision2)? = inDoubt, id2 == id, purpose2 == purpose, have == decision2 {
                    decisions[id]?[purpose] = decision2
                    continue
                }
                problems.append("contact \(id): consent \(purpose) is \(have ?? "not recorded"), acknowledged \(want)")
            }
        }
        if problems.isEmpty, let inDoubt { adopt(inDoubt, from: state) }
        return problems
    }

    private static func touches(_ change: TortureChange, _ id: ContactID) -> Bool {
        switch change {
        case let .edit(i, _, _), let .consent(i, _, _), let .anonymize(i): return i == id
        case .add, .importAdded, .compact: return false
        }
    }

    /// An in-doubt change to someone not yet expected (a new person, an edit or consent not yet
    /// on record) is taken as it is on disk, so later cycles hold the directory to it.
    private mutating func adopt(_ change: TortureChange, from state: ZgodaState) {
        func find(_ name: String) -> Contact? { state.contacts.values.first { $0.details.name == name } }
        switch change {
        case let .add(_, name, city):
            if let c = find(name), people[c.id] == nil { people[c.id] = Person(fields: ["name": name, "city": city]) }
        case let .importAdded(_, names):
            for name in names { if let c = find(name), people[c.id] == nil { people[c.id] = Person(fields: ["name": name]) } }
        case let .edit(id, field, value):
            if people[id]?.fields[field] == nil, let f = ContactField(rawValue: field), state.contacts[id]?.details[f] == value {
                people[id, default: Person()].fields[field] = value
            }
        case let .consent(id, purpose, decision):
            if decisions[id]?[purpose] == nil, state.latestDecisions(for: id)[purpose]?.decision.rawValue == decision {
                decisions[id, default: [:]][purpose] = decision
            }
        case .anonymize, .compact: break
        }
    }
}
