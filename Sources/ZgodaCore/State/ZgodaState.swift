import Collections
import Foundation

/// Everything Zgoda knows, as a value. Built by applying journal entries in order; the same
/// `apply` runs for a live change and for replay, so reopening always gives an equal state.
public struct ZgodaState: Equatable, Sendable {
    public var controller = DataController()
    public var purposes: OrderedDictionary<String, Purpose> = [:]
    /// Every wording a purpose has had, by id then version, for proofs of consent.
    public var purposeVersions: [String: [Int: Purpose]] = [:]
    /// When each purpose version came into use, by id then version: a consent given to an
    /// older wording stopped being a basis at the moment the next version appeared.
    public var purposeVersionDates: [String: [Int: Date]] = [:]
    public var contacts: OrderedDictionary<ContactID, Contact> = [:]
    /// Every decision per contact, oldest first.
    public var decisions: [ContactID: [ConsentDecision]] = [:]
    public var requests: OrderedDictionary<String, DataSubjectRequest> = [:]
    /// Keyed hashes of erased people's e-mails and phones.
    public var suppression: Set<String> = []
    public var exports: [ExportRecord] = []
    /// The values each person's fields held before they were edited (each edit's old values,
    /// the other fields empty): an erasure must reach what they were as well as what they are,
    /// e.g. an export named after a former phone number. Dropped when the person is erased.
    public var formerDetails: [ContactID: [ContactDetails]] = [:]
    /// Issued consent links (`ConsentLinks`; snapshot section 1).
    public var links = ConsentLinks()
    /// How long someone who never had a legal basis may be kept after being added.
    public var retentionGraceDays = ZgodaState.defaultRetentionGraceDays
    public static let defaultRetentionGraceDays = 30
    /// The breach register, by id (`B1`, `B2`, …).
    public var breaches: OrderedDictionary<String, Breach> = [:]
    /// The forms and reports issued about each person, oldest first.
    public var documents: [ContactID: [DocumentRecord]] = [:]
    /// Where each contact's data came from; contacts added before origins were recorded have none.
    public var origins: [ContactID: DataOrigin] = [:]
    /// The Art. 14 notices given to people whose data came from someone else.
    public var notices: [ContactID: Art14Notice] = [:]

    /// Nil when every person's records are here (the usual state). The people whose records
    /// were read when only theirs were (`Store.open(_:options:person:)`, `Store.openWindow`):
    /// the catalogue, the requests, exports, links and registers are whole, but `contacts` and
    /// everything kept per person hold those people alone. Nothing can be saved from such a
    /// state.
    public internal(set) var loadedPeople: Set<ContactID>?

    /// True when only some people's records were read (`loadedPeople`).
    public var isPartial: Bool { loadedPeople != nil }

    /// The person read when exactly one was (a command about one person); nil otherwise.
    public internal(set) var loadedOnly: ContactID? {
        get { loadedPeople.flatMap { $0.count == 1 ? $0.first : nil } }
        set { loadedPeople = newValue.map { [$0] } }
    }

    public init() {}

    /// Applies one journal entry. Unknown ids are ignored rather than trapping: a record that
    /// passed its checksum but refers to nothing (after a repair) must not stop the open.
    public mutating func apply(_ entry: JournalEntry) {
        let at = entry.at
        switch entry.event {
        case .directoryCreated, .imported, .repaired, .suppressionOverridden, .erasureCopies, .accessed:
            break
        case let .noticeGiven(id, channel):
            notices[id] = Art14Notice(at: at, channel: channel)
        case let .retentionGraceSet(days):
            retentionGraceDays = days
        case let .breachRecorded(b):
            breaches[b.id] = b
        case let .breachClosed(id, notified, resolution):
            breaches[id]?.closed = at
            breaches[id]?.notified = notified
            breaches[id]?.resolution = resolution
        case let .documentIssued(kind, contact, format, destination):
            guard contacts[contact] != nil else { return }
            documents[contact, default: []].append(DocumentRecord(seq: entry.seq, at: at, kind: kind, format: format,
                                                                   destination: entry.readable ? destination : nil))
        case let .requestExtended(id, contact, due, reason):
            guard requests[id] != nil else { return }
            requests[id]?.due = due
            requests[id]?.extended = true
            let keep = entry.readable && !isSomeoneElse(contact)
            requests[id]?.extensionReason = keep ? reason : nil
        case let .contactAdded(id, slot, details, origin):
            if let origin { origins[id] = origin }
            var c = Contact(id: id, details: details, created: at, updated: at, keySlot: slot)
            c.damaged = entry.damaged
            contacts[id] = c
        case let .contactEdited(id, changes):
            guard var c = contacts[id] else { return }
            if entry.damaged { c.damaged = true }
            var former = ContactDetails()
            for ch in changes {
                guard let f = ContactField(rawValue: ch.field) else { continue }
                if let old = ch.old { former[f] = old }
                c.details[f] = ch.new ?? ""
            }
            if !former.personalValues.isEmpty { formerDetails[id, default: []].append(former) }
            c.updated = at
            contacts[id] = c
        case let .consentRecorded(d):
            guard contacts[d.contact] != nil else { return }
            decisions[d.contact, default: []].append(d)
            contacts[d.contact]?.updated = at
        case let .purposeAdded(p), let .purposeEdited(p):
            if purposes[p.id]?.version != p.version { purposeVersionDates[p.id, default: [:]][p.version] = at }
            purposes[p.id] = p
            purposeVersions[p.id, default: [:]][p.version] = p
        case let .controllerSet(c):
            controller = c
        case let .exported(format, filter, destination, ids):
            let erased = entry.exportKeySlot != nil && !entry.readable && !entry.damaged
            exports.append(ExportRecord(seq: entry.seq, at: at, operator: entry.operator, format: format,
                                        filter: erased ? "" : filter, destination: erased ? "" : destination,
                                        contacts: ids, count: entry.namedCount, keySlot: entry.exportKeySlot, textErased: erased))
        case let .anonymized(id, hashes, _):
            guard var c = contacts[id] else {
                if isPartial {
                    // Someone not read: what everyone shares still changes. (Their exports' texts
                    // went with the keys the erasure destroyed, which the open finds destroyed.)
                    suppression.formUnion(hashes)
                    links.removeAll(of: id)
                }
                return
            }
            // Decided from the person's values before they go, the same way live and on replay.
            let every = [c.details] + (formerDetails[id] ?? [])
            for i in exports.indices where every.contains(where: { ExportMention.shouldErase(exports[i], of: id, details: $0) }) {
                exports[i].filter = ""
                exports[i].destination = ""
                exports[i].textErased = true
            }
            c.details = .erased
            formerDetails[id] = nil
            c.anonymized = true
            c.updated = at
            contacts[id] = c
            if var list = decisions[id] {
                for i in list.indices { list[i].evidence = nil }
                decisions[id] = list
            }
            for key in requests.keys where requests[key]?.contact == id {
                requests[key]?.resolution = nil
                requests[key]?.extensionReason = nil
            }
            if let list = documents[id] { documents[id] = list.map { var d = $0; d.destination = nil; return d } }
            suppression.formUnion(hashes)
            links.removeAll(of: id)
        case let .linkIssued(link):
            // Someone not read still has the link: its number is taken.
            if let c = contacts[link.contact] { if c.anonymized { return } } else if !isPartial { return }
            var l = link
            l.issued = at
            if isSomeoneElse(link.contact) { l.mailedTo = nil }
            links.issue(l)
        case let .linkRevoked(id, _):
            links.revoke(id, at: at)
        case let .requestAdded(r):
            requests[r.id] = r
        case let .requestClosed(id, contact, closed, resolution):
            requests[id]?.status = .closed
            requests[id]?.closed = closed
            let keep = !isSomeoneElse(contact)
            requests[id]?.resolution = keep ? resolution : nil
        }
    }

    /// True in a state read for some people (`loadedPeople`) for anyone else: their personal
    /// values are not kept, whether they come from a snapshot (where they stay sealed) or from
    /// the journal after it, so the state is the same either way.
    private func isSomeoneElse(_ id: ContactID) -> Bool { loadedPeople.map { !$0.contains(id) } ?? false }

    // MARK: Derived views

    /// The latest decision per purpose for a contact.
    public func latestDecisions(for id: ContactID) -> [String: ConsentDecision] {
        var out: [String: ConsentDecision] = [:]
        for d in decisions[id] ?? [] { out[d.purpose] = d }
        return out
    }

    /// The current status of `id` for `purpose` at `now`.
    public func status(of id: ContactID, purpose: String, now: Date) -> ConsentStatus {
        guard let p = purposes[purpose] else { return .none }
        guard let d = decisions[id]?.last(where: { $0.purpose == purpose }) else { return .none }
        return d.status(against: p, now: now)
    }

    /// Every purpose in catalogue order with the contact's status and the decision behind it.
    public func consentRows(for id: ContactID, now: Date) -> [ConsentRow] {
        let latest = latestDecisions(for: id)
        return purposes.values.map { p in
            let d = latest[p.id]
            return ConsentRow(purpose: p, status: d?.status(against: p, now: now) ?? .none, decision: d,
                              decidedBasis: d.flatMap { purposeVersions[p.id]?[$0.purposeVersion]?.legalBasis })
        }
    }

    /// The highest request number in use, for numbering the next one.
    var nextRequestNumber: Int {
        (requests.keys.compactMap { Int($0.dropFirst(1)) }.max() ?? 0) + 1
    }
}

/// A contact's standing for one purpose.
public struct ConsentRow: Equatable, Sendable {
    public var purpose: Purpose
    public var status: ConsentStatus
    public var decision: ConsentDecision?
    /// The legal basis of the version the decision was given on (nil: unknown or none).
    public var decidedBasis: LegalBasis? = nil
}
