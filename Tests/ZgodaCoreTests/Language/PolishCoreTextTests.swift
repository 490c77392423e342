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
}
