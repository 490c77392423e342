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
        case let .purposeEdited(p):
            return [FieldChange(field: "version", old: nil, new: String(p.version))]
        case let .controllerSet(c):
            return [FieldChange(field: "name", old: nil, new: c.name), FieldChange(field: "address", old: nil, new: c.address)]
        default:
            return []
        }
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
        case let .purposeEdited(p): return "changed purpose \(p.id), now v\(p.version)"
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
        }
    }
}
