import Foundation

/// How a journal entry reads in history views and reports. Values of an erased person show
/// as "erased".
public enum HistoryText {
    public static let erased = "erased"
    /// What stands for values that damage (not an erasure) made unreadable.
    public static let damaged = "unreadable: damaged data"

    /// The word for an entry's unreadable values.
    static func hidden(_ e: JournalEntry) -> String { e.damaged ? damaged : erased }

    public static func changes(_ e: JournalEntry) -> [FieldChange] {
        switch e.event {
        case let .contactAdded(_, _, d):
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
            var out = [FieldChange(field: d.purpose, old: e.previousDecision?.rawValue ?? ConsentStatus.none.rawValue,
                                   new: d.decision.rawValue)]
            if let expires = d.expires { out.append(FieldChange(field: "expires", old: nil, new: ISOTime.string(expires))) }
            if let evidence = d.evidence { out.append(FieldChange(field: "evidence", old: nil, new: evidence)) }
            else if !e.readable { out.append(FieldChange(field: "evidence", old: nil, new: hidden(e))) }
            return out
        case let .purposeAdded(p):
            return purposeFields(p).map { FieldChange(field: $0.0, old: nil, new: $0.1) }
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
                                       new: p.isEditorialVersion ? "kept (editorial fix)" : "renewal needed (material change)"))
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

    /// A purpose's fields as history shows them, in a fixed order.
    static func purposeFields(_ p: Purpose) -> [(String, String)] {
        [("title", p.title), ("description", p.description), ("legalBasis", p.legalBasis.rawValue),
         ("retention", p.retention.description), ("fields", p.neededFields.map(\.rawValue).joined(separator: ",")),
         ("version", String(p.version))]
    }

    /// `source` names a consent's source: its stable code (`in-person`) in the command line's
    /// text and JSON, the words the editor uses ("in person") on screen.
    public static func summary(_ e: JournalEntry, state: ZgodaState,
                               source: (ConsentSource) -> String = { $0.rawValue }) -> String {
        switch e.event {
        case .directoryCreated: return "data directory created"
        case let .contactAdded(_, _, d): return e.readable ? "added contact \(d.name)" : "added contact (\(hidden(e)))"
        case let .contactEdited(_, list): return "edited " + list.map(\.field).joined(separator: ", ")
        case let .consentRecorded(d):
            var s = "\(d.decision.rawValue) \(d.purpose) v\(d.purposeVersion) via \(source(d.source))"
            if let ev = d.evidence { s += " (\(ev))" } else if !e.readable { s += e.damaged ? " (evidence \(damaged))" : " (evidence erased)" }
            return s
        case let .purposeAdded(p): return "added purpose \(p.id) v\(p.version)"
        case let .purposeEdited(p):
            guard let before = e.previousPurpose else { return "changed purpose \(p.id), now v\(p.version)" }
            if before.version == p.version { return "changed purpose \(p.id), still v\(p.version)" }
            let switched = before.legalBasis != p.legalBasis ? "; legal basis switched from \(before.legalBasis.rawValue) to \(p.legalBasis.rawValue), confirmed" : ""
            return "changed purpose \(p.id), now v\(p.version) (" + (p.isEditorialVersion ? "editorial fix: consents kept" : "material change: fresh consent needed") + switched + ")"
        case let .controllerSet(c): return "set data controller to \(c.name)"
        case let .exported(format, _, destination, ids):
            let what = "exported \(ids.count) contact\(ids.count == 1 ? "" : "s") as \(format)"
            return e.readable ? "\(what) to \(destination)" : "\(what) (filter and destination \(hidden(e)))"
        case let .imported(source, added, updated, rejected):
            return "imported \(source): \(added) added, \(updated) updated, \(rejected) rejected"
        case let .anonymized(_, _, request):
            // The record names the request it fulfilled, or the retention that ended.
            guard let request else { return "anonymised" }
            return request.hasPrefix(RetentionStatus.journalPrefix) ? "anonymised (\(request))" : "anonymised (request \(request))"
        case let .requestAdded(r): return "\(r.type.rawValue) request \(r.id) received \(r.received), due \(r.due)"
        case let .requestClosed(id, _, _, res):
            return "closed request \(id)" + (res.map { ": \($0)" } ?? (e.readable ? "" : ": erased"))
        case let .documentIssued(kind, _, format, dest):
            let where_ = dest.map { " to \($0)" } ?? (e.readable ? "" : " to (erased)")
            return "issued \(kind) as \(format)\(where_)"
        case let .repaired(note): return "repair: \(note)"
        case let .linkIssued(link):
            var s = "issued consent link \(link.id) for \(link.purposes.joined(separator: ", ")), valid until \(ISOTime.string(link.expires))"
            if let to = link.mailedTo { s += ", mailed to \(to)" } else if !e.readable { s += ", mailed to (\(hidden(e)))" }
            return s
        case let .linkRevoked(id, _): return "revoked consent link \(id)"
        case let .suppressionOverridden(_, matched, reason):
            return "added although the \(matched) matches an erased person (suppression overridden: \(e.readable ? reason : hidden(e)))"
        case let .erasureCopies(_, copies):
            let list = copies.map { "\($0.kind) #\($0.seq) (\($0.format))" }.joined(separator: ", ")
            return "copies made before the erasure, to delete or notify: \(list)"
        case let .breachRecorded(b):
            return "recorded breach \(b.id) noticed \(ISOTime.string(b.noticed)) (\(b.people) \(b.people == 1 ? "person" : "people")): \(b.description)"
        case let .breachClosed(id, notified, resolution):
            return "closed breach \(id): " + (notified.map { "authority notified \(ISOTime.string($0))" } ?? "authority not notified") + "; \(resolution)"
        case let .retentionGraceSet(days):
            return "set the grace period for people without a legal basis to \(days) day\(days == 1 ? "" : "s")"
        case let .requestExtended(id, _, due, reason):
            return "extended request \(id) to \(due): \(e.readable ? reason : hidden(e))"
        }
    }
}
