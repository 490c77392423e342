import Foundation

/// The access report (GDPR Art. 15): everything held about one person and what was done with
/// it — the data, the controller, every purpose with its legal basis and retention, every
/// consent decision with the wording it was given on, every change (who, when), every export
/// that included the person, who looked at the data, the fields no active purpose needs, and
/// the journal head.
///
/// Built from the state and the person's history with the reads of their data
/// (`Store.history(contact:scope: .all)`); pure, so the terminal UI can show the same content.
public struct AccessReport: Sendable {
    public enum Format: String, CaseIterable, Sendable { case md, html, json }

    public var contact: Contact
    public var receipt: DocumentReceipt
    /// The person's journal entries (changes), oldest first.
    public var history: [JournalEntry]
    /// The recorded reads of the person's data (`DataAccess`), oldest first.
    public var accesses: [JournalEntry]
    /// The language the report is written in: the person's. JSON is the same in every one.
    public var language: Language
    private var state: ZgodaState
    private var now: Date { receipt.issued }

    public init(state: ZgodaState, contact id: ContactID, history: [JournalEntry], receipt: DocumentReceipt,
                language: Language = Language.current) throws {
        guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
        self.contact = c; self.state = state; self.receipt = receipt; self.language = language
        self.history = history.filter { !$0.event.isAccess }
        self.accesses = history.filter(\.event.isAccess)
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .md: return MarkdownRenderer.render(blocks())
        case .html:
            return HTMLRenderer.render(blocks(), title: "\(T.shortTitle(language)) — \(contact.anonymized ? contact.id.rawValue : contact.name)",
                                       language: language)
        case .json: return json().rendered() + "\n"
        }
    }

    typealias T = ReportText

    // MARK: Content

    var decisions: [ConsentDecision] { state.decisions[contact.id] ?? [] }
    var exports: [ExportRecord] { state.exports.filter { $0.contacts.contains(contact.id) } }
    var requests: [DataSubjectRequest] { state.requestList().filter { $0.contact == contact.id } }
    var breaches: [Breach] { state.breaches.values.filter { $0.contacts.contains(contact.id) } }
    var unneeded: [ContactField] { state.unneededFields(for: contact.id, now: now) }
    var active: [Purpose] { state.activePurposes(for: contact.id, now: now) }

    func wording(of d: ConsentDecision) -> Purpose? { state.purposeVersions[d.purpose]?[d.purposeVersion] }

    /// The language of the wording the person read when deciding: the one whose hash the
    /// decision carries (nil when none does, e.g. the controller's name changed since).
    func readLanguage(of d: ConsentDecision, version v: Purpose) -> Language? {
        v.wordingLanguages.first { Wording.hash(controller: state.controller, purpose: v, language: $0) == d.wordingHash }
    }

    public func blocks() -> [DocumentBlock] {
        let c = contact, l = language
        typealias D = DocumentText
        var b: [DocumentBlock] = [
            .title(T.title(l)),
            .paragraph(T.intro(l)),
            .heading(D.controller(l)),
            .fields(ConsentForm.controllerFields(state.controller, in: l)),
            .heading(T.dataWeHold(l)),
        ]
        var held: [DocumentBlock.Field] = [.init(D.reference(l), c.id.rawValue, code: true)]
        if c.anonymized {
            held.append(.init(T.state(l), T.erased(l)))
        } else {
            held += ContactField.allCases.map { .init(CoreText.Labels.field($0)(l), c.details[$0]) }
        }
        held += [.init(T.added(l), ISOTime.string(c.created)), .init(T.lastChange(l), ISOTime.string(c.updated)),
                 // Art. 15(1)(g): where the data came from, when not from the person.
                 .init(T.dataSource(l), OriginText.describe(c.id, in: state, language: l))]
        b.append(.fields(held))

        b.append(.heading(T.purposes(l)))
        let activeIDs = Set(active.map(\.id))
        for row in state.consentRows(for: c.id, now: now) {
            let p = row.purpose
            b.append(.subheading(D.purposeHeading(p, in: l)))
            b.append(.paragraph(p.wording(in: l).description))
            b.append(.fields([
                .init(D.legalBasisLabel(l), D.legalBasis(p.legalBasis)(l)),
                .init(D.retentionLabel(l), D.retentionAfterBasis(p.retention)(l)),
                .init(D.dataNeeded(l), ConsentForm.neededFields(p, in: l)),
            ] + (p.recipients.isEmpty ? [] : [.init(D.recipientsLabel(l), D.recipients(p, in: l))]) + [
                .init(D.automatedLabel(l), D.automated(p)(l)),
                .init(D.status(l), CoreText.Labels.status(row.status)(l)),
                .init(T.basisNow(l), (activeIDs.contains(p.id) ? D.yes : D.no)(l)),
            ]))
        }

        b.append(.heading(T.consentHistory(l)))
        if decisions.isEmpty { b.append(.paragraph(T.noDecisions(l))) }
        for d in decisions {
            let basis = wording(of: d)?.legalBasis ?? state.purposes[d.purpose]?.legalBasis ?? .consent
            b.append(.subheading("\(ISOTime.string(d.at)) · \(d.purpose) v\(d.purposeVersion) · \(D.decision(d.decision, basis: basis)(l))"))
            var fields: [DocumentBlock.Field] = [
                .init(T.source(l), CoreText.Labels.source(d.source)(l)),
                .init(T.evidence(l), d.evidence ?? (c.anonymized ? HistoryText.erasedWord(l) : "")),
                .init("Operator", d.operator),
                .init(T.expires(l), d.expires.map(ISOTime.string) ?? ""),
            ]
            if let v = wording(of: d) {
                let w = v.wording(in: readLanguage(of: d, version: v) ?? l)
                fields.append(.init(T.wordingGiven(l), "\(w.title): \(w.description) [\(v.legalBasis.rawValue)]"))
            }
            fields.append(.init(D.wordingHash(l), d.wordingHash, code: true))
            b.append(.fields(fields))
        }

        b.append(.heading(T.changeHistory(l)))
        b.append(.table(headers: ["#", D.time(l), "Operator", T.kind(l), T.summary(l)],
                        rows: history.map { e in
                            [String(e.seq), ISOTime.string(e.at), e.operator, e.event.kind, historyText(e)]
                        }))

        b.append(.heading(T.exports(l)))
        if exports.isEmpty {
            b.append(.paragraph(T.notExported(l)))
        } else {
            let erased = HistoryText.erasedWord(l)
            b.append(.table(headers: ["#", D.time(l), "Operator", "Format", T.filter(l), T.destination(l), T.people(l)],
                            rows: exports.map { e in
                                [String(e.seq), ISOTime.string(e.at), e.operator, e.format,
                                 e.textErased ? erased : e.filter, e.textErased ? erased : e.destination,
                                 String(e.count)]
                            }))
        }

        // Who looked (accountability): reads that left no copy; documents and exports are above.
        b.append(.heading(T.whoLooked(l)))
        if accesses.isEmpty {
            b.append(.paragraph(T.noReads(l)))
        } else {
            b.append(.table(headers: ["#", D.time(l), "Operator", T.whatWasRead(l)],
                            rows: accesses.map { e in [String(e.seq), ISOTime.string(e.at), e.operator, readText(e)] }))
        }

        if !breaches.isEmpty {
            // Art. 34: the person learns of every breach recorded as concerning them.
            b.append(.heading(T.breaches(l)))
            b.append(.table(headers: ["ID", T.noticed(l), T.whatHappened(l), T.measures(l), T.authorityNotified(l)],
                            rows: breaches.map { x in
                                [x.id, ISOTime.string(x.noticed), x.description, x.measures,
                                 x.notified.map(ISOTime.string) ?? (x.closed == nil ? T.inProgress(l) : D.no(l))]
                            }))
        }

        if !requests.isEmpty {
            b.append(.heading(T.requests(l)))
            b.append(.table(headers: ["ID", T.type(l), T.received(l), T.due(l), D.status(l)],
                            rows: requests.map { r in
                                [r.id, CoreText.Labels.requestType(r.type)(l), r.received.description, r.due.description, D.requestStatus(r.status)(l)]
                            }))
        }

        b.append(.heading(T.minimisation(l)))
        b += minimisationBlocks()

        b.append(.heading(D.yourRights(l)))
        b += D.rights(contact: state.controller.email).map { .paragraph($0(l)) }
        b += receipt.blocks(in: l)
        return b
    }

    func minimisationBlocks() -> [DocumentBlock] {
        let l = language
        if contact.anonymized { return [.paragraph(T.dataErased(l))] }
        var out: [DocumentBlock] = []
        if active.isEmpty {
            out.append(.paragraph(T.noBasis(l)))
            if let r = state.retentionStatus(of: contact.id, now: now) {
                out.append(.fields([.init(T.retentionEnds(l), ISOTime.string(r.retentionEnds))]))
            }
        }
        if unneeded.isEmpty {
            out.append(.paragraph(T.everyFieldNeeded(l)))
        } else {
            out.append(.paragraph(T.unneededFields(l)))
            out.append(.list(unneeded.map { CoreText.Labels.field($0)(l) }))
        }
        return out
    }

    /// A history line with its changes (old → new), values of an erased person shown as erased,
    /// in the report's language.
    func historyText(_ e: JournalEntry) -> String {
        Language.$current.withValue(language) {
            let summary = HistoryText.summary(e, state: state)
            guard case .contactEdited = e.event else { return summary }
            let erased = HistoryText.erasedWord(language)
            let changes = HistoryText.changes(e).map { "\(ContactField(rawValue: $0.field).map { CoreText.Labels.field($0)(language) } ?? $0.field): \($0.old ?? erased) → \($0.new ?? erased)" }
            return changes.isEmpty ? summary : summary + " (" + changes.joined(separator: "; ") + ")"
        }
    }

    /// What a read was, in the report's language ("the contact card on screen", "12 contacts:
    /// the contacts' data as JSON").
    func readText(_ e: JournalEntry) -> String {
        guard case let .accessed(what, ids) = e.event else { return e.event.kind }
        let label = DataAccess.label(of: what)(language)
        let n = e.namedCount ?? ids.count
        return !DataAccess.isListing(what, count: n) ? label : "\(CoreText.History.contact.count(n, in: language)): \(label)"
    }

    // MARK: JSON

    public func json() -> JSON {
        .object([
            ("kind", .string("access-report")),
            ("issued", JSON.time(receipt.issued)),
            ("operator", .string(receipt.operator)),
            ("controller", JSONShapes.controller(state.controller)),
            ("contact", JSONShapes.contact(contact, state: state, now: now)),
            ("purposes", .array(state.consentRows(for: contact.id, now: now).map { row in
                var pairs: [(String, JSON)] = []
                if case let .object(p) = JSONShapes.purpose(row.purpose) { pairs = p }
                pairs += [("status", .string(row.status.rawValue)), ("basis", .bool(ZgodaState.isBasis(row)))]
                return .object(pairs)
            })),
            ("consentHistory", .array(decisions.map { d in
                // The portability shape of a decision, plus the wording the person was shown.
                var pairs: [(String, JSON)] = []
                if case let .object(p) = PortableJSON.decision(d) { pairs = p }
                // The wording the person read, in the language they read it in.
                pairs.append(("wording", wording(of: d).map { v in
                    let read = readLanguage(of: d, version: v)
                    let w = v.wording(in: read ?? .en)
                    return .object([("title", .string(w.title)), ("description", .string(w.description)),
                                    ("legalBasis", .string(v.legalBasis.rawValue)), ("language", JSON.str(read?.rawValue))])
                } ?? .null))
                return .object(pairs)
            })),
            ("history", .array(history.map { JSONShapes.history($0, state: state) })),
            ("exports", .array(exports.map { e in
                .object([
                    ("seq", .int(Int(e.seq))),
                    ("at", JSON.time(e.at)),
                    ("operator", .string(e.operator)),
                    ("format", .string(e.format)),
                    ("filter", e.textErased ? .null : .string(e.filter)),
                    ("destination", e.textErased ? .null : .string(e.destination)),
                    ("count", .int(e.count)),
                ])
            })),
            ("origin", state.origins[contact.id].map(JSONShapes.origin) ?? .null),
            ("accesses", .array(accesses.map { e in
                guard case let .accessed(what, ids) = e.event else { return .null }
                return .object([("seq", .int(Int(e.seq))), ("at", JSON.time(e.at)), ("operator", .string(e.operator)),
                                ("what", .string(what)), ("count", .int(e.namedCount ?? ids.count))])
            })),
            ("requests", .array(requests.map { JSONShapes.request($0, today: Day(now)) })),
            ("breaches", .array(breaches.map { x in
                .object([("id", .string(x.id)), ("noticed", JSON.time(x.noticed)), ("description", .string(x.description)),
                         ("measures", JSON.nonEmpty(x.measures)), ("notified", JSON.time(x.notified))])
            })),
            ("unneededFields", .array(unneeded.map { .string($0.rawValue) })),
            ("retentionEnds", JSON.time(state.retentionStatus(of: contact.id, now: now)?.retentionEnds)),
            ("head", .string(receipt.head)),
            ("seq", .int(Int(receipt.seq))),
            ("record", .int(Int(receipt.record))),
        ])
    }
}

/// The access report's own words.
enum ReportText {
    static let shortTitle = Localized(en: "Access report", pl: "Raport dostępu")
    static let title = Localized(en: "Personal data access report", pl: "Raport dostępu do danych osobowych")
    static let intro = Localized(en: "Information on the processing of personal data under Art. 15 GDPR.",
                                 pl: "Informacja o przetwarzaniu danych osobowych zgodnie z art. 15 RODO.")
    static let dataWeHold = Localized(en: "Data we hold", pl: "Dane, które przechowujemy")
    static let state = Localized(en: "State", pl: "Stan")
    static let erased = Localized(en: "personal data erased (anonymised)", pl: "dane osobowe usunięte (anonimizacja)")
    static let added = Localized(en: "Added", pl: "Dodano")
    static let lastChange = Localized(en: "Last change", pl: "Ostatnia zmiana")
    static let purposes = Localized(en: "Purposes and legal bases", pl: "Cele i podstawy prawne")
    static let basisNow = Localized(en: "Basis for processing now", pl: "Podstawa do przetwarzania teraz")
    static let consentHistory = Localized(en: "Consent history", pl: "Historia zgód")
    static let noDecisions = Localized(en: "No decisions recorded.", pl: "Brak decyzji.")
    static let source = Localized(en: "Source", pl: "Źródło")
    static let evidence = Localized(en: "Evidence", pl: "Dowód")
    static let expires = Localized(en: "Expires", pl: "Wygasa")
    static let wordingGiven = Localized(en: "Wording the decision was given on", pl: "Treść, na którą wyrażono decyzję")
    static let changeHistory = Localized(en: "Change history", pl: "Historia zmian")
    static let kind = Localized(en: "Kind", pl: "Rodzaj")
    static let summary = Localized(en: "Summary", pl: "Opis")
    static let exports = Localized(en: "Disclosures and exports", pl: "Udostępnienia i eksporty")
    static let notExported = Localized(en: "The data has not been exported.", pl: "Dane nie były eksportowane.")
    static let dataSource = Localized(en: "Source of the data", pl: "Źródło danych")
    static let whoLooked = Localized(en: "Who looked at the data", pl: "Kto miał wgląd w dane")
    static let noReads = Localized(en: "No reads of the data are recorded besides the documents and exports above.",
                                   pl: "Poza dokumentami i eksportami wymienionymi wyżej nie odnotowano wglądu w dane.")
    static let whatWasRead = Localized(en: "What was read", pl: "Co odczytano")
    static let filter = Localized(en: "Filter", pl: "Filtr")
    static let destination = Localized(en: "Destination", pl: "Dokąd")
    static let people = Localized(en: "People", pl: "Osób")
    static let breaches = Localized(en: "Personal data breaches", pl: "Naruszenia ochrony danych")
    static let noticed = Localized(en: "Noticed", pl: "Stwierdzono")
    static let whatHappened = Localized(en: "What happened", pl: "Co się stało")
    static let measures = Localized(en: "Measures", pl: "Działania")
    static let authorityNotified = Localized(en: "Authority notified", pl: "Zgłoszono do UODO")
    static let inProgress = Localized(en: "in progress", pl: "w toku")
    static let requests = Localized(en: "Requests", pl: "Wnioski")
    static let type = Localized(en: "Type", pl: "Rodzaj")
    static let received = Localized(en: "Received", pl: "Otrzymano")
    static let due = Localized(en: "Due", pl: "Termin")
    static let minimisation = Localized(en: "Data minimisation", pl: "Minimalizacja danych")
    static let dataErased = Localized(en: "The personal data has been erased.", pl: "Dane osobowe zostały usunięte.")
    static let noBasis = Localized(
        en: "No purpose currently gives a basis for processing; the data is kept only until the retention period ends.",
        pl: "Żaden cel nie daje obecnie podstawy do przetwarzania; dane są przechowywane tylko do końca okresu przechowywania.")
    static let retentionEnds = Localized(en: "Retention ends", pl: "Koniec okresu przechowywania")
    static let everyFieldNeeded = Localized(en: "Every field held is needed by an active purpose.",
                                            pl: "Każde przechowywane pole jest potrzebne do aktywnego celu.")
    static let unneededFields = Localized(en: "Fields held that no active purpose needs:",
                                          pl: "Pola przechowywane, których nie potrzebuje żaden aktywny cel:")
}
