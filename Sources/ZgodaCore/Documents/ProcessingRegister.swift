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

    public init(state: ZgodaState, issued: Date, encrypted: Bool, head: String) {
        self.state = state; self.issued = issued; self.encrypted = encrypted; self.head = head
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .md: return MarkdownRenderer.render(blocks())
        case .html: return HTMLRenderer.render(blocks(), title: "Rejestr czynności przetwarzania / Record of processing activities")
        case .json: return json().rendered() + "\n"
        }
    }

    static let subjects = "klienci i kontakty handlowi / customers and business contacts"
    // Zgoda keeps no catalogue of recipients or transfers yet: the register says so rather
    // than claim there are none (a purpose such as "sharing with partners" has recipients).
    static let noRecipients = "nie wpisano w katalogu; uzupełnij ręcznie / not recorded in the catalogue; complete by hand"
    static let noTransfers = "nie wpisano w katalogu; uzupełnij ręcznie / not recorded in the catalogue; complete by hand"

    /// What Zgoda does to protect the data, in the words of Art. 32.
    var measures: [String] {
        var out = [
            "Dane osobowe każdej osoby szyfrowane jej własnym kluczem (AES-256-GCM); usunięcie klucza usuwa je ze wszystkich kopii. / Each person's personal data encrypted with their own key (AES-256-GCM); destroying the key erases it from every copy.",
            "Katalog danych dostępny tylko dla właściciela (0700, pliki 0600). / The data directory is readable by its owner only (0700, files 0600).",
            "Dziennik zmian łańcuchowany skrótami SHA-256, weryfikowany poleceniem 'zgoda verify'; każda zmiana z operatorem i czasem. / A hash-chained journal of every change (SHA-256), checked by 'zgoda verify'; every change with its operator and time.",
            "Zapis trwały przed potwierdzeniem (fsync), migawki atomowe, dwie kopie kluczy. / Durable writes before acknowledgement (fsync), atomic snapshots, two copies of every key.",
        ]
        out.append(encrypted
            ? "Klucze chronione hasłem (scrypt, AES-256-GCM). / Keys protected by a passphrase (scrypt, AES-256-GCM)."
            : "Klucze bez hasła: zalecane 'zgoda init --encrypt' lub szyfrowanie dysku. / Keys without a passphrase: 'zgoda init --encrypt' or disk encryption is recommended.")
        return out
    }

    func categories(_ p: Purpose) -> String {
        p.neededFields.isEmpty ? "nie określono / not declared" : p.neededFields.map { Bilingual.field($0) }.joined(separator: ", ")
    }

    public func blocks() -> [DocumentBlock] {
        var b: [DocumentBlock] = [
            .title("Rejestr czynności przetwarzania", "Record of processing activities"),
            .paragraph("Zgodnie z art. 30 ust. 1 RODO. / Under Art. 30(1) GDPR."),
            .heading("Administrator danych / Data controller"),
            .fields(ConsentForm.controllerFields(state.controller)),
            .heading("Czynności przetwarzania / Processing activities"),
        ]
        for p in state.purposes.values {
            b.append(.subheading("\(p.title) (\(p.id)), wersja / version \(p.version)"))
            b.append(.paragraph(p.description))
            b.append(.fields([
                .init("Podstawa prawna / Legal basis", Bilingual.legalBasis(p.legalBasis)),
                .init("Kategorie osób / Categories of data subjects", Self.subjects),
                .init("Kategorie danych / Categories of personal data", categories(p)),
                .init("Odbiorcy / Recipients", Self.noRecipients),
                .init("Przekazywanie poza EOG / Transfers outside the EEA", Self.noTransfers),
                .init("Okres przechowywania / Retention", Bilingual.retentionAfterBasis(p.retention)),
            ]))
        }
        b.append(.subheading("Osoby bez podstawy prawnej / People without a legal basis"))
        b.append(.paragraph("Osoby, które nie podjęły żadnej decyzji, są usuwane po \(state.retentionGraceDays) dniach od dodania. / People who never decided on any purpose are erased \(state.retentionGraceDays) days after they were added."))
        b.append(.heading("Środki bezpieczeństwa / Security measures (Art. 32)"))
        b.append(.list(measures))
        b.append(.heading("Potwierdzenie / Receipt"))
        b.append(.fields([.init("Wydano / Issued", ISOTime.string(issued)),
                          .init("Skrót dziennika / Journal head (SHA-256)", head, code: true)]))
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
                    // null: not recorded (see `noRecipients`), never "none".
                    ("recipients", .null),
                    ("transfersOutsideEEA", .null),
                    ("retention", .string(p.retention.description)),
                ])
            })),
            ("graceDays", .int(state.retentionGraceDays)),
            ("securityMeasures", .array(measures.map(JSON.string))),
            ("encrypted", .bool(encrypted)),
            ("head", .string(head)),
        ])
    }
}
