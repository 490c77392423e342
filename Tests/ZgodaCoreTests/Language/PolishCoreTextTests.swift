import Foundation
import Testing
@testable import ZgodaCore

/// The core's texts in Polish: labels, history lines, the import report and errors, each read
/// under `--lang pl`; and the JSON that carries such texts, the same in both languages.
@Suite struct PolishCoreTextTests {
    static let at = ISOTime.parse("2026-01-15T10:00:00Z")!
    static let id = ContactID("K7M2P9QX")

    static func entry(_ event: Event, readable: Bool = true) -> JournalEntry {
        JournalEntry(seq: 7, at: at, operator: "Anna Nowak", event: event, readable: readable)
    }

    static func polish<T>(_ body: () throws -> T) rethrows -> T {
        try Language.$current.withValue(.pl, operation: body)
    }

    // MARK: Labels

    /// A document shown in the terminal UI is recorded with the format `screen`: in Polish
    /// history it reads "na ekranie", not a code inside a sentence.
    @Test func aDocumentShownOnScreen() {
        #expect(CoreText.History.documentIssued("report", format: "screen", destination: nil).pl == "wydano dokument raport dostępu na ekranie")
        #expect(CoreText.History.documentIssued("form", format: "html", destination: "f.html").pl
                == "wydano dokument formularz zgody w formacie html do f.html")
        #expect(CoreText.History.documentIssued("report", format: "screen", destination: nil).en == "issued report as screen")
    }

    @Test func fieldLabels() {
        Self.polish {
            #expect(ContactField.allCases.map(\.label)
                    == ["Imię i nazwisko", "E-mail", "Telefon", "Firma", "Stanowisko", "Miasto", "Tagi", "Notatki"])
        }
        #expect(ContactField.allCases.map(\.label) == ["Name", "Email", "Phone", "Company", "Position", "City", "Tags", "Notes"])
    }

    @Test func sourceStatusAndBasisNames() {
        Self.polish {
            #expect(ConsentSource.allCases.map { CoreText.Labels.source($0).text }
                    == ["osobiście", "telefon", "e-mail", "formularz WWW", "na papierze", "import"])
            #expect(ConsentStatus.allCases.map { CoreText.Labels.status($0).text }
                    == ["udzielona", "odmowa", "wycofana", "wygasła", "nieaktualna treść", "sprzeciw", "brak"])
            #expect(CoreText.Labels.legalBasis(.legitimateInterest).text == "prawnie uzasadniony interes")
            #expect(CoreText.Labels.requestType(.erasure).text == "usunięcie danych")
        }
        // The English words of statuses are their raw values.
        #expect(ConsentStatus.allCases.map { CoreText.Labels.status($0).text } == ConsentStatus.allCases.map(\.rawValue))
    }

    @Test func exportHeaderStaysEnglish() {
        let header = Self.polish { ExportRenderer.csvHeader(ZgodaState()) }
        #expect(header == ["Name", "Email", "Phone", "Company", "Position", "City", "Tags", "Notes"])
    }

    // MARK: History

    static func summary(_ event: Event, readable: Bool = true) -> String {
        polish { HistoryText.summary(entry(event, readable: readable), state: ZgodaState()) }
    }

    @Test func historyLines() {
        #expect(Self.summary(.contactAdded(id: Self.id, keySlot: 1, details: ContactDetails(name: "Zofia Wróbel")))
                == "dodano kontakt Zofia Wróbel")
        #expect(Self.summary(.contactAdded(id: Self.id, keySlot: 1, details: ContactDetails()), readable: false)
                == "dodano kontakt (dane: usunięte)")
        #expect(Self.summary(.contactEdited(id: Self.id, changes: [FieldChange(field: "email", old: "a@b.pl", new: "c@d.pl"),
                                                                  FieldChange(field: "city", old: nil, new: "Gdańsk")]))
                == "zmieniono: e-mail, miasto")
        let decision = ConsentDecision(contact: Self.id, purpose: "newsletter", purposeVersion: 2, decision: .withdrawn, source: .paper,
                                       evidence: "formularz nr 12", at: Self.at, operator: "Anna Nowak", expires: nil, wordingHash: "")
        #expect(Self.summary(.consentRecorded(decision)) == "wycofano zgodę: newsletter v2, źródło: paper (dowód: formularz nr 12)")
        var erased = decision
        erased.evidence = nil
        erased.decision = .granted
        #expect(Self.summary(.consentRecorded(erased), readable: false) == "udzielono zgody: newsletter v2, źródło: paper (dowód: usunięty)")
        #expect(Self.summary(.exported(format: "csv", filter: "", destination: "kontakty.csv", contacts: [Self.id, Self.id]))
                == "eksport: 2 kontakty w formacie csv do kontakty.csv")
        #expect(Self.summary(.exported(format: "csv", filter: "", destination: "", contacts: Array(repeating: Self.id, count: 5)), readable: false)
                == "eksport: 5 kontaktów w formacie csv (filtr i miejsce docelowe: usunięte)")
        #expect(Self.summary(.imported(source: "lista.csv", added: 5, updated: 2, rejected: 1))
                == "import lista.csv: dodano: 5, zaktualizowano: 2, odrzucono: 1")
        #expect(Self.summary(.anonymized(id: Self.id, suppression: [], request: "R2")) == "zanonimizowano (wniosek R2)")
        #expect(Self.summary(.retentionGraceSet(days: 1)) == "ustawiono okres karencji dla osób bez podstawy prawnej: 1 dzień")
        #expect(Self.summary(.retentionGraceSet(days: 14)) == "ustawiono okres karencji dla osób bez podstawy prawnej: 14 dni")
        #expect(Self.summary(.requestExtended(id: "R1", contact: Self.id, due: Day(year: 2026, month: 5, day: 4), reason: "archiwa"))
                == "przedłużono termin wniosku R1 do 04.05.2026: archiwa")
    }

    @Test func requestAndPurposeLines() {
        let request = DataSubjectRequest(id: "R1", contact: Self.id, type: .access, received: Day(year: 2026, month: 1, day: 15))
        #expect(Self.summary(.requestAdded(request)) == "wniosek R1 (dostęp do danych) otrzymany 15.01.2026, termin 16.02.2026")
        #expect(HistoryText.summary(Self.entry(.requestAdded(request)), state: ZgodaState())
                == "access request R1 received 2026-01-15, due 2026-02-16")
        let old = Purpose(id: "newsletter", title: "Newsletter", description: "", legalBasis: .consent, retention: Retention(months: 24))
        var new = old
        new.version = 2
        new.legalBasis = .legitimateInterest
        var e = Self.entry(.purposeEdited(new))
        e.previousPurpose = old
        #expect(Self.polish { HistoryText.summary(e, state: ZgodaState()) }
                == "zmieniono cel newsletter, teraz v2 (zmiana istotna: potrzebna nowa zgoda; podstawa prawna zmieniona z „zgoda” na „prawnie uzasadniony interes”, potwierdzono)")
    }

    // MARK: History JSON is the same in every language

    @Test func historyJSONIsEnglishInEveryLanguage() {
        let request = DataSubjectRequest(id: "R1", contact: Self.id, type: .erasure, received: Day(year: 2026, month: 1, day: 15))
        var consent = Self.entry(.consentRecorded(ConsentDecision(contact: Self.id, purpose: "newsletter", purposeVersion: 1, decision: .granted,
                                                                 source: .inPerson, evidence: nil, at: Self.at, operator: "Anna Nowak",
                                                                 expires: nil, wordingHash: "")), readable: false)
        consent.previousDecision = .refused
        let entries = [
            Self.entry(.contactAdded(id: Self.id, keySlot: 1, details: ContactDetails(name: "Zofia Wróbel", city: "Gdańsk"))),
            consent,
            Self.entry(.exported(format: "csv", filter: "", destination: "k.csv", contacts: [Self.id, Self.id, Self.id])),
            Self.entry(.requestAdded(request)),
            Self.entry(.retentionGraceSet(days: 3)),
        ]
        for e in entries {
            let en = JSONShapes.history(e, state: ZgodaState()).rendered(pretty: false)
            let pl = Self.polish { JSONShapes.history(e, state: ZgodaState()).rendered(pretty: false) }
            #expect(pl == en)
            #expect(Self.polish { HistoryText.summary(e, state: ZgodaState()) } != HistoryText.summary(e, state: ZgodaState()))
        }
    }

    // MARK: Errors

    @Test func errors() {
        Self.polish {
            #expect(ZgodaError.unknownContact("K7M2").description == "nie ma kontaktu o identyfikatorze „K7M2” (zob. „zgoda contact list”)")
            #expect(ZgodaError.unknownPurpose("newsletter").description == "nie ma celu „newsletter” (zob. „zgoda purpose list”)")
            #expect(ZgodaError.wrongPassphrase.description == "błędne hasło do tego katalogu danych")
            #expect(ZgodaError.passphraseRequired.description
                    == "ten katalog danych jest zaszyfrowany: ustaw ZGODA_PASSPHRASE albo uruchom w terminalu, aby podać hasło")
            #expect(ZgodaError.contactAnonymized("K7M2").description == "kontakt „K7M2” został zanonimizowany i nie można go zmienić")
            #expect(ZgodaError.destinationExists("out.csv").description
                    == "out.csv już istnieje: niczego nie wyeksportowano (podaj --force, aby zastąpić plik)")
            #expect(ZgodaError.suppressed("phone").description
                    == "ta osoba prosiła o usunięcie danych (numer telefonu pasuje do usuniętej osoby); aby mimo to ją dodać, podaj powód: --override POWÓD")
        }
        #expect(ZgodaError.unknownContact("K7M2").description == "no contact with id 'K7M2' (see 'zgoda contact list')")
    }

    // MARK: Import report

    static func report(added: Int, updated: Int = 0, rejected: Int = 0, skipped: Int = 0) -> ImportReport {
        var r = ImportReport(source: "lista.csv", format: .csv, encoding: .utf8, dryRun: false)
        r.added = added; r.updated = updated; r.rejected = rejected; r.skipped = skipped
        return r
    }

    @Test func importSummaryPlurals() {
        Self.polish {
            #expect(Self.report(added: 1, updated: 2, rejected: 5, skipped: 0).summary
                    == "1 dodany, 2 zaktualizowane, 5 odrzuconych, 0 pominiętych (prośba o usunięcie danych)")
            #expect(Self.report(added: 5, updated: 0, rejected: 1, skipped: 22).summary
                    == "5 dodanych, 0 zaktualizowanych, 1 odrzucony, 22 pominięte (prośba o usunięcie danych)")
            var r = Self.report(added: 2)
            r.unchanged = 3; r.duplicates = 4
            #expect(r.summary == "2 dodane, 0 zaktualizowanych, 0 odrzuconych, 0 pominiętych (prośba o usunięcie danych), 3 bez zmian, już w Zgodzie: 4 (pominięto)")
        }
        #expect(Self.report(added: 1, updated: 2, rejected: 5).summary == "1 added, 2 updated, 5 rejected, 0 skipped (asked to be forgotten)")
    }

    static let csv = "Name,Email,Phone,Fax\nJan Nowak,jan@example.com,nie mam,\n,ewa@example.com,,\nJan Kowalski,JAN@example.com,,\nEwa,zły@adres,,\n"

    @Test func importLines() throws {
        let t = try TempStore()
        let path = try t.write("lista.csv", Self.csv)
        let report = try Self.polish { try Importer.run(store: t.store, file: path, dryRun: true) }
        let lines = Self.polish { report.lines }
        #expect(lines == [
            "3 dodane, 0 zaktualizowanych, 1 odrzucony, 0 pominiętych (prośba o usunięcie danych)",
            "uwaga: pominięte kolumny: Fax",
            "wiersz 2: ostrzeżenie: „nie mam” nie jest numerem telefonu; zachowano w notatkach",
            "wiersz 3: ostrzeżenie: brak imienia i nazwiska; użyto adresu e-mail",
            "wiersz 4: ten sam adres e-mail jak w wierszu 2; importowany jest tylko pierwszy",
            "wiersz 5: ostrzeżenie: „zły@adres” nie jest adresem e-mail; zachowano w notatkach",
        ])
    }

    @Test func duplicateLines() throws {
        let t = try TempStore()
        let id = try t.store.addContact(ContactDetails(name: "Jan Nowak", email: "jan@example.com"))
        let path = try t.write("dup.csv", "Name,Email,City\nJan Nowak,JAN@example.com,Gdynia\n")
        let skipped = try Self.polish { try Importer.run(store: t.store, file: path, dryRun: true) }
        #expect(Self.polish { skipped.lines } == ["0 dodanych, 0 zaktualizowanych, 0 odrzuconych, 0 pominiętych (prośba o usunięcie danych), już w Zgodzie: 1 (pominięto)",
                                                  "wiersz 2: duplikat \(id) (ten sam e-mail): pominięto"])
        let updated = try Self.polish { try Importer.run(store: t.store, file: path, dryRun: true, options: ImportOptions(duplicates: .update)) }
        #expect(Self.polish { updated.lines }.last == "wiersz 2: zaktualizowano \(id) (ten sam e-mail): miasto")
    }

    // MARK: Import JSON is the same in every language

    @Test func importJSONIsEnglishInEveryLanguage() throws {
        let t = try TempStore()
        _ = try t.store.addContact(ContactDetails(name: "Jan Nowak", email: "jan@example.com"))
        let path = try t.write("lista.csv", Self.csv + "Jan N.,jan@example.com,,\n")
        let english = try Importer.run(store: t.store, file: path, dryRun: true)
        let polish = try Self.polish { try Importer.run(store: t.store, file: path, dryRun: true) }
        let en = english.json.rendered(pretty: true)
        #expect(Self.polish { polish.json.rendered(pretty: true) } == en)
        #expect(en.contains("is not a phone number; kept in the notes") && en.contains("(same e-mail): skipped"))
        #expect(Self.polish { polish.lines } != english.lines)
    }
}
