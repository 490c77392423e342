import Foundation
import Testing
@testable import ZgodaCore
@testable import ZgodaViewModels

/// The import dialog: the path (with Tab completion), the dry-run preview, the real import.
@Suite struct ImportDialogTests {
    static let csv = """
        Imię i nazwisko;E-mail;Telefon;Miasto
        Żaneta Wąs;zaneta@example.pl;+48 600 111 222;Gdańsk
        Jerzy Ćwik;jerzy@example.pl;;Łódź;nadmiarowe pole
        Marek Źdźbło;marek@example.pl;;Kraków

        """

    @Test func thePathStepAsksCompletesAndPreviews() {
        var m = ImportDialogModel()
        #expect(m.handle(.enter) == .none)
        #expect(m.error == "Give the file to import, e.g. klienci.csv")
        for k in Key.typing("kl") { _ = m.handle(k) }
        #expect(m.error == nil)
        #expect(m.handle(.tab) == .complete("kl"))
        m.complete(PathCompletion.Result(text: "klienci", candidates: ["klienci.csv", "klienci-2024.csv"], problem: nil))
        #expect(m.path.text == "klienci" && m.candidates.count == 2)
        _ = m.handle(.char("."))
        #expect(m.candidates.isEmpty)
        #expect(m.handle(.enter) == .preview("klienci.", ImportOptions()))
        #expect(m.handle(.escape) == .cancel)
    }

    @Test func thePreviewScrollsGoesBackAndImports() {
        var m = ImportDialogModel(path: "a.csv")
        var report = ImportReport(source: "a csv file", format: .csv, encoding: .utf8, dryRun: true)
        report.added = 2
        report.rejected = 30
        report.entries = (1...30).map { ImportReport.Entry(location: ImportLocation(unit: "line", number: $0 + 1), kind: .rejected, message: "bad \($0)", contact: nil) }
        m.showPreview(path: "a.csv", report: report)
        m.layout(width: 40, visibleRows: 10)
        #expect(m.step == .preview)
        #expect(m.summary == "2 added, 0 updated, 30 rejected, 0 skipped (asked to be forgotten)")
        #expect(m.lines.first == "line 2: bad 1" && m.lines.count == 30)
        _ = m.handle(.pageDown)
        #expect(m.pager.top == 9)
        // Letters are not scrolling keys here.
        _ = m.handle(.char("j"))
        #expect(m.pager.top == 9)
        #expect(m.handle(.enter) == .importFile("a.csv", ImportOptions()))
        #expect(m.handle(.escape) == .none)
        #expect(m.step == .file && m.path.text == "a.csv")
    }

    /// `d` steps through what happens to people already held; `c` opens the columns, where ←/→
    /// changes a column's field and Enter previews again with every change; Esc drops them.
    @Test func duplicatesAndColumnsAreChosenInThePreview() {
        var m = ImportDialogModel(path: "a.csv")
        m.offer(purposes: ["newsletter"])
        var report = ImportReport(source: "a csv file", format: .csv, encoding: .utf8, dryRun: true)
        report.columns = [ColumnMapping(header: "Name", role: .fullName, mapped: false),
                          ColumnMapping(header: "Mobile", role: .field(.phone), mapped: false),
                          ColumnMapping(header: "Comment", role: .ignored, mapped: false)]
        m.showPreview(path: "a.csv", report: report)
        #expect(m.messages == ["columns: Name → name, Mobile → phone, Comment → ignore"])
        #expect(m.handle(.char("d")) == .preview("a.csv", ImportOptions(duplicates: .update)))
        #expect(m.handle(.char("d")) == .preview("a.csv", ImportOptions(duplicates: .add)))
        #expect(m.handle(.char("d")) == .preview("a.csv", ImportOptions(duplicates: .skip)))
        _ = m.handle(.char("d"))

        #expect(m.handle(.char("c")) == .none)
        #expect(m.step == .columns && m.columnList.selected == 0)
        _ = m.handle(.down); _ = m.handle(.down)
        // → from `ignore` goes to the consent columns, ← to the fields before it.
        _ = m.handle(.right)
        #expect(m.editedRoles[2] == .consent("newsletter"))
        _ = m.handle(.left); _ = m.handle(.left); _ = m.handle(.left)
        #expect(m.editedRoles[2] == .field(.notes))
        // Esc forgets the edit.
        _ = m.handle(.escape)
        #expect(m.step == .preview)
        _ = m.handle(.char("c"))
        #expect(m.editedRoles == [.fullName, .field(.phone), .ignored])
        _ = m.handle(.end); _ = m.handle(.right); _ = m.handle(.right)
        #expect(m.editedRoles[2] == .fullName)
        let expected = ImportOptions(columns: [("Comment", .fullName)], duplicates: .update)
        #expect(m.handle(.enter) == .preview("a.csv", expected))

        // The new preview shows the user's choice; another file starts from no choices.
        report.columns[2] = ColumnMapping(header: "Comment", role: .fullName, mapped: true)
        m.showPreview(path: "a.csv", report: report)
        #expect(m.step == .preview && m.messages == ["columns: Name → name, Mobile → phone, Comment → name (yours)"])
        #expect(m.handle(.enter) == .importFile("a.csv", expected))
        _ = m.handle(.escape)
        for _ in 0..<5 { _ = m.handle(.backspace) }
        for k in Key.typing("b.csv") { _ = m.handle(k) }
        #expect(m.handle(.enter) == .preview("b.csv", ImportOptions()))
    }

    @Test func aVCardHasNoColumnsToCorrect() {
        var m = ImportDialogModel(path: "a.vcf")
        m.showPreview(path: "a.vcf", report: ImportReport(source: "a vcard file", format: .vcard, encoding: .utf8, dryRun: true))
        #expect(m.handle(.char("c")) == .none)
        #expect(m.step == .preview && m.error == "Only a spreadsheet (CSV) has columns to correct.")
    }

    @Test func longMessagesWrapWithAnIndent() {
        let lines = ImportDialogModel.wrap(["line 3: invalid email: 'jerzy@@bad' is not an e-mail address"], width: 30)
        #expect(lines == ["line 3: invalid email:", "    'jerzy@@bad' is not an", "    e-mail address"])
    }

    @Test func pathCompletionWorksLikeAShell() throws {
        let dir = NSTemporaryDirectory() + "zgoda-complete-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/kontakty", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        for name in ["klienci.csv", "klienci-2024.csv", ".ukryty.csv", "kontakty/łódź.vcf"] {
            try "x".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        let many = PathCompletion.complete("kl", currentDirectory: dir)
        #expect(many == PathCompletion.Result(text: "klienci", candidates: ["klienci-2024.csv", "klienci.csv"], problem: nil))
        #expect(PathCompletion.complete("kon", currentDirectory: dir).text == "kontakty/")
        #expect(PathCompletion.complete("kontakty/", currentDirectory: dir).text == "kontakty/łódź.vcf")
        #expect(PathCompletion.complete(dir + "/klienci.", currentDirectory: "/").text == dir + "/klienci.csv")
        #expect(PathCompletion.complete("~/kl", home: dir, currentDirectory: "/").text == "~/klienci")
        // Hidden files only when asked for.
        #expect(PathCompletion.complete("", currentDirectory: dir).candidates == ["klienci-2024.csv", "klienci.csv", "kontakty/"])
        #expect(PathCompletion.complete(".u", currentDirectory: dir).text == ".ukryty.csv")
        #expect(PathCompletion.complete("zz", currentDirectory: dir).problem == "no file starts with \u{201C}zz\u{201D}")
        #expect(PathCompletion.complete("nie/ma/", currentDirectory: dir).problem == "no such directory: nie/ma/")
        #expect(PathCompletion.resolve("~/a.csv", home: "/home/ola", currentDirectory: "/") == "/home/ola/a.csv")
        #expect(PathCompletion.resolve("a.csv", home: "/", currentDirectory: "/srv") == "/srv/a.csv")
    }

    @Test func importingThroughTheDialogPreviewsThenCommitsOnce() throws {
        let f = try Fixture()
        try f.write("klienci.csv", Self.csv)
        var app = f.app()
        app.send(.char("G"))
        let selected = try #require(app.list.selectedID)
        app.send(.char("I"))
        #expect(app.importDialog != nil)
        app.type("kli")
        app.send(.tab)
        #expect(app.importDialog?.path.text == "klienci.csv")
        let before = f.store.lastSeq
        app.send(.enter)
        #expect(f.store.lastSeq == before)
        let preview = try #require(app.importDialog)
        #expect(preview.step == .preview)
        #expect(preview.summary == "2 added, 0 updated, 1 rejected, 0 skipped (asked to be forgotten)")
        #expect(preview.lines.first?.hasPrefix("line 3: ") == true)
        // The columns as the importer read them, so a wrong guess can be seen before importing.
        #expect(preview.messages.last == "columns: Imię i nazwisko → name, E-mail → email, Telefon → phone, Miasto → city")
        #expect(app.render().text.contains("Preview (csv · UTF-8): nothing has been saved yet."))
        app.send(.enter)
        #expect(app.importDialog == nil)
        // One commit: the two people and the import record.
        #expect(f.store.lastSeq == before + 3)
        let new = try f.store.history(contact: nil).suffix(3).map(\.event)
        #expect(new.filter { if case .imported(_, 2, 0, 1) = $0 { return true }; return false }.count == 1)
        #expect(new.filter { if case .contactAdded = $0 { return true }; return false }.count == 2)
        // 2026-01-15 + 1 month is a Sunday: the notice is due on Monday.
        #expect(app.status?.text == "saved: 2 added, 0 updated, 1 rejected, 0 skipped (asked to be forgotten); tell 2 people where their data came from by 2026-02-16 (zgoda notice list)")
        let names = Set(f.store.state.contacts.values.map(\.name))
        #expect(names.isSuperset(of: ["Żaneta Wąs", "Marek Źdźbło"]) && !names.contains("Jerzy Ćwik"))
        #expect(app.list.total == 7)
        #expect(app.list.selectedID == selected)
    }

    /// The whole path in the app: a sheet whose comment column was not recognised and whose
    /// second row is someone already held; the user reads the comment as notes and updates the
    /// person, seeing each choice in the preview before saving once.
    @Test func correctingColumnsAndUpdatingWhoIsAlreadyHeld() throws {
        let f = try Fixture()
        try f.write("sheet.csv", "Name,E-mail,Uwagi klienta\nNowa Osoba,nowa@example.pl,dzwonić rano\nŁucja Ż.,lucja.zak@example.pl,VIP\n")
        var app = f.app(rows: 30, cols: 100)
        app.send(.char("I"))
        app.type("sheet.csv")
        app.send(.enter)
        var screen = app.render().text
        #expect(screen.contains("1 added, 0 updated, 0 rejected, 0 skipped"))
        #expect(screen.contains("Already in Zgoda (same e-mail or phone): 1 record, skipped."))
        #expect(screen.contains("Enter import  d already held: skip/update/add  c columns  Esc back"))
        #expect(screen.contains("Uwagi klienta → ignore"))

        app.send(.char("c"))
        screen = app.render().text
        #expect(screen.contains("Columns of sheet.csv"))
        #expect(screen.contains("▸ Name") && screen.contains("→ name"))
        app.send(.end)
        for _ in 0..<2 { app.send(.left) }
        #expect(app.importDialog?.editedRoles.last == .field(.notes))
        #expect(app.render().text.contains("→ notes   (was ignore)"))
        app.send(.enter)
        #expect(app.importDialog?.step == .preview)
        #expect(app.importDialog?.messages.last == "columns: Name → name, E-mail → email, Uwagi klienta → notes (yours)")

        app.send(.char("d"))
        screen = app.render().text
        #expect(screen.contains("1 added, 1 updated, 0 rejected, 0 skipped"))
        #expect(screen.contains("Already in Zgoda (same e-mail or phone): 1 record, updated."))
        let before = f.store.lastSeq
        app.send(.enter)
        #expect(app.importDialog == nil)
        #expect(app.status?.text == "saved: 1 added, 1 updated, 0 rejected, 0 skipped (asked to be forgotten); tell 1 person where their data came from by 2026-02-16 (zgoda notice list)")
        #expect(f.store.lastSeq > before)
        #expect(try f.store.contact("pl000005").details.notes == "VIP")
        #expect(try f.store.contact("pl000005").details.name == "Łucja Ż.")
        let added = try #require(f.store.state.contacts.values.first { $0.details.email == "nowa@example.pl" })
        #expect(added.details.notes == "dzwonić rano")
    }

    @Test func aMissingFileIsSaidInTheDialogAndNothingIsWritten() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("I"))
        app.type("brak.csv")
        let before = f.store.lastSeq
        app.send(.enter)
        #expect(f.store.lastSeq == before)
        #expect(app.importDialog?.step == .file)
        #expect(app.importDialog?.error == "cannot read \(f.root)/brak.csv: no such file")
        app.send(.escape)
        #expect(app.importDialog == nil)
    }
}
