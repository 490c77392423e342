import Foundation

/// One change to the state, as the journal stores it. The record around it carries the
/// sequence number, time and operator.
public enum Event: Equatable, Sendable {
    case directoryCreated
    /// A person added, with where their data came from (nil: not recorded, as in records written
    /// before origins were).
    case contactAdded(id: ContactID, keySlot: UInt32, details: ContactDetails, origin: DataOrigin? = nil)
    case contactEdited(id: ContactID, changes: [FieldChange])
    case consentRecorded(ConsentDecision)
    case purposeAdded(Purpose)
    case purposeEdited(Purpose)
    case controllerSet(DataController)
    case exported(format: String, filter: String, destination: String, contacts: [ContactID])
    case imported(source: String, added: Int, updated: Int, rejected: Int)
    case anonymized(id: ContactID, suppression: [String], request: String?)
    case requestAdded(DataSubjectRequest)
    case requestClosed(id: String, contact: ContactID, closed: Day, resolution: String?)
    case documentIssued(kind: String, contact: ContactID, format: String, destination: String?)
    case repaired(note: String)
    /// A personal consent link was issued (`zgoda link`).
    case linkIssued(ConsentLink)
    /// A consent link was revoked (`zgoda link revoke`).
    case linkRevoked(id: String, contact: ContactID)
    /// A person on the suppression list added anyway: what matched, and why (personal: sealed).
    case suppressionOverridden(contact: ContactID, matched: String, reason: String)
    /// Written with an erasure: the documents and exports that held the person, by record,
    /// so the controller can have the copies deleted or tell their recipients (Art. 17(2), 19).
    case erasureCopies(contact: ContactID, copies: [CopyReference])
    /// A request's deadline extended (Art. 12(3)); the reason is sealed with the person's key.
    case requestExtended(id: String, contact: ContactID, due: Day, reason: String)
    /// The grace period for people who never had a legal basis, in days.
    case retentionGraceSet(days: Int)
    /// A breach entered in the register, and its closing.
    case breachRecorded(Breach)
    case breachClosed(id: String, notified: Date?, resolution: String)
    /// People's data read without a copy being made (`DataAccess`): what, by stable name, and
    /// whose. Changes nothing in the state; `Store.history(scope: .accesses)` reads them back.
    case accessed(what: String, contacts: [ContactID])
    /// A person whose data came from someone else was told so (Art. 14).
    case noticeGiven(contact: ContactID, channel: NoticeChannel)

    /// True for a record of a read (`accessed`), which history keeps apart from the changes.
    public var isAccess: Bool { if case .accessed = self { return true }; return false }

    /// The journal's name for this kind of change.
    public var kind: String {
        switch self {
        case .directoryCreated: return "directory.create"
        case .contactAdded: return "contact.add"
        case .contactEdited: return "contact.edit"
        case let .consentRecorded(d): return "consent." + d.decision.verb
        case .purposeAdded: return "purpose.add"
        case .purposeEdited: return "purpose.edit"
        case .controllerSet: return "admin.set"
        case .exported: return "export"
        case .imported: return "import"
        case .anonymized: return "anonymize"
        case .requestAdded: return "request.add"
        case .requestClosed: return "request.close"
        case let .documentIssued(kind, _, _, _): return "\(kind).issue"
        case .repaired: return "repair"
        case .linkIssued: return "link.issue"
        case .linkRevoked: return "link.revoke"
        case .suppressionOverridden: return "suppression.override"
        case .erasureCopies: return "anonymize.copies"
        case .requestExtended: return "request.extend"
        case .retentionGraceSet: return "retention.grace"
        case .breachRecorded: return "breach.add"
        case .breachClosed: return "breach.close"
        case .accessed: return "access"
        case .noticeGiven: return "notice.give"
        }
    }

    /// The contact this change concerns, if any.
    public var contact: ContactID? {
        switch self {
        case let .contactAdded(id, _, _, _), let .contactEdited(id, _), let .anonymized(id, _, _): return id
        case let .consentRecorded(d): return d.contact
        case let .requestAdded(r): return r.contact
        case let .requestClosed(_, c, _, _), let .documentIssued(_, c, _, _): return c
        case let .linkIssued(link): return link.contact
        case let .linkRevoked(_, c): return c
        case let .suppressionOverridden(c, _, _), let .erasureCopies(c, _), let .requestExtended(_, c, _, _): return c
        // A read of one person names them; a listing of many names them in its public part.
        case let .accessed(_, contacts) where contacts.count == 1: return contacts[0]
        case let .noticeGiven(c, _): return c
        default: return nil
        }
    }
}

/// An event with its place in the journal.
public struct JournalEntry: Equatable, Sendable {
    public var seq: UInt64
    public var at: Date
    public var `operator`: String
    public var event: Event
    /// False when the person's values cannot be read: erased (their key destroyed) or, when
    /// `damaged` is set, damaged.
    public var readable: Bool
    /// True when the personal part is unreadable because of damage, not erasure.
    public var damaged: Bool = false
    /// For a consent decision: the contact's decision on the same purpose before this one
    /// (nil: none), filled in by `Store.history`, so the history can show old → new.
    public var previousDecision: Decision?
    /// For a purpose edit: the purpose as it was before; for a change of the controller: the
    /// controller before (nil: not set before). Filled in by `Store.history`, so the history
    /// can show each field's old → new.
    public var previousPurpose: Purpose?
    public var previousController: DataController?
    /// For an export: the key slot sealing its filter and destination (nil for other records
    /// and for exports recorded before exports were sealed).
    public var exportKeySlot: UInt32?
    /// How many people an export or a read named, when it was read for some people only and
    /// its list holds those of them (a store of some people, a person's history); nil when
    /// the list is whole.
    public var namedCount: Int?

    /// The contact this entry concerns, if any: the event's, except for a read of several
    /// people whose list was cut to the one asked for (`namedCount`).
    public var contact: ContactID? {
        if let namedCount, namedCount != 1, case .accessed = event { return nil }
        return event.contact
    }

    public init(seq: UInt64, at: Date, operator: String, event: Event, readable: Bool = true, exportKeySlot: UInt32? = nil) {
        self.seq = seq; self.at = at; self.operator = `operator`; self.event = event; self.readable = readable
        self.exportKeySlot = exportKeySlot
    }
}

/// A journal record that put a copy of a person's data somewhere: a form, a report, an export.
public struct CopyReference: Equatable, Sendable {
    public var seq: UInt64
    /// `form`, `report` or `export`.
    public var kind: String
    public var format: String

    public init(seq: UInt64, kind: String, format: String) { self.seq = seq; self.kind = kind; self.format = format }
}
