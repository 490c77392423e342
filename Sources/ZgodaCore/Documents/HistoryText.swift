import Foundation

/// How a journal entry reads in history views and reports. Values of an erased person show
/// as "erased".
public enum HistoryText {
    public static let erased = "erased"
    /// What stands for values that damage (not an erasure) made unreadable.
    public static let damaged = "unreadable: damaged data"

    /// The word for an entry's unreadable values, in the language of the run (English: the
    /// constants above).
    static func hidden(_ e: JournalEntry) -> String {
        (e.damaged ? CoreText.History.Hidden.damaged : .erased).word.text
    }

    /// The word for an erased value in `language` ("erased", "usunięte").
    static func erasedWord(_ language: Language) -> String { CoreText.History.Hidden.erased.word(language) }

    public static func changes(_ e: JournalEntry) -> [FieldChange] {
        switch e.event {
        case let .contactAdded(_, _, d, _):
            return ContactField.allCases.compactMap { f in
                let v = d[f]
                if !e.readable { return FieldChange(field: f.rawValue, old: nil, new: hidden(e)) }
                return v.isEmpty ? nil : FieldChange(field: f.rawValue, old: nil, new: v)
            }
        case let .contactEdited(_, list):
            return list.map { c in
                e.readable ? c : FieldChange(field: c.field, old: hidden(e), new: hidden(e))
            }
        case let .consentRecorded(d):
            // Old → new for the purpose (`none` before the first decision), then what came with a
            // grant: its expiry and its evidence.
            // The English words are the raw values.
            var out = [FieldChange(field: d.purpose,
                                   old: e.previousDecision.map { CoreText.Labels.decision($0).text } ?? CoreText.Labels.status(.none).text,
                                   new: CoreText.Labels.decision(d.decision).text)]
            if let expires = d.expires { out.append(FieldChange(field: "expires", old: nil, new: ISOTime.string(expires))) }
            if let evidence = d.evidence { out.append(FieldChange(field: "evidence", old: nil, new: evidence)) }
            else if !e.readable { out.append(FieldChange(field: "evidence", old: nil, new: hidden(e))) }
            return out
        case let .purposeAdded(p):
            return purposeFields(p).compactMap { field, value in value.map { FieldChange(field: field, old: nil, new: $0) } }
        case let .purposeEdited(p):
            // Field by field against the version before (`Store.history` fills it in).
            let before = e.previousPurpose.map(purposeFields) ?? []
            var out: [FieldChange] = []
            for (i, (field, new)) in purposeFields(p).enumerated() {
                let old = i < before.count ? before[i].1 : nil
                if old != new { out.append(FieldChange(field: field, old: old, new: new)) }
            }
            if e.previousPurpose?.version != p.version {
                out.append(FieldChange(field: "consents", old: nil,
                                       new: (p.isEditorialVersion ? CoreText.History.consentsKept : CoreText.History.consentsRenewal).text))
            }
            return out
        case let .controllerSet(c):
            let before = e.previousController ?? DataController()
            return [("name", \DataController.name), ("address", \.address), ("email", \.email), ("dpo", \.dpo)].compactMap { field, key in
                let old = before[keyPath: key], new = c[keyPath: key]
                return old == new ? nil : FieldChange(field: field, old: old.isEmpty ? nil : old, new: new.isEmpty ? nil : new)
            }
        default:
            return []
        }
    }

    /// A purpose's fields as history shows them, in a fixed order; a wording in another
    /// language is nil while the purpose has none (and left out of an addition's fields).
    static func purposeFields(_ p: Purpose) -> [(String, String?)] {
        let translated = Language.allCases.filter { $0 != .en }.flatMap { language -> [(String, String?)] in
            let w = p.translations[language]
            return [("title.\(language.rawValue)", w?.title), ("description.\(language.rawValue)", w?.description)]
        }
        // Built in steps: as one expression it takes the type checker too long.
        let recipients: String? = p.recipients.isEmpty ? nil : p.recipients.map(\.spec).joined(separator: " | ")
        let fields: String = p.neededFields.map(\.rawValue).joined(separator: ",")
        var out: [(String, String?)] = [("title", p.title), ("description", p.description)]
        out += translated
        out += [("legalBasis", p.legalBasis.rawValue), ("retention", p.retention.description), ("fields", fields),
                ("recipients", recipients), ("automatedDecisions", p.automatedDecisions ? "yes" : nil), ("version", String(p.version))]
        return out
    }

    /// `source` names a consent's source: its stable code (`in-person`) in the command line's
    /// text and JSON, the words the editor uses ("in person") on screen. The line is in the
    /// language of the run (`Language.current`); JSON binds English.
    public static func summary(_ e: JournalEntry, state: ZgodaState,
                               source: (ConsentSource) -> String = { $0.rawValue }) -> String {
        line(e, state: state, source: source).text
    }

    /// The history line in both languages.
    static func line(_ e: JournalEntry, state: ZgodaState, source: (ConsentSource) -> String) -> Localized {
        typealias T = CoreText.History
        let hidden: T.Hidden = e.damaged ? .damaged : .erased
        /// A personal value, or what stands for it once unreadable.
        func personal(_ value: String) -> Localized { e.readable ? Localized(en: value, pl: value) : hidden.word }
        switch e.event {
        case .directoryCreated: return T.directoryCreated
        case let .contactAdded(_, _, d, _): return e.readable ? T.contactAdded(d.name) : T.contactAdded(hidden: hidden)
        case let .contactEdited(_, list): return T.edited(list.map(\.field))
        case let .consentRecorded(d):
            let evidence: T.Evidence = d.evidence.map { T.Evidence.given($0) } ?? (e.readable ? .none : .hidden(hidden))
            return T.consent(d.decision, purpose: d.purpose, version: d.purposeVersion, source: source(d.source), evidence: evidence)
        case let .purposeAdded(p): return T.purposeAdded(p.id, version: p.version)
        case let .purposeEdited(p):
            guard let before = e.previousPurpose else { return T.purposeChanged(p.id, now: p.version) }
            if before.version == p.version { return T.purposeChanged(p.id, still: p.version) }
            let basis = before.legalBasis != p.legalBasis ? (from: before.legalBasis, to: p.legalBasis) : nil
            return T.purposeChanged(p.id, now: p.version, editorial: p.isEditorialVersion, basis: basis)
        case let .controllerSet(c): return T.controllerSet(c.name)
        case let .exported(format, _, destination, ids):
            let n = e.namedCount ?? ids.count
            return e.readable ? T.exported(n, format: format, destination: destination) : T.exported(n, format: format, hidden: hidden)
        case let .imported(source, added, updated, rejected):
            return T.imported(source, added: added, updated: updated, rejected: rejected)
        case let .anonymized(_, _, request):
            // The record names the request it fulfilled, or the retention that ended.
            guard let request else { return T.anonymised }
            return request.hasPrefix(RetentionStatus.journalPrefix) ? T.anonymised(retention: request) : T.anonymised(request: request)
        case let .requestAdded(r): return T.requestAdded(r)
        case let .requestClosed(id, _, _, res):
            if let res { return T.requestClosed(id, resolution: res) }
            return e.readable ? T.requestClosed(id) : T.requestClosedResolutionErased(id)
        case let .documentIssued(kind, _, format, dest):
            if dest == nil && !e.readable { return T.documentIssuedDestinationErased(kind, format: format) }
            return T.documentIssued(kind, format: format, destination: dest)
        case let .repaired(note): return T.repaired(note)
        case let .linkIssued(link):
            let mailed: T.Evidence = link.mailedTo.map { T.Evidence.given($0) } ?? (e.readable ? .none : .hidden(hidden))
            return T.linkIssued(link.id, purposes: link.purposes, until: ISOTime.string(link.expires), mailed: mailed)
        case let .linkRevoked(id, _): return T.linkRevoked(id)
        case let .suppressionOverridden(_, matched, reason):
            return T.suppressionOverridden(matched: matched, reason: personal(reason))
        case let .erasureCopies(_, copies):
            return T.erasureCopies(copies.map { "\($0.kind) #\($0.seq) (\($0.format))" }.joined(separator: ", "))
        case let .breachRecorded(b):
            return T.breachRecorded(b.id, noticed: ISOTime.string(b.noticed), people: b.people, description: b.description)
        case let .breachClosed(id, notified, resolution):
            return T.breachClosed(id, notified: notified.map(ISOTime.string), resolution: resolution)
        case let .retentionGraceSet(days): return T.retentionGraceSet(days)
        case let .requestExtended(id, _, due, reason):
            return T.requestExtended(id, to: due, reason: personal(reason))
        case let .noticeGiven(_, channel):
            return T.noticeGiven(channel.label)
        case let .accessed(what, contacts):
            let n = e.namedCount ?? contacts.count
            return T.accessed(DataAccess.label(of: what), count: n, listing: DataAccess.isListing(what, count: n))
        }
    }
}
