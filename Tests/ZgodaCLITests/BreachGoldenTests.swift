import Foundation
import Testing

/// The breach register as the command line prints it (table in both languages, JSON), against
/// golden files: open, overdue, closed with and without a notification.
@Suite("CLI: the breach register against golden files")
struct BreachGoldenTests {
    @Test func theRegisterMatchesItsGoldenFiles() throws {
        var cli = CLI(now: "2026-01-15T10:00:00Z")
        defer { cli.cleanUp() }
        let a = try cli.ok("contact", "add", "--name", "Anna Dotknięta")
        _ = try cli.ok("breach", "add", "--what", "laptop z eksportem skradziony", "--people", "12", "--contact", a,
                       "--noticed", "2026-01-12T08:00:00Z", "--measures", "zdalne wymazanie dysku")
        _ = try cli.ok("breach", "add", "--what", "e-mail z listą klientów wysłany do złego odbiorcy", "--people", "40",
                       "--noticed", "2026-01-14T16:30:00Z")
        _ = try cli.ok("breach", "add", "--what", "zgubiony pendrive (szyfrowany)", "--people", "3", "--noticed", "2026-01-15T09:00:00Z")
        _ = try cli.ok("breach", "close", "B1", "--notified", "2026-01-13T10:00:00Z", "--note", "zgłoszono w terminie")
        _ = try cli.ok("breach", "close", "B3", "--note", "dane zaszyfrowane: brak ryzyka")
        // Three days on: B2's 72 hours have passed.
        cli.environment["ZGODA_NOW"] = "2026-01-18T09:00:00Z"
        // The contact's id is random: the files hold a placeholder.
        func list(_ args: String...) throws -> String { try cli.ok(["breach", "list"] + args).replacingOccurrences(of: a, with: "<contact>") + "\n" }
        try CLIGolden.check("breaches.txt", list())
        try CLIGolden.check("breaches.pl.txt", list("--lang", "pl"))
        try CLIGolden.check("breaches.json", list("--format", "json"))
        #expect(try cli.ok("breach", "list", "--format", "json", "--lang", "pl") == (try cli.ok("breach", "list", "--format", "json")))
    }
}
