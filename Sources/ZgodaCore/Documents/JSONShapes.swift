import Foundation

/// The JSON shapes of the command-line contract (SPEC §3). Fields may be added, never
/// removed or renamed.
public enum JSONShapes {
    /// `{"purpose","status","version","source","at","evidence"}` — the contact's consents.
    public static func contact(_ c: Contact, state: ZgodaState, now: Date) -> JSON {
        let consents: [JSON] = state.consentRows(for: c.id, now: now).map { row in
            .object([
                ("purpose", .string(row.purpose.id)),
                ("status", .string(row.status.rawValue)),
                ("version", row.decision.map { .int($0.purposeVersion) } ?? .null),
                ("source", JSON.str(row.decision?.source.rawValue)),
                ("at", JSON.time(row.decision?.at)),
                ("evidence", JSON.str(row.decision?.evidence)),
            ])
        }
        let d = c.details
        // `damaged` appears only on a person whose data cannot be read (the values are then
        // null or empty, and mean nothing): the shape of every readable contact is unchanged.
        return .object([
            ("id", .string(c.id.rawValue)),
            ("name", c.anonymized || c.damaged ? .null : .string(d.name)),
            ("email", JSON.nonEmpty(d.email)),
            ("phone", JSON.nonEmpty(d.phone)),
            ("company", JSON.nonEmpty(d.company)),
            ("position", JSON.nonEmpty(d.position)),
            ("city", JSON.nonEmpty(d.city)),
            ("tags", .array(d.tags.map(JSON.string))),
            ("notes", JSON.nonEmpty(d.notes)),
            ("anonymized", .bool(c.anonymized)),
        ] + (c.damaged ? [("damaged", .bool(true))] : [])
          + (state.processingHold(of: c.id).map { [("restricted", JSON.string($0.id))] } ?? []) + [
            ("created", JSON.time(c.created)),
            ("updated", JSON.time(c.updated)),
        ] + (state.origins[c.id].map { o in
            // Only where it was recorded: contacts added before have the shape they had.
            var pairs: [(String, JSON)] = []
            if case let .object(p) = origin(o) { pairs = p }
            pairs.append(("noticeDue", JSON.str(state.noticeDue(of: c.id)?.description)))
            pairs.append(("noticeGiven", JSON.time(state.notices[c.id]?.at)))
            return [("origin", .object(pairs))]
        } ?? []) + [
            ("consents", .array(consents)),
        ])
    }

    /// `{"purpose","title","status","version","source","at","evidence","expires"}`.
    public static func consentRow(_ row: ConsentRow) -> JSON {
        .object([
            ("purpose", .string(row.purpose.id)),
            ("title", .string(row.purpose.title)),
            ("status", .string(row.status.rawValue)),
            ("version", row.decision.map { .int($0.purposeVersion) } ?? .null),
            ("source", JSON.str(row.decision?.source.rawValue)),
            ("at", JSON.time(row.decision?.at)),
            ("evidence", JSON.str(row.decision?.evidence)),
            ("expires", JSON.time(row.decision?.expires)),
        ])
    }

    /// `{"seq","at","operator","kind","contact","summary","changes":[{"field","old","new"}]}`.
    /// The summary and the values of the changes are English in every language: JSON is read
    /// by programs, which must not see different text under `--lang pl`.
    public static func history(_ e: JournalEntry, state: ZgodaState) -> JSON {
        Language.$current.withValue(.en) { englishHistory(e, state: state) }
    }

    private static func englishHistory(_ e: JournalEntry, state: ZgodaState) -> JSON {
        let changes = HistoryText.changes(e).map { c in
            JSON.object([("field", .string(c.field)), ("old", JSON.str(c.old)), ("new", JSON.str(c.new))])
        }
        return .object([
            ("seq", .int(Int(e.seq))),
            ("at", JSON.time(e.at)),
            ("operator", .string(e.operator)),
            ("kind", .string(e.event.kind)),
            ("contact", JSON.str(e.contact?.rawValue)),
            ("summary", .string(HistoryText.summary(e, state: state))),
            ("changes", .array(changes)),
        ])
    }

    /// `{"id","contact","type","received","due","status"}`.
    public static func request(_ r: DataSubjectRequest, today: Day) -> JSON {
        .object([
            ("id", .string(r.id)),
            ("contact", .string(r.contact.rawValue)),
            ("type", .string(r.type.rawValue)),
            ("received", .string(r.received.description)),
            ("due", .string(r.due.description)),
            ("status", .string(r.status.rawValue)),
            ("overdue", .bool(r.isOverdue(today: today))),
            ("closed", JSON.str(r.closed?.description)),
            ("extended", .bool(r.extended)),
        ])
    }

    public static func purpose(_ p: Purpose) -> JSON {
        .object([
            ("id", .string(p.id)),
            ("title", .string(p.title)),
            ("description", .string(p.description)),
            ("legalBasis", .string(p.legalBasis.rawValue)),
            ("retention", .string(p.retention.description)),
            ("version", .int(p.version)),
            ("fields", .array(p.neededFields.map { .string($0.rawValue) })),
            ("consentsFrom", .int(p.consentsFrom)),
            ("translations", .object(p.translatedLanguages.map { language in
                let w = p.wording(in: language)
                return (language.rawValue, .object([("title", .string(w.title)), ("description", .string(w.description))]))
            })),
            ("recipients", .array(p.recipients.map(recipient))),
            ("automatedDecisions", .bool(p.automatedDecisions)),
        ])
    }

    public static func origin(_ o: DataOrigin) -> JSON {
        .object([("kind", .string(o.kind.rawValue)), ("detail", JSON.nonEmpty(o.detail)), ("fromPerson", .bool(o.fromPerson))])
    }

    public static func recipient(_ x: Recipient) -> JSON {
        .object([("name", .string(x.name)), ("role", .string(x.role.rawValue)), ("country", .string(x.country)),
                 ("transfer", .bool(x.isTransfer)), ("safeguard", JSON.nonEmpty(x.safeguard))])
    }

    public static func controller(_ c: DataController) -> JSON {
        .object([
            ("name", JSON.nonEmpty(c.name)),
            ("address", JSON.nonEmpty(c.address)),
            ("email", JSON.nonEmpty(c.email)),
            ("dpo", JSON.nonEmpty(c.dpo)),
        ])
    }
}
