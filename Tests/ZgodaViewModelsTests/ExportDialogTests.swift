import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct ExportDialogTests {
    @Test func choosesTheFormatAndKeepsTheExtensionInStep() {
        var m = ExportDialogModel(query: "łódź", count: 3)
        #expect(m.format == .csv && m.destination.text == "contacts.csv")
        _ = m.handle(.tab)
        #expect(m.focus == 0)
        _ = m.handle(.right)
        #expect(m.format == .json && m.destination.text == "contacts.json")
        _ = m.handle(.char("v"))
        #expect(m.format == .vcard && m.destination.text == "contacts.vcf")
        _ = m.handle(.left)
        #expect(m.format == .json)
        _ = m.handle(.char("c"))
        #expect(m.format == .csv && m.destination.text == "contacts.csv")
    }

    @Test func theFileIsTypedAndEnterExports() {
        var m = ExportDialogModel(query: "", count: 3)
        _ = m.handle(.ctrl("u"))
        #expect(m.handle(.enter) == .none)
        #expect(m.error != nil)
        for k in Key.typing("łódź.csv") { _ = m.handle(k) }
        #expect(m.error == nil)
        #expect(m.handle(.enter) == .export(format: .csv, destination: "łódź.csv", replacing: false))
        #expect(m.handle(.escape) == .cancel)
    }

    @Test func anExistingFileIsReplacedOnlyAfterASecondEnter() {
        var m = ExportDialogModel(query: "", count: 3)
        #expect(m.handle(.enter) == .export(format: .csv, destination: "contacts.csv", replacing: false))
        m.askToReplace("contacts.csv")
        #expect(m.error?.contains("already exists") == true)
        #expect(m.handle(.enter) == .export(format: .csv, destination: "contacts.csv", replacing: true))
        // Another name, or another format, asks again.
        m.askToReplace("contacts.csv")
        _ = m.handle(.char("x"))
        #expect(m.handle(.enter) == .export(format: .csv, destination: "contacts.csvx", replacing: false))
    }
}
