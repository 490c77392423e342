import Foundation

/// The access report (GDPR Art. 15): everything held about one person and what was done with
/// it — the data, the controller, every purpose with its legal basis and retention, every
/// consent decision with the wording it was given on, every change (who, when), every export
/// that included the person, the fields no active purpose needs, and the journal head.
///
/// Built from the state and the person's history (`Store.history(contact:)`); pure, so the
/// terminal UI can show the same content.
public struct AccessReport: Sendable {
    public enum Format: String, CaseIterable, Sendable { case md, html, json }

    public var contact: Contact
    public var receipt: DocumentReceipt
    /// The person's journal entries, oldest first.
    public var history: [JournalEntry]
    private var state: ZgodaState
    private var now: Date { receipt.issued }

    public init(state: ZgodaState, contact id: ContactID, history: [JournalEntry], receipt: DocumentReceipt) throws {
        guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
        self.contact = c; self.state = state; self.history = history; self.receipt = receipt
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .md: return MarkdownRenderer.render(blocks())
        case .html: return HTMLRenderer.render(blocks(), title: "Raport dostępu / Access report — \(contact.anonymized ? contact.id.rawValue : contact.name)")
        case .json: return json().rendered() + "\n"
        }
    }

    // MARK: Content

    var decisions: [ConsentDecision] { state.decisions[contact.id] ?? [] }
    var exports: [ExportRecord] { state.exports.filter { $0.contacts.contains(contact.id) } }
    var requests: [DataSubjectRequest] { state.requestList().filter { $0.contact == contact.id } }
    var breaches: [Breach] { state.breaches.values.filter { $0.contacts.contains(contact.id) } }
    var unneeded: [ContactField] { state.unneededFields(for: contact.id, now: now) }
    var active: [Purpose] { state.activePurposes(for: contact.id, now: now) }

    func wording(of d: ConsentDecision) -> Purpose? { state.purposeVersions[d.purpose]?[d.purposeVersion] }

    static func erasedOr(_ s: String?) -> String { s ?? HistoryText.erased }

    public func blocks() -> [DocumentBlock] {
        let c = contact
        var b: [DocumentBlock] = [
            .title("Raport dostępu do danych osobowych", "Personal data access report"),
            .paragraph("Informacja o przetwarzaniu danych osobowych zgodnie z art. 15 RODO. / Information on the processing of personal data under Art. 15 GDPR."),
            .heading("Administrator danych / Data controller"),
            .fields(ConsentForm.controllerFields(state.controller)),
            .heading("Dane, które przechowujemy / Data we hold"),
        ]
        var held: [DocumentBlock.Field] = [.init("Numer referencyjny / Reference", c.id.rawValue, code: true)]
        if c.anonymized {
            held.append(.init("Stan / State", "dane osobowe usunięte (anonimizacja) / personal data erased (anonymised)"))
        } else {
            held += ContactField.allCases.map { .init(Bilingual.field($0), c.details[$0]) }
        }
        held += [.init("Dodano / Added", ISOTime.string(c.created)), .init("Ostatnia zmiana / Last change", ISOTime.string(c.updated))]
        b.append(.fields(held))

        b.append(.heading("Cele i podstawy prawne / Purposes and legal bases"))
        let activeIDs = Set(active.map(\.id))
        for row in state.consentRows(for: c.id, now: now) {
            let p = row.purpose
            b.append(.subheading("\(p.title) (\(p.id)), wersja / version \(p.version)"))
            b.append(.paragraph(p.description))
            b.append(.fields([
                .init("Podstawa prawna / Legal basis", Bilingual.legalBasis(p.legalBasis)),
                .init("Okres przechowywania / Retention", Bilingual.retentionAfterBasis(p.retention)),
                .init("Potrzebne dane / Data needed", p.neededFields.isEmpty ? "nie określono / not declared" : p.neededFields.map { Bilingual.field($0) }.joined(separator: ", ")),
                .init("Status", Bilingual.status(row.status)),
                .init("Podstawa do przetwarzania teraz / Basis for processing now", activeIDs.contains(p.id) ? "tak / yes" : "nie / no"),
            ]))
        }

        b.append(.heading("Historia zgód / Consent history"))
        if decisions.isEmpty { b.append(.paragraph("Brak decyzji. / No decisions recorded.")) }
        for d in decisions {
            let basis = wording(of: d)?.legalBasis ?? state.purposes[d.purpose]?.legalBasis ?? .consent
            b.append(.subheading("\(ISOTime.string(d.at)) · \(d.purpose) v\(d.purposeVersion) · \(Bilingual.decision(d.decision, basis: basis))"))
            var fields: [DocumentBlock.Field] = [
                .init("Źródło / Source", Bilingual.source(d.source)),
                .init("Dowód / Evidence", d.evidence ?? (c.anonymized ? HistoryText.erased : "")),
                .init("Operator", d.operator),
                .init("Wygasa / Expires", d.expires.map(ISOTime.string) ?? ""),
            ]
            if let w = wording(of: d) {
                fields.append(.init("Treść, na którą wyrażono decyzję / Wording the decision was given on",
                                    "\(w.title): \(w.description) [\(w.legalBasis.rawValue)]"))
            }
            fields.append(.init("Skrót treści / Wording hash (SHA-256)", d.wordingHash, code: true))
            b.append(.fields(fields))
        }

        b.append(.heading("Historia zmian / Change history"))
        b.append(.table(headers: ["#", "Czas / Time", "Operator", "Rodzaj / Kind", "Opis / Summary"],
                        rows: history.map { e in
                            [String(e.seq), ISOTime.string(e.at), e.operator, e.event.kind, historyText(e)]
                        }))

        b.append(.heading("Udostępnienia i eksporty / Disclosures and exports"))
        if exports.isEmpty {
            b.append(.paragraph("Dane nie były eksportowane. / The data has not been exported."))
        } else {
            b.append(.table(headers: ["#", "Czas / Time", "Operator", "Format", "Filtr / Filter", "Dokąd / Destination", "Osób / People"],
                            rows: exports.map { e in
                                [String(e.seq), ISOTime.string(e.at), e.operator, e.format,
                                 e.textErased ? HistoryText.erased : e.filter, e.textErased ? HistoryText.erased : e.destination,
                                 String(e.contacts.count)]
                            }))
        }

        if !breaches.isEmpty {
            // Art. 34: the person learns of every breach recorded as concerning them.
            b.append(.heading("Naruszenia ochrony danych / Personal data breaches"))
            b.append(.table(headers: ["ID", "Stwierdzono / Noticed", "Co się stało / What happened", "Działania / Measures", "Zgłoszono do UODO / Authority notified"],
                            rows: breaches.map { x in
                                [x.id, ISOTime.string(x.noticed), x.description, x.measures,
                                 x.notified.map(ISOTime.string) ?? (x.closed == nil ? "w toku / in progress" : "nie / no")]
                            }))
        }

        if !requests.isEmpty {
            b.append(.heading("Wnioski / Requests"))
            b.append(.table(headers: ["ID", "Rodzaj / Type", "Otrzymano / Received", "Termin / Due", "Status"],
                            rows: requests.map { r in
                                [r.id, Bilingual.requestType(r.type), r.received.description, r.due.description, Bilingual.requestStatus(r.status)]
                            }))
        }

        b.append(.heading("Minimalizacja danych / Data minimisation"))
        b += minimisationBlocks()

        b.append(.heading("Prawa osoby / Your rights"))
        b += Bilingual.rights(contact: state.controller.email).map(DocumentBlock.paragraph)
        b += receipt.blocks
        return b
    }

    func minimisationBlocks() -> [DocumentBlock] {
        if contact.anonymized { return [.paragraph("Dane osobowe zostały usunięte. / The personal data has been erased.")] }
        var out: [DocumentBlock] = []
        if active.isEmpty {
            out.append(.paragraph("Żaden cel nie daje obecnie podstawy do przetwarzania; dane są przechowywane tylko do końca okresu przechowywania. / No purpose currently gives a basis for processing; the data is kept only until the retention period ends."))
            if let r = state.retentionStatus(of: contact.id, now: now) {
                out.append(.fields([.init("Koniec okresu przechowywania / Retention ends", ISOTime.string(r.retentionEnds))]))
            }
        }
        if unneeded.isEmpty {
            out.append(.paragraph("Każde przechowywane pole jest potrzebne do aktywnego celu. / Every field held is needed by an active purpose."))
        } else {
            out.append(.paragraph("Pola przechowywane, których nie potrzebuje żaden aktywny cel: / Fields held that no active purpose needs:"))
            out.append(.list(unneeded.map { Bilingual.field($0) }))
        }
        return out
    }

    /// A history line with its changes (old → new), values of an erased person shown as erased.
    /// English in every language, as the report has always given it.
    func historyText(_ e: JournalEntry) -> String {
        Language.$current.withValue(.en) { englishHistoryText(e) }
    }

    private func englishHistoryText(_ e: JournalEntry) -> String {
        let summary = HistoryText.summary(e, state: state)
        guard case .contactEdited = e.event else { return summary }
        let changes = HistoryText.changes(e).map { "\($0.field): \(Self.erasedOr($0.old)) → \(Self.erasedOr($0.new))" }
        return changes.isEmpty ? summary : summary + " (" + changes.joined(separator: "; ") + ")"
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
                pairs.append(("wording", wording(of: d).map { w in
                    .object([("title", .string(w.title)), ("description", .string(w.description)),
                             ("legalBasis", .string(w.legalBasis.rawValue))])
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
                    ("count", .int(e.contacts.count)),
                ])
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
