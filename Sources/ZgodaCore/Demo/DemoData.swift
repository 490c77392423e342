import Foundation

/// Fills a data directory with realistic demo people and two years of consent history.
public enum DemoData {
    /// Latin transliteration for e-mail local parts ("Łucja Żak" → "lucja.zak").
    static func emailPart(_ s: String) -> String {
        let folded = TextFolding.folded(s)
        let ascii = folded.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0 == " ") }
        return String(String.UnicodeScalarView(ascii)).replacingOccurrences(of: " ", with: "-")
    }

    /// The people `zgoda demo` would add with this seed, as details only (no store needed).
    public static func people(count: Int, seed: UInt64) -> [ContactDetails] {
        var rng = SeededGenerator(seed: seed)
        let totalWeight = DemoNames.cultures.reduce(0) { $0 + $1.weight }
        return (0..<count).map { i in
            var pick = Int.random(in: 0..<totalWeight, using: &rng)
            var culture = DemoNames.cultures[0]
            for c in DemoNames.cultures { if pick < c.weight { culture = c; break }; pick -= c.weight }
            let first = culture.firstNames.randomElement(using: &rng)!
            var last = culture.lastNames.randomElement(using: &rng)!
            if culture.domainHint == "pl" && ["a", "e"].contains(first.last.map(String.init) ?? "") {
                if last.hasSuffix("ski") || last.hasSuffix("cki") || last.hasSuffix("dzki") { last = String(last.dropLast()) + "a" }
            }
            let name = culture.familyFirst ? (culture.domainHint == "jp" || culture.domainHint == "cn" || culture.domainHint == "kr" ? last + first : last + " " + first) : first + " " + last
            let company = DemoNames.companies.randomElement(using: &rng)!
            var local = emailPart(first) + "." + emailPart(last)
            if local.count < 3 || local.hasPrefix(".") || local.hasSuffix(".") { local = "klient\(i)" }
            local += String(i)
            let domain = emailPart(company).split(separator: "-").prefix(2).joined(separator: "-")
            let email = Int.random(in: 0..<10, using: &rng) < 8 ? "\(local)@\(domain.isEmpty ? "example" : domain).\(culture.domainHint == "pl" ? "pl" : "com")" : ""
            let phone = Int.random(in: 0..<10, using: &rng) < 7
                ? String(format: "+48 %03d %03d %03d", Int.random(in: 500...899, using: &rng), Int.random(in: 0...999, using: &rng), Int.random(in: 0...999, using: &rng))
                : ""
            var tags: [String] = []
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                let t = DemoNames.tags.randomElement(using: &rng)!
                if !tags.contains(t) { tags.append(t) }
            }
            let notes = Int.random(in: 0..<4, using: &rng) == 0 ? DemoNames.notes.randomElement(using: &rng)! : ""
            return ContactDetails(name: name, email: email, phone: phone.isEmpty && email.isEmpty ? "+48 600 000 \(String(format: "%03d", i % 1000))" : phone,
                                  company: company, position: DemoNames.positions.randomElement(using: &rng)!,
                                  city: DemoNames.cities.randomElement(using: &rng)!, tags: tags, notes: notes)
        }
    }

    /// Adds `count` people with consent decisions spread over the two years before `now`.
    /// Written in batches of atomic groups, one fsync per batch, and one snapshot at the end,
    /// so 100k people take seconds.
    /// Adds `count` people in batches, each committed on its own: a stopped run (`progress`
    /// cancelled) keeps the batches already saved and throws `ZgodaError.interrupted`.
    public static func populate(_ store: Store, count: Int, seed: UInt64, progress: WorkProgress = .none) throws {
        let people = people(count: count, seed: seed)
        var rng = SeededGenerator(seed: seed ^ 0xD1CE)
        let purposes = Array(store.state.purposes.values)
        let now = store.now
        let twoYears: TimeInterval = 2 * 365 * 86_400
        var idRng = SeededGenerator(seed: seed ^ 0x1D5)
        let batch = 2_000
        var done = 0
        progress.begin(CoreText.Progress.addingDemoContacts.text, total: people.count)
        try store.withSnapshotsDeferred {
            while done < people.count {
                try progress.checkCancelled()
                let slice = people[done..<min(done + batch, people.count)]
                try store.commit { state in
                    var events: [Event] = []
                    for d in slice {
                        var id: ContactID
                        repeat { id = ContactID.random(using: &idRng) } while state.contacts[id] != nil
                        events.append(.contactAdded(id: id, keySlot: Store.newKeySlot, details: d,
                                                    origin: DataOrigin(kind: .demo, fromPerson: true)))
                        for p in purposes where Int.random(in: 0..<3, using: &rng) > 0 {
                            let at = now.addingTimeInterval(-Double.random(in: 0...twoYears, using: &rng))
                            let roll = Int.random(in: 0..<10, using: &rng)
                            let decision: Decision = roll < 6 ? .granted : roll < 8 ? .refused : .withdrawn
                            let source = [ConsentSource.inPerson, .phone, .email, .webForm, .paper].randomElement(using: &rng)!
                            let ev = String(format: DemoNames.evidence.randomElement(using: &rng)!, Int.random(in: 100...9999, using: &rng))
                            let hash = Wording.hash(controller: state.controller, purpose: p, language: .pl)
                            // A withdrawal takes back a grant, so the grant comes first; its time
                            // is derived, not drawn, so every other person stays as the seed made them.
                            if decision == .withdrawn {
                                events.append(.consentRecorded(ConsentDecision(
                                    contact: id, purpose: p.id, purposeVersion: p.version, decision: .granted, source: source,
                                    evidence: ev, at: at.addingTimeInterval(-Self.grantBeforeWithdrawal), operator: store.operatorName,
                                    expires: nil, wordingHash: hash)))
                            }
                            events.append(.consentRecorded(ConsentDecision(
                                contact: id, purpose: p.id, purposeVersion: p.version, decision: decision, source: source,
                                evidence: ev, at: at, operator: store.operatorName, expires: nil, wordingHash: hash)))
                        }
                    }
                    return events
                }
                done += slice.count
                progress.update(done: done)
            }
        }
    }

    /// How long before a demo withdrawal its grant was given.
    static let grantBeforeWithdrawal: TimeInterval = 90 * 86_400

    /// A controller for demo directories that have none yet.
    public static let controller = DataController(name: "Przykładowa Firma Handlowa Sp. z o.o.",
                                                  address: "ul. Marszałkowska 1, 00-624 Warszawa",
                                                  email: "iod@przyklad.pl", dpo: "Inspektor Ochrony Danych, iod@przyklad.pl")
}
