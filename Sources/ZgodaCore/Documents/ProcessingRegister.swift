import Foundation

/// The record of processing activities (GDPR Art. 30(1)): the controller and DPO, and for each
/// purpose its legal basis, the categories of people and of data (from the purpose's needed
/// fields), recipients, transfers outside the EEA, the retention period, and the technical and
/// organisational security measures (Art. 32) Zgoda itself applies.
///
/// Built from the catalogue alone; it names no person, so issuing it is not recorded. Pure:
/// the same state gives the same document.
public struct ProcessingRegister: Sendable {
    public enum Format: String, CaseIterable, Sendable { case md, html, json }

    private var state: ZgodaState
    public var issued: Date
    /// Whether the directory's keys are wrapped with a passphrase (`zgoda init --encrypt`).
    public var encrypted: Bool
    public var head: String
    /// The language the register is written in. JSON is the same in every one.
    public var language: Language

    public init(state: ZgodaState, issued: Date, encrypted: Bool, head: String, language: Language = Language.current) {
        self.state = state; self.issued = issued; self.encrypted = encrypted; self.head = head; self.language = language
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .md: return MarkdownRenderer.render(blocks())
        case .html: return HTMLRenderer.render(blocks(), title: T.title(language), language: language)
        case .json: return json().rendered() + "\n"
        }
    }

    typealias T = RegisterText

    /// What Zgoda does to protect the data, in the words of Art. 32.
    func measures(in l: Language) -> [String] {
        (T.measures + [encrypted ? T.encryptedKeys : T.plainKeys]).map { $0(l) }
    }

    public func blocks() -> [DocumentBlock] {
        let l = language
        typealias D = DocumentText
        var b: [DocumentBlock] = [
            .title(T.title(l)),
            .paragraph(T.intro(l)),
            .heading(D.controller(l)),
            .fields(ConsentForm.controllerFields(state.controller, in: l)),
            .heading(T.activities(l)),
        ]
        for p in state.purposes.values {
            b.append(.subheading(D.purposeHeading(p, in: l)))
            b.append(.paragraph(p.wording(in: l).description))
            b.append(.fields([
                .init(D.legalBasisLabel(l), D.legalBasis(p.legalBasis)(l)),
                .init(T.subjectsLabel(l), T.subjects(l)),
                .init(T.dataCategories(l), ConsentForm.neededFields(p, in: l)),
                // An empty list says "none recorded", never "none": a purpose written before
                // recipients were recorded may still have some.
                .init(T.recipients(l), p.recipients.isEmpty ? T.noneRecorded(l) : D.recipients(p, in: l)),
                .init(T.transfers(l), p.recipients.contains(where: \.isTransfer)
                      ? p.recipients.filter(\.isTransfer).map { "\($0.name), \($0.country): \($0.safeguard)" }.joined(separator: "; ")
                      : T.noTransfers(l)),
                .init(D.automatedLabel(l), D.automated(p)(l)),
                .init(D.retentionLabel(l), D.retentionAfterBasis(p.retention)(l)),
            ]))
        }
        b.append(.subheading(T.withoutBasis(l)))
        b.append(.paragraph(T.grace(state.retentionGraceDays)(l)))
        b.append(.heading(T.security(l)))
        b.append(.list(measures(in: l)))
        b.append(.heading(D.receipt(l)))
        b.append(.fields([.init(D.issued(l), ISOTime.string(issued)),
                          .init(D.journalHead(l), head, code: true)]))
        return b
    }

    public func json() -> JSON {
        .object([
            ("kind", .string("processing-register")),
            ("issued", JSON.time(issued)),
            ("controller", JSONShapes.controller(state.controller)),
            ("activities", .array(state.purposes.values.map { p in
                .object([
                    ("purpose", .string(p.id)),
                    ("title", .string(p.title)),
                    ("description", .string(p.description)),
                    ("version", .int(p.version)),
                    ("legalBasis", .string(p.legalBasis.rawValue)),
                    ("dataSubjects", .string("customers and business contacts")),
                    ("dataCategories", .array(p.neededFields.map { .string($0.rawValue) })),
                    ("recipients", .array(p.recipients.map(JSONShapes.recipient))),
                    ("transfersOutsideEEA", .array(p.recipients.filter(\.isTransfer).map(JSONShapes.recipient))),
                    ("automatedDecisions", .bool(p.automatedDecisions)),
                    ("retention", .string(p.retention.description)),
                ])
            })),
            ("graceDays", .int(state.retentionGraceDays)),
            ("securityMeasures", .array(measures(in: .en).map(JSON.string))),
            ("encrypted", .bool(encrypted)),
            ("head", .string(head)),
        ])
    }
}

/// The register's own words.
enum RegisterText {
    static let title = Localized(en: "Record of processing activities", pl: "Rejestr czynności przetwarzania")
    static let intro = Localized(en: "Under Art. 30(1) GDPR.", pl: "Zgodnie z art. 30 ust. 1 RODO.")
    static let activities = Localized(en: "Processing activities", pl: "Czynności przetwarzania")
    static let subjectsLabel = Localized(en: "Categories of data subjects", pl: "Kategorie osób")
    static let subjects = Localized(en: "customers and business contacts", pl: "klienci i kontakty handlowe")
    static let dataCategories = Localized(en: "Categories of personal data", pl: "Kategorie danych")
    static let recipients = Localized(en: "Recipients", pl: "Odbiorcy")
    static let transfers = Localized(en: "Transfers outside the EEA", pl: "Przekazywanie poza EOG")
    static let noneRecorded = Localized(en: "none recorded in the catalogue", pl: "nie wpisano żadnych w katalogu")
    static let noTransfers = Localized(en: "none (no recipient outside the EEA recorded)", pl: "brak (nie wpisano odbiorców spoza EOG)")
    static let withoutBasis = Localized(en: "People without a legal basis", pl: "Osoby bez podstawy prawnej")
    static let days = PluralNoun(en: ("day", "days"), pl: ("dzień", "dni", "dni"))
    static func grace(_ n: Int) -> Localized {
        Localized(en: "People who never decided on any purpose are erased \(days.count(n, in: .en)) after they were added.",
                  pl: "Osoby, które nie podjęły żadnej decyzji, są usuwane po \(n) \(n == 1 ? "dniu" : "dniach") od dodania.")
    }
    static let security = Localized(en: "Security measures (Art. 32)", pl: "Środki bezpieczeństwa (art. 32)")
    static let measures = [
        Localized(en: "Each person's personal data encrypted with their own key (AES-256-GCM); destroying the key erases it from every copy.",
                  pl: "Dane osobowe każdej osoby szyfrowane jej własnym kluczem (AES-256-GCM); usunięcie klucza usuwa je ze wszystkich kopii."),
        Localized(en: "The data directory is readable by its owner only (0700, files 0600).",
                  pl: "Katalog danych dostępny tylko dla właściciela (0700, pliki 0600)."),
        Localized(en: "A hash-chained journal of every change (SHA-256), checked by 'zgoda verify'; every change with its operator and time.",
                  pl: "Dziennik zmian łańcuchowany skrótami SHA-256, weryfikowany poleceniem „zgoda verify”; każda zmiana z operatorem i czasem."),
        Localized(en: "Durable writes before acknowledgement (fsync), atomic snapshots, two copies of every key.",
                  pl: "Zapis trwały przed potwierdzeniem (fsync), migawki atomowe, dwie kopie kluczy."),
    ]
    static let encryptedKeys = Localized(en: "Keys protected by a passphrase (scrypt, AES-256-GCM).",
                                         pl: "Klucze chronione hasłem (scrypt, AES-256-GCM).")
    static let plainKeys = Localized(en: "Keys without a passphrase: 'zgoda init --encrypt' or disk encryption is recommended.",
                                     pl: "Klucze bez hasła: zalecane „zgoda init --encrypt” lub szyfrowanie dysku.")
}
