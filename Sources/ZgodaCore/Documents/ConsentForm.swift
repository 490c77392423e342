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

    /// The form in `language`, the person's: every purpose in its wording for that language,
    /// with the hash of exactly that wording.
    public static func render(_ format: Format, state: ZgodaState, contact id: ContactID, receipt: DocumentReceipt,
                              language: Language = Language.current) throws -> String {
        let blocks = try self.blocks(state: state, contact: id, receipt: receipt, language: language)
        switch format {
        case .text: return TextRenderer.render(blocks)
        case .html:
            let name = state.contacts[id]?.details.name ?? id.rawValue
            return HTMLRenderer.render(blocks, title: "\(T.formTitle(language)) — \(name)", language: language)
        }
    }

    /// Checks that a form can be made: the controller is named and the person is not erased.
    public static func check(state: ZgodaState, contact id: ContactID) throws {
        guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
        if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
        guard state.controller.isComplete else { throw ZgodaError.controllerIncomplete }
    }

    typealias T = FormText

    public static func blocks(state: ZgodaState, contact id: ContactID, receipt: DocumentReceipt,
                              language: Language = Language.current) throws -> [DocumentBlock] {
        try check(state: state, contact: id)
        let l = language
        let person = state.contacts[id]!.details
        let controller = state.controller
        let consentPurposes = state.purposes.values.filter { $0.legalBasis == .consent }
        let otherPurposes = state.purposes.values.filter { $0.legalBasis != .consent }

        var b: [DocumentBlock] = [
            .title(T.heading(l)),
            .heading(DocumentText.controller(l)),
            .fields(controllerFields(controller, in: l)),
            .heading(T.dataSubject(l)),
            .fields([.init(CoreText.Labels.field(.name)(l), person.name), .init(CoreText.Labels.field(.email)(l), person.email),
                     .init(CoreText.Labels.field(.phone)(l), person.phone), .init(DocumentText.reference(l), id.rawValue, code: true)]),
            .heading(T.consents(l)),
            .paragraph(T.instructions(l)),
        ]
        if consentPurposes.isEmpty { b.append(.paragraph(T.noConsentPurposes(l))) }
        for (n, p) in consentPurposes.enumerated() {
            b.append(.subheading(DocumentText.purposeHeading(p, number: n + 1, in: l)))
            b.append(.paragraph(p.wording(in: l).description))
            b.append(.fields(purposeFields(p, controller: controller, in: l)))
            b.append(DocumentBlock.choice(in: l))
        }
        if !otherPurposes.isEmpty {
            b.append(.heading(T.withoutConsent(l)))
            for p in otherPurposes {
                b.append(.subheading(DocumentText.purposeHeading(p, in: l)))
                b.append(.paragraph(p.wording(in: l).description))
                b.append(.fields(purposeFields(p, controller: controller, in: l)))
            }
        }
        b.append(.heading(DocumentText.yourRights(l)))
        b += DocumentText.rights(contact: controller.email).map { .paragraph($0(l)) }
        b.append(.blanks([T.placeAndDate(l), T.signature(l)]))
        b += receipt.blocks(in: l)
        return b
    }

    static func controllerFields(_ c: DataController, in l: Language) -> [DocumentBlock.Field] {
        [.init(DocumentText.controllerName(l), c.name), .init(DocumentText.address(l), c.address), .init(DocumentText.email(l), c.email),
         .init(DocumentText.dpo(l), c.dpo)]
    }

    static func neededFields(_ p: Purpose, in l: Language) -> String {
        p.neededFields.isEmpty ? DocumentText.notDeclared(l) : p.neededFields.map { CoreText.Labels.field($0)(l) }.joined(separator: ", ")
    }

    static func purposeFields(_ p: Purpose, controller: DataController, in l: Language) -> [DocumentBlock.Field] {
        [.init(DocumentText.legalBasisLabel(l), DocumentText.legalBasis(p.legalBasis)(l)),
         .init(DocumentText.retentionLabel(l), DocumentText.retentionAfterBasis(p.retention)(l)),
         .init(DocumentText.dataNeeded(l), neededFields(p, in: l))]
            // Art. 13(1)(e–f): the recipients, if any, and transfers outside the EEA.
            + (p.recipients.isEmpty ? [] : [.init(DocumentText.recipientsLabel(l), DocumentText.recipients(p, in: l))])
            + [.init(DocumentText.automatedLabel(l), DocumentText.automated(p)(l)),
               .init(DocumentText.wordingHash(l), Wording.hash(controller: controller, purpose: p, language: l), code: true)]
    }
}

/// The consent form's own words.
enum FormText {
    static let formTitle = Localized(en: "Consent form", pl: "Formularz zgody")
    static let heading = Localized(en: "Consent form for the processing of personal data", pl: "Formularz zgody na przetwarzanie danych osobowych")
    static let dataSubject = Localized(en: "Data subject", pl: "Osoba, której dotyczą dane")
    static let consents = Localized(en: "Consents", pl: "Zgody")
    static let instructions = Localized(
        en: "Please mark your decision separately for each purpose. Consent is voluntary; refusing it does not affect your other dealings with the controller.",
        pl: "Prosimy zaznaczyć decyzję osobno dla każdego celu. Zgoda jest dobrowolna, a jej brak nie wpływa na inne relacje z administratorem.")
    static let noConsentPurposes = Localized(en: "There are no purposes that need consent.", pl: "Brak celów wymagających zgody.")
    static let withoutConsent = Localized(en: "Processing that does not rely on consent", pl: "Przetwarzanie bez zgody")
    static let placeAndDate = Localized(en: "Place and date", pl: "Miejscowość i data")
    static let signature = Localized(en: "Signature", pl: "Czytelny podpis")
}
