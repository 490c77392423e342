import Foundation
import Testing
import ZgodaCore

/// Hostile values through the built binary: tables, lines and `zgoda:` messages carry no escape
/// byte, no C1 control and no bidi override, while `--format json` gives back the exact value.
@Suite struct HostileDataCommandTests {
    /// Each value with what its table shows. Invalid UTF-8 reaches the binary as U+FFFD.
    static let values: [(value: String, shown: String)] = [
        ("CSI\u{1b}[2J\u{1b}[Hclear", "CSI␛[2J␛[Hclear"),
        ("OSC\u{1b}]0;PWNED\u{07}title", "OSC␛]0;PWNED␇title"),
        ("C1\u{9b}31m\u{9d}0;x\u{9c}end", "C1\u{FFFD}31m\u{FFFD}0;x\u{FFFD}end"),
        ("Bell\u{07}Bs\u{08}Cr\rCrLf\r\nEnd", "Bell␇Bs␈Cr␍CrLf␍␊End"),
        ("Bidi\u{202E}abc\u{202C}\u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}.", "Bidi\u{FFFD}abc\u{FFFD}\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}."),
        (String(decoding: [0x42, 0x61, 0x64, 0xFF, 0x75, 0x74, 0x66], as: UTF8.self), "Bad\u{FFFD}utf"),
    ]

    /// Nothing in `text` can drive a terminal: no ESC byte, no C0 control but the line feed,
    /// no C1 control, no bidi formatting character.
    func expectInert(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.utf8.contains(0x1B), "\(what): ESC", sourceLocation: sourceLocation)
        let bad = text.unicodeScalars.filter { u in
            (u.value < 0x20 && u != "\n") || (0x7F..<0xA0).contains(u.value) || [0x061C, 0x200E, 0x200F].contains(u.value)
                || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
        }
        #expect(bad.isEmpty, "\(what): \(bad.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    /// A directory with one contact per hostile value (name, city, tag, notes and consent
    /// evidence all hostile); returns the ids in order.
    func seeded(_ z: ZgodaRunner) throws -> [String] {
        try #require(try z.run("admin", "set", "--name", "Firma", "--address", "ul. Prosta 1").exitCode == 0)
        return try Self.values.map { v in
            let added = try z.run("contact", "add", "--name", v.value, "--email", "evil@example.com", "--city", v.value,
                                  "--tag", v.value, "--notes", v.value)
            try #require(added.exitCode == 0, "\(added.stderr)")
            let id = added.stdout.trimmingCharacters(in: .newlines)
            try #require(try z.run("consent", "grant", id, "email-marketing", "--source", "phone", "--evidence", v.value).exitCode == 0)
            return id
        }
    }

    @Test func tablesAndHistoryShowPlaceholders() throws {
        let z = try ZgodaRunner()
        let ids = try seeded(z)
        let list = try z.run("contact", "list")
        expectInert(list.stdout + list.stderr, "contact list")
        for v in Self.values { #expect(list.stdout.contains(v.shown)) }
        // Every row's e-mail column starts at the header's display column.
        let columns = list.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard let r = line.range(of: "evil@example.com") ?? line.range(of: "E-mail / phone") else { return nil }
            return DisplayWidth.of(String(line[..<r.lowerBound]))
        }
        #expect(columns.count == Self.values.count + 1)
        #expect(Set(columns).count == 1)

        let history = try z.run("history")
        expectInert(history.stdout + history.stderr, "history")
        for (id, v) in zip(ids, Self.values) {
            let show = try z.run("contact", "show", id)
            expectInert(show.stdout + show.stderr, "contact show")
            #expect(show.stdout.contains("Name        " + v.shown))
            let one = try z.run("history", id)
            expectInert(one.stdout + one.stderr, "history ID")
            #expect(one.stdout.contains("added contact " + v.shown))
            let consents = try z.run("consent", "list", id)
            expectInert(consents.stdout + consents.stderr, "consent list")
        }
    }

    @Test func jsonGivesBackTheExactValue() throws {
        let z = try ZgodaRunner()
        let ids = try seeded(z)
        for (id, v) in zip(ids, Self.values) {
            let show = try z.run("contact", "show", id, "--format", "json")
            expectInert(show.stdout, "contact show --format json")
            let contact = try JSONValue(show.stdout)
            #expect(contact["name"]?.string == v.value)
            #expect(contact["notes"]?.string == v.value)
            #expect(contact["tags"]?.array == [.string(v.value)])
            #expect(contact["consents"]?.array.first?["evidence"]?.string == v.value)
            let history = try JSONValue(try z.run("history", id, "--format", "json").stdout)
            #expect(history.array.first?["summary"]?.string == "added contact " + v.value)
        }
        let list = try JSONValue(try z.run("contact", "list", "--format", "json").stdout)
        #expect(Set(list.array.compactMap { $0["name"]?.string }) == Set(Self.values.map(\.value)))
    }

    @Test func messagesQuoteWhatWasTypedSafely() throws {
        let z = try ZgodaRunner()
        let shown = try z.run("contact", "show", "\u{1b}]0;PWNED\u{07}\u{9b}2J")
        #expect(shown.exitCode == 1)
        #expect(shown.stderr == "zgoda: error: no contact with id '␛]0;PWNED␇\u{FFFD}2J' (see 'zgoda contact list')\n")
        let id = try z.run("contact", "add", "--name", "Jan").stdout.trimmingCharacters(in: .newlines)
        let purpose = try z.run("consent", "grant", id, "x\u{1b}[2J\u{202E}", "--source", "phone")
        #expect(purpose.exitCode == 1)
        expectInert(purpose.stderr, "unknown purpose")
        #expect(purpose.stderr.contains("x␛[2J\u{FFFD}"))
    }

    @Test func aMegabyteValueIsCutInTablesAndWholeInShowAndJSON() throws {
        let z = try ZgodaRunner()
        // A megabyte name (four thousand letters, each with 125 stacked accents, within the
        // name's limit) and a megabyte of notes (forty thousand family emoji).
        let name = String(repeating: "a" + String(repeating: "\u{0301}", count: 125), count: 4000)
        let notes = String(repeating: "👨‍👩‍👧‍👦", count: 40_000)
        #expect(name.utf8.count > 1_000_000 && notes.utf8.count >= 1_000_000)
        let file = try z.write("big.csv", "Name,Email,Notes\n" + name + ",big@example.com," + notes + "\n")
        let imported = try z.run("import", file)
        try #require(imported.exitCode == 0, "\(imported.stderr)")
        let id = try z.run("contact", "list", "--format", "ids").stdout.trimmingCharacters(in: .newlines)

        let list = try z.run("contact", "list")
        #expect(list.exitCode == 0)
        expectInert(list.stdout, "contact list")
        #expect(list.stdout.utf8.count < 50_000)
        #expect(list.stdout.contains("…"))
        let history = try z.run("history", id)
        expectInert(history.stdout, "history")
        #expect(history.stdout.utf8.count < 50_000)

        let show = try z.run("contact", "show", id)
        expectInert(show.stdout, "contact show")
        #expect(show.stdout.contains(notes) && show.stdout.contains(name))
        let json = try JSONValue(try z.run("contact", "show", id, "--format", "json").stdout)
        #expect(json["name"]?.string == name)
        #expect(json["notes"]?.string == notes)
    }
}
