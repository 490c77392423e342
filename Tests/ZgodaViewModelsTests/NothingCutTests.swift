import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// What the user must read wraps instead of being cut: questions, errors, receipts and the
/// title's count, down to the smallest terminal Zgoda runs in.
@Suite struct NothingCutTests {
    /// The text inside a box (between its side borders), row after row, as one line of words.
    static func boxed(_ g: Grid) -> String {
        let rows = g.text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { row -> String? in
            guard let a = row.firstIndex(of: "│"), let b = row.lastIndex(of: "│"), a < b else { return nil }
            return String(row[row.index(after: a)..<b])
        }
        return words(rows.joined(separator: " "))
    }

    /// Without spaces: a word too long for a line goes on over the next, so line breaks fall anywhere.
    static func words(_ s: String) -> String { SafeText.visible(s).filter { $0 != " " } }

    /// The rows from `first` to the end, as one line of words.
    static func bottom(_ g: Grid, from first: Int) -> String {
        words(g.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(first).joined(separator: " "))
    }

    @Test func theAnonymisePromptIsReadInFullAt50x12() throws {
        let f = try Fixture()
        var app = f.app(rows: 12, cols: 50)
        app.send(.char("/")); app.type("evil"); app.send(.enter)
        app.send(.char("A"))
        let dialog = try #require(app.dialog)
        let text = Self.boxed(app.render())
        for line in dialog.message { #expect(text.contains(Self.words(line)), "\(line)") }
        #expect(text.contains("EnterconfirmEsccancel"))
    }

    /// A refusal in the export or import dialog (the team database's, a file that cannot be
    /// read) is long; the dialog grows to show it whole.
    @Test func dialogErrorsAreReadInFull() throws {
        let f = try Fixture()
        for cols in [50, 80] {
            var app = f.app(rows: 24, cols: cols)
            app.send(.char("x"), .ctrl("u"))
            app.type(f.root + "/no-such-folder-with-a-rather-long-name/and-a-long-file-name.csv")
            app.send(.enter)
            let error = try #require(app.exportDialog?.error)
            #expect(DisplayWidth.of(error) > cols - 8, "the error must be long enough to need wrapping")
            #expect(Self.boxed(app.render()).contains(Self.words(error)), "at \(cols) columns")
            app.send(.escape)

            app.send(.char("I"))
            app.type(f.root + "/no-such-file-anywhere-with-a-rather-long-name-to-read.csv")
            app.send(.enter)
            let importError = try #require(app.importDialog?.error)
            #expect(Self.boxed(app.render()).contains(Self.words(importError)), "at \(cols) columns")
        }
    }

    /// The contact form's own error and a field's error wrap under it instead of being cut
    /// (the team database's "offline: … cannot be reached" names a long address).
    @Test func contactFormErrorsAreReadInFull() throws {
        let offline = "offline: the team database postgres://anna@db.firma-handlowa.example.pl:5432/zgoda_zespol?sslmode=verify-full cannot be reached; trying again"
        let badEmail = "not-an-address-but-a-rather-long-piece-of-text-typed-into-the-field"
        for cols in [50, 80, 120] {
            var m = ContactFormModel(mode: .add)
            m.show(ZgodaError.database(ErrorReason(verbatim: offline)))
            m.show(ZgodaError.invalidValue(field: "email", reason: "'\(badEmail)' is not an e-mail address (expected name@example.com)"))
            var g = Grid(rows: 24, cols: cols)
            ContactFormView.render(m, state: ZgodaState(), into: &g, rect: Rect(row: 0, col: 0, width: cols, height: 24))
            let text = Self.words(g.text.split(separator: "\n").joined(separator: " ")).replacingOccurrences(of: "↳", with: "")
            #expect(text.contains(Self.words(offline)), "at \(cols) columns")
            #expect(text.contains(Self.words("'\(badEmail)' is not an e-mail address (expected name@example.com)")), "at \(cols) columns:\n\(g.text)")
            #expect(text.contains("Name*") && text.contains("Notes"), "every field still shows at \(cols) columns")
        }
    }

    @Test func theTitleKeepsItsCountAt60Columns() throws {
        let f = try Fixture()
        var app = f.app(rows: 24, cols: 60)
        let header = try #require(app.render().text.split(separator: "\n").first)
        #expect(header.contains("Zgoda · Contacts · 5 contacts"))
        app.send(.char("/")); app.type("a")
        let filtered = try #require(app.render().text.split(separator: "\n").first)
        #expect(filtered.contains(" of 5 contacts"))
    }

    @Test func anExportReceiptDoesNotRunIntoTheMatchCount() throws {
        let f = try Fixture()
        var app = f.app(rows: 24, cols: 60)
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("x"), .ctrl("u")); app.type(f.root + "/a-rather-long-folder-name/and-a-long-file-name.csv")
        try FileManagerHelper.mkdir(f.root + "/a-rather-long-folder-name")
        app.send(.enter)
        let status = try #require(app.status?.text)
        #expect(status.hasPrefix("saved: exported 1 contact"))
        let g = app.render()
        let rows = g.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[22].hasSuffix("1 of 5"))
        #expect(Self.words(rows[14..<22].joined(separator: " ")).contains(Self.words(status)))
    }

    @Test func aLongStartupMessageWraps() throws {
        let f = try Fixture()
        let message = "theme: /home/anna/.config/zgoda/themes/moj-bardzo-dlugi-motyw.toml:3: 'kolor' is not a colour (expected a name such as red or #rrggbb); using the default theme"
        var app = AppModel(store: f.store, rows: 24, cols: 60, status: StatusLine(message, isError: true))
        app.workingDirectory = f.root
        #expect(Self.bottom(app.render(), from: 12).contains(Self.words(message)))
    }

    @Test func theExpiryErrorWrapsAt50Columns() throws {
        let f = try Fixture()
        var app = f.app(rows: 20, cols: 50)
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("c"), .char("g"), .char("1"), .enter)
        app.type("2025-01-01"); app.send(.enter)
        let text = Self.boxed(app.render())
        #expect(text.contains(Self.words("the expiry date must be after today (2026-01-15)")))
    }
}

enum FileManagerHelper {
    static func mkdir(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
}
