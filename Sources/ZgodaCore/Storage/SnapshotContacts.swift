import Crypto
import Dispatch
import Foundation

/// The contacts section of a snapshot, decoded on all cores.
///
/// At 100k people this section is nearly the whole snapshot and its decoding nearly the whole
/// open: every person's sealed part must be opened with their own key and turned into a dozen
/// strings. One quick sequential pass finds where each contact starts; then each core decodes
/// a share of them completely (public fields, decisions, sealed part) straight into the final
/// arrays, so nothing is built twice or copied between passes.
enum SnapshotContacts {
    struct Decoded {
        var ids: [ContactID]
        var contacts: [Contact]
        var decisions: [[ConsentDecision]]
        /// By index into the arrays: the contacts whose personal part could not be read.
        var unreadable: [(Int, Unreadable)] = []
        /// By index into the arrays: the former values of the contacts that have any.
        var formerDetails: [(Int, [ContactDetails])] = []
        /// By index into the arrays, from version 6: the people's own parts (origin, notice,
        /// documents) of those that have any.
        var parts: [(Int, SnapshotPersonParts)] = []
    }

    /// One person's entry, read.
    struct Person {
        var contact: Contact
        var decisions: [ConsentDecision]
        /// Why the personal part could not be read, if it could not.
        var problem: Unreadable?
        var former: [ContactDetails]
        var parts: SnapshotPersonParts
    }

    /// Why a contact's personal part was not read. Only the journal can say whether an erased
    /// key is a lawful erasure (an erasure record) or damage; anything else is damage.
    enum Unreadable: Equatable {
        /// The key is erased (in both copies) but the contact is not marked anonymised here.
        case keyErased
        case damaged(Localized)
    }

    /// The smallest encoding of one contact: empty id, slot, two dates, flag, no decisions,
    /// empty sealed part.
    private static let minimumSize = 4 + 4 + 8 + 8 + 1 + 4 + 4

    /// Reads `count` contacts starting at `r.offset` and leaves `r` after them. `alongside`
    /// runs on one of the cores too, first (the snapshot's checksum).
    static func decode(_ r: inout BinaryReader, count: Int, table: [String], version: Int, keys: KeyStore,
                       origins: [DataOrigin] = [], alongside: @escaping @Sendable () -> Void = {}) throws -> Decoded {
        // A decision's fixed part: purpose, version, decision, source, time, operator (version 4
        // names the decision and source through the string table; 2 and 3 by one byte each).
        let decisionFixed = version >= 4 ? 4 + 4 + 4 + 4 + 8 + 4 : 4 + 4 + 1 + 1 + 8 + 4
        guard count >= 0, count <= r.remaining / minimumSize else { throw SnapshotCodec.Invalid("bad contact count", "błędna liczba kontaktów") }
        // Pass 1: where each contact starts.
        var starts = [Int]()
        starts.reserveCapacity(count + 1)
        for _ in 0..<count {
            starts.append(r.offset)
            let idLength = Int(try r.u32())
            try r.need(idLength + 21); r.offset += idLength + 21
            let nd = Int(try r.u32())
            for _ in 0..<nd {
                try r.need(decisionFixed); r.offset += decisionFixed
                if try r.u8() != 0 { try r.need(8); r.offset += 8 }
                try r.need(4); r.offset += 4
            }
            let len = Int(try r.u32())
            try r.need(len); r.offset += len
            if version >= 6 { try SnapshotPersonParts.skip(&r) }
        }
        starts.append(r.offset)

        // Pass 2: every contact, on all cores, straight into the final arrays; each core
        // initialises its own share of them.
        let chunks = max(1, min(count / 1_000, ProcessInfo.processInfo.activeProcessorCount * 8))
        var failed = [Bool](repeating: false, count: chunks)
        var problems = [[(Int, Unreadable)]](repeating: [], count: chunks)
        var former = [[(Int, [ContactDetails])]](repeating: [], count: chunks)
        var parts = [[(Int, SnapshotPersonParts)]](repeating: [], count: chunks)
        var ids: [ContactID] = [], contacts: [Contact] = [], decisions: [[ConsentDecision]] = []
        let bytes = r.bytes
        ids = Array(unsafeUninitializedCapacity: count) { idOut, idCount in
            contacts = Array(unsafeUninitializedCapacity: count) { contactOut, contactCount in
                decisions = Array(unsafeUninitializedCapacity: count) { decisionOut, decisionCount in
                    starts.withUnsafeBufferPointer { st in
                        failed.withUnsafeMutableBufferPointer { failedOut in
                          problems.withUnsafeMutableBufferPointer { problemsOut in
                          former.withUnsafeMutableBufferPointer { formerOut in
                          parts.withUnsafeMutableBufferPointer { partsOut in
                            // Safe to share: every thread only reads `bytes`, `starts`, `table` and
                            // the key store, and writes its own disjoint range of the outputs.
                            struct Shared: @unchecked Sendable {
                                let bytes: UnsafeRawBufferPointer
                                let starts: UnsafeBufferPointer<Int>
                                let table: [String]
                                let keys: KeyStore
                                let ids: UnsafeMutablePointer<ContactID>
                                let contacts: UnsafeMutablePointer<Contact>
                                let decisions: UnsafeMutablePointer<[ConsentDecision]>
                                let failed: UnsafeMutableBufferPointer<Bool>
                                let problems: UnsafeMutableBufferPointer<[(Int, Unreadable)]>
                                let former: UnsafeMutableBufferPointer<[(Int, [ContactDetails])]>
                                let parts: UnsafeMutableBufferPointer<[(Int, SnapshotPersonParts)]>
                                let origins: [DataOrigin]
                                let version: Int
                                let alongside: @Sendable () -> Void
                            }
                            let shared = Shared(bytes: bytes, starts: st, table: table, keys: keys, ids: idOut.baseAddress!,
                                                contacts: contactOut.baseAddress!, decisions: decisionOut.baseAddress!,
                                                failed: failedOut, problems: problemsOut, former: formerOut, parts: partsOut,
                                                origins: origins, version: version, alongside: alongside)
                            DispatchQueue.concurrentPerform(iterations: chunks + 1) { task in
                                if task == 0 { shared.alongside(); return }
                                let chunk = task - 1
                                let lo = count * chunk / chunks, hi = count * (chunk + 1) / chunks
                                for i in lo..<hi {
                                    var cr = BinaryReader(shared.bytes, offset: shared.starts[i])
                                    var decoded = try? decodeOne(&cr, table: shared.table, version: shared.version, keys: shared.keys,
                                                                 origins: shared.origins)
                                    if let problem = decoded?.problem { shared.problems[chunk].append((i, problem)) }
                                    if let former = decoded?.former, !former.isEmpty { shared.former[chunk].append((i, former)) }
                                    if let parts = decoded?.parts, parts != SnapshotPersonParts() { shared.parts[chunk].append((i, parts)) }
                                    if decoded == nil {
                                        // Every slot is still initialised, so the arrays stay whole; the
                                        // snapshot is rejected below.
                                        shared.failed[chunk] = true
                                        decoded = Person(contact: Contact(id: ContactID(""), details: .erased, created: Date(millis: 0),
                                                                          updated: Date(millis: 0), keySlot: 0),
                                                         decisions: [], problem: nil, former: [], parts: SnapshotPersonParts())
                                    }
                                    (shared.ids + i).initialize(to: decoded!.contact.id)
                                    (shared.contacts + i).initialize(to: decoded!.contact)
                                    (shared.decisions + i).initialize(to: decoded!.decisions)
                                }
                            }
                          }
                          }
                          }
                        }
                    }
                    decisionCount = count
                }
                contactCount = count
            }
            idCount = count
        }
        if failed.contains(true) { throw SnapshotCodec.Invalid("a contact cannot be decoded", "nie można zdekodować kontaktu") }
        return Decoded(ids: ids, contacts: contacts, decisions: decisions, unreadable: problems.flatMap { $0 },
                       formerDetails: former.flatMap { $0 }, parts: parts.flatMap { $0 })
    }

    /// Every contact's personal part (details and evidence texts) sealed with their own key,
    /// in `state.contacts` order, on all cores: writing a snapshot of 100k people is mostly
    /// this. Anonymised people get an empty part.
    static func seal(_ state: ZgodaState, keys: KeyStore) throws -> [[UInt8]] {
        let contacts = state.contacts.values.elements
        let count = contacts.count
        let chunks = max(1, min(count / 1_000, ProcessInfo.processInfo.activeProcessorCount * 8))
        var missing = [ContactID?](repeating: nil, count: chunks)
        var failure = [String?](repeating: nil, count: chunks)
        let out = [[UInt8]](unsafeUninitializedCapacity: count) { buffer, initialized in
            contacts.withUnsafeBufferPointer { all in
                missing.withUnsafeMutableBufferPointer { missingOut in
                    failure.withUnsafeMutableBufferPointer { failureOut in
                        // Safe to share: every thread reads the state and the key store, and
                        // writes its own range of the outputs.
                        struct Shared: @unchecked Sendable {
                            let contacts: UnsafeBufferPointer<Contact>
                            let decisions: [ContactID: [ConsentDecision]]
                            let former: [ContactID: [ContactDetails]]
                            let keys: KeyStore
                            let out: UnsafeMutablePointer<[UInt8]>
                            let missing: UnsafeMutableBufferPointer<ContactID?>
                            let failure: UnsafeMutableBufferPointer<String?>
                        }
                        let shared = Shared(contacts: all, decisions: state.decisions, former: state.formerDetails, keys: keys, out: buffer.baseAddress!,
                                            missing: missingOut, failure: failureOut)
                        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                            let lo = count * chunk / chunks, hi = count * (chunk + 1) / chunks
                            let random = RandomBytes(expected: 12 * (hi - lo))
                            for i in lo..<hi {
                                var sealed: [UInt8] = []
                                let c = shared.contacts[i]
                                if !c.anonymized && shared.missing[chunk] == nil && shared.failure[chunk] == nil {
                                    var p = SealedFields.Writer()
                                    p.nested(ContactTag.details.rawValue, SealedFields.details(c.details))
                                    p.optionalStrings(ContactTag.evidence.rawValue, (shared.decisions[c.id] ?? []).map(\.evidence))
                                    p.nestedList(ContactTag.formerDetails.rawValue, (shared.former[c.id] ?? []).map(SealedFields.details))
                                    // The checked read: a damaged key must not seal what no one could open.
                                    if let key = shared.keys.uncachedKey(c.keySlot) {
                                        do { sealed = try Sealer.seal(p.bytes, key: key, random: random) } catch { shared.failure[chunk] = "\(error)" }
                                    } else {
                                        shared.missing[chunk] = c.id
                                    }
                                }
                                (shared.out + i).initialize(to: sealed)
                            }
                        }
                    }
                }
            }
            initialized = count
        }
        if let id = missing.compactMap({ $0 }).first { throw ZgodaError.damaged(ErrorReason(en: "the key of contact \(id) is missing",
                    pl: "brakuje klucza kontaktu \(id)")) }
        if let reason = failure.compactMap({ $0 }).first { throw ZgodaError.io(ErrorReason(en: "encryption failed: \(reason)",
                    pl: "szyfrowanie nie powiodło się: \(reason)")) }
        return out
    }

    /// Tags of a contact's sealed part in a version 4 snapshot. Stable: never renumber.
    enum ContactTag: UInt8 { case details = 1, evidence = 2, formerDetails = 3 }

    /// One contact and its decisions, and why its personal part could not be read, if it could
    /// not. Values are left empty then; only an anonymised contact has no part to read.
    /// From version 6 the entry ends with the person's own parts (`SnapshotPersonParts`).
    static func decodeOne(_ r: inout BinaryReader, table: [String], version: Int, keys: KeyStore,
                          origins: [DataOrigin]) throws -> Person {
        var person = try decodeCore(&r, table: table, version: version, keys: keys)
        if version >= 6 {
            // On several cores at once: the uncached key, which touches nothing shared.
            let readable = !person.contact.anonymized && person.problem == nil, slot = person.contact.keySlot
            person.parts = try SnapshotPersonParts.read(&r, origins: origins, key: { readable ? keys.uncachedKey(slot) : nil })
        }
        return person
    }

    private static func decodeCore(_ r: inout BinaryReader, table: [String], version: Int,
                                   keys: KeyStore) throws -> Person {
        func done(_ c: Contact, _ d: [ConsentDecision], _ problem: Unreadable?, _ former: [ContactDetails]) -> Person {
            Person(contact: c, decisions: d, problem: problem, former: former, parts: SnapshotPersonParts())
        }
        func str(_ i: UInt32) throws -> String {
            guard Int(i) < table.count else { throw SnapshotCodec.Invalid("bad string reference", "błędne odwołanie do tekstu") }
            return table[Int(i)]
        }
        let id = ContactID(try r.string()), slot = try r.u32()
        let created = try r.date(), updated = try r.date(), anonymized = try r.bool()
        let nd = Int(try r.u32())
        var decisions: [ConsentDecision] = []
        decisions.reserveCapacity(nd)
        for _ in 0..<nd {
            let purpose = try str(try r.u32()), purposeVersion = Int(try r.u32())
            let decision: Decision, source: ConsentSource
            if version >= 4 {
                guard let dc = Decision(rawValue: try str(try r.u32())), let sc = ConsentSource(rawValue: try str(try r.u32())) else {
                    throw SnapshotCodec.Invalid("unknown decision or source", "nieznana decyzja lub źródło")
                }
                decision = dc; source = sc
            } else {
                let dc = Int(try r.u8()), sc = Int(try r.u8())
                guard dc < SnapshotCodec.legacyDecisions.count, sc < SnapshotCodec.legacySources.count else { throw SnapshotCodec.Invalid("bad decision", "błędna decyzja") }
                decision = SnapshotCodec.legacyDecisions[dc]; source = SnapshotCodec.legacySources[sc]
            }
            let at = try r.date(), op = try str(try r.u32()), expires = try r.optionalDate(), hash = try str(try r.u32())
            decisions.append(ConsentDecision(contact: id, purpose: purpose, purposeVersion: purposeVersion,
                                             decision: decision, source: source,
                                             evidence: nil, at: at, operator: op, expires: expires, wordingHash: hash))
        }
        let sealed = try r.rawSlice(Int(try r.u32()))
        var contact = Contact(id: id, details: .erased, created: created, updated: updated, anonymized: anonymized, keySlot: slot)
        if anonymized { return done(contact, decisions, nil, []) }
        if sealed.isEmpty { return done(contact, decisions, .damaged(Localized(en: "its sealed part is missing",
                    pl: "brakuje jego zapieczętowanej części")), []) }
        // The first copy's key without its check (AES-GCM's tag proves it); only if that does not
        // open the part, the checked key from either copy.
        var plain: Data? = keys.uncheckedKey(slot).flatMap { Sealer.openData(sealed, key: $0) }
        if plain == nil, let key = keys.uncachedKey(slot) {
            plain = Sealer.openData(sealed, key: key)
            if plain == nil { return done(contact, decisions, .damaged(Localized(en: "its sealed part does not open with its key",
                    pl: "jego zapieczętowana część nie otwiera się jego kluczem")), []) }
        }
        guard let plain else {
            switch keys.health(slot) {
            case .erased, .halfErased: return done(contact, decisions, .keyErased, [])
            case .missing: return done(contact, decisions, .damaged(Localized(en: "its key (slot \(slot)) is missing from the key files",
                    pl: "jego klucza (gniazdo \(slot)) brakuje w plikach kluczy")), [])
            default: return done(contact, decisions, .damaged(Localized(en: "its key (slot \(slot)) is damaged in every copy",
                    pl: "jego klucz (gniazdo \(slot)) jest uszkodzony w każdej kopii")), [])
            }
        }
        do {
            let (d, evidence, former) = try plain.withUnsafeBytes { bytes -> (ContactDetails, [String?], [ContactDetails]) in
                if version >= 4 {
                    let part = try SealedFields.Reader(bytes)
                    guard let inner = try part.nested(ContactTag.details.rawValue) else { throw BinaryReader.Truncated() }
                    return (try SealedFields.details(inner), try part.optionalStrings(ContactTag.evidence.rawValue, count: decisions.count),
                            try part.nestedList(ContactTag.formerDetails.rawValue) { try SealedFields.details($0) })
                }
                var pr = BinaryReader(bytes)
                let d = try EventCodec.decodeDetails(&pr)
                return (d, try decisions.map { _ in try pr.optionalString() }, [])
            }
            contact.details = d
            for j in decisions.indices { decisions[j].evidence = evidence[j] }
            return done(contact, decisions, nil, former)
        } catch {
            return done(contact, decisions, .damaged(Localized(en: "its sealed part opens but does not parse",
                    pl: "jego zapieczętowana część otwiera się, ale nie daje się odczytać")), [])
        }
    }
}
