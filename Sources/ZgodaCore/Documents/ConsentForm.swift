import Foundation

/// The printable consent form for one person (GDPR Art. 7 and 13): who the controller is,
/// each purpose with its description, legal basis, retention and version, a separate place to
/// agree or disagree to each consent purpose, date and signature lines, the fingerprint of
/// each wording (so a signed paper can be tied to the exact text), and the journal head.
///
/// Pure: the same state and receipt give the same text, so the terminal UI shows exactly what
/// `zgoda form` prints.
public enum ConsentForm {
    public enum Format: String, CaseIterable, Sendable { case text, html }

    public static func render(_ format: Format, state: ZgodaState, contact id: ContactID, receipt: DocumentReceipt) throws -> String {
        let blocks = try self.blocks(state: state, contact: id, receipt: receipt)
        switch format {
        case .text: return TextRenderer.render(blocks)
        case .html:
            let name = state.contacts[id]?.details.name ?? id.rawValue
            return HTMLRenderer.render(blocks, title: "Formularz zgody / Consent form — \(name)")
        }
    }

    /// Checks that a form can be made: the controller is named and the person is not erased.
    public static func check(state: ZgodaState, contact id: ContactID) throws {
        guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
        if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
        guard state.controller.isComplete else { throw ZgodaError.controllerIncomplete }
    }

    public static func blocks(state: ZgodaState, contact id: ContactID, receipt: DocumentReceipt) throws -> [DocumentBlock] {
        try check(state: state, contact: id)
        let person = state.contacts[id]!.details
        let controller = state.controller
        let consentPurposes = state.purposes.values.filter { $0.legalBasis == .consent }
        let otherPurposes = state.purposes.values.filter { $0.legalBasis != .consent }

        var b: [DocumentBlock] = [
            .title("Formularz zgody na przetwarzanie danych osobowych", "Consent form for the processing of personal data"),
            .heading("Administrator danych / Data controller"),
            .fields(controllerFields(controller)),
            .heading("Osoba, której dotyczą dane / Data subject"),
            .fields([.init(Bilingual.field(.name), person.name), .init(Bilingual.field(.email), person.email),
                     .init(Bilingual.field(.phone), person.phone), .init("Numer referencyjny / Reference", id.rawValue, code: true)]),
            .heading("Zgody / Consents"),
            .paragraph("Prosimy zaznaczyć decyzję osobno dla każdego celu. Zgoda jest dobrowolna, a jej brak nie wpływa na inne relacje z administratorem."),
            .paragraph("Please mark your decision separately for each purpose. Consent is voluntary; refusing it does not affect your other dealings with the controller."),
        ]
        if consentPurposes.isEmpty {
            b.append(.paragraph("Brak celów wymagających zgody. / There are no purposes that need consent."))
        }
        for (n, p) in consentPurposes.enumerated() {
            b.append(.subheading("\(n + 1). \(p.title) (\(p.id)), wersja / version \(p.version)"))
            b.append(.paragraph(p.description))
            b.append(.fields(purposeFields(p, controller: controller)))
            b.append(.choice)
        }
        if !otherPurposes.isEmpty {
            b.append(.heading("Przetwarzanie bez zgody / Processing that does not rely on consent"))
            for p in otherPurposes {
                b.append(.subheading("\(p.title) (\(p.id)), wersja / version \(p.version)"))
                b.append(.paragraph(p.description))
                b.append(.fields(purposeFields(p, controller: controller)))
            }
        }
        b.append(.heading("Prawa osoby / Your rights"))
        b += Bilingual.rights(contact: controller.email).map(DocumentBlock.paragraph)
        b.append(.blanks(["Miejscowość i data / Place and date", "Czytelny podpis / Signature"]))
        b += receipt.blocks
        return b
    }

    static func controllerFields(_ c: DataController) -> [DocumentBlock.Field] {
        [.init("Nazwa / Name", c.name), .init("Adres / Address", c.address), .init("E-mail", c.email),
         .init("Inspektor ochrony danych / Data protection officer", c.dpo)]
    }

    static func purposeFields(_ p: Purpose, controller: DataController) -> [DocumentBlock.Field] {
        [.init("Podstawa prawna / Legal basis", Bilingual.legalBasis(p.legalBasis)),
         .init("Okres przechowywania / Retention", Bilingual.retentionAfterBasis(p.retention)),
         .init("Potrzebne dane / Data needed", p.neededFields.map { Bilingual.field($0) }.joined(separator: ", ")),
         .init("Skrót treści / Wording hash (SHA-256)", Wording.hash(controller: controller, purpose: p), code: true)]
    }
}
