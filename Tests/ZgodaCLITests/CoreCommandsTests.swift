import Foundation
import Testing

@Suite("CLI: contacts, consents, history")
struct CoreCommandsTests {
    @Test func contactShowJSONIsExact() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Zażółć Gęślą-Jaźń", "--email", "zazolc@example.pl",
                            "--city", "Łódź", "--tag", "vip", "--tag", "targi", "--notes", "Woli kontakt mailowy.")
        #expect(id.count == 8 && !id.contains(" "))
        try cli.ok("consent", "grant", id, "email-marketing", "--source", "phone", "--evidence", "rozmowa 12")
        let json = try cli.ok("contact", "show", id, "--format", "json")
        #expect(json == """
        {
          "id": "\(id)",
          "name": "Zażółć Gęślą-Jaźń",
          "email": "zazolc@example.pl",
          "phone": null,
          "company": null,
          "position": null,
          "city": "Łódź",
          "tags": [
            "vip",
            "targi"
          ],
          "notes": "Woli kontakt mailowy.",
          "anonymized": false,
          "created": "2026-01-15T10:00:00Z",
          "updated": "2026-01-15T10:00:00Z",
          "origin": {
            "kind": "entered",
            "detail": null,
            "fromPerson": true,
            "noticeDue": null,
            "noticeGiven": null
          },
          "consents": [
            {
              "purpose": "email-marketing",
              "status": "granted",
              "version": 1,
              "source": "phone",
              "at": "2026-01-15T10:00:00Z",
              "evidence": "rozmowa 12"
            },
            {
              "purpose": "phone-marketing",
              "status": "none",
              "version": null,
              "source": null,
              "at": null,
              "evidence": null
            },
            {
              "purpose": "profiling",
              "status": "none",
              "version": null,
              "source": null,
              "at": null,
              "evidence": null
            },
            {
              "purpose": "partners",
              "status": "none",
              "version": null,
              "source": null,
              "at": null,
              "evidence": null
            }
          ]
        }
        """)
    }

    @Test func consentListAndHistoryJSONAreExact() throws {
        var cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Jan Kowalski", "--phone", "+48 600 100 200")
        cli.environment["ZGODA_NOW"] = "2026-01-16T08:30:00Z"
        try cli.ok("contact", "edit", id, "--city", "Kraków", "--phone", "+48 600 999 000")
        try cli.ok("consent", "refuse", id, "profiling", "--source", "paper")
        try cli.ok("consent", "grant", id, "phone-marketing", "--source", "in-person", "--expires", "2027-01-16")
        let consents = try cli.ok("consent", "list", id, "--format", "json")
        #expect(consents.contains("""
          {
            "purpose": "phone-marketing",
            "title": "Phone marketing",
            "status": "granted",
            "version": 1,
            "source": "in-person",
            "at": "2026-01-16T08:30:00Z",
            "evidence": null,
            "expires": "2027-01-16T00:00:00Z"
          },
        """))
        #expect(consents.contains("\"status\": \"refused\""))

        let history = try cli.ok("history", id, "--format", "json")
        #expect(history == """
        [
          {
            "seq": 6,
            "at": "2026-01-15T10:00:00Z",
            "operator": "anna",
            "kind": "contact.add",
            "contact": "\(id)",
            "summary": "added contact Jan Kowalski",
            "changes": [
              {
                "field": "name",
                "old": null,
                "new": "Jan Kowalski"
              },
              {
                "field": "phone",
                "old": null,
                "new": "+48 600 100 200"
              }
            ]
          },
          {
            "seq": 7,
            "at": "2026-01-16T08:30:00Z",
            "operator": "anna",
            "kind": "contact.edit",
            "contact": "\(id)",
            "summary": "edited phone, city",
            "changes": [
              {
                "field": "phone",
                "old": "+48 600 100 200",
                "new": "+48 600 999 000"
              },
              {
                "field": "city",
                "old": "",
                "new": "Kraków"
              }
            ]
          },
          {
            "seq": 8,
            "at": "2026-01-16T08:30:00Z",
            "operator": "anna",
            "kind": "consent.refuse",
            "contact": "\(id)",
            "summary": "refused profiling v1 via paper",
            "changes": [
              {
                "field": "profiling",
                "old": "none",
                "new": "refused"
              }
            ]
          },
          {
            "seq": 9,
            "at": "2026-01-16T08:30:00Z",
            "operator": "anna",
            "kind": "consent.grant",
            "contact": "\(id)",
            "summary": "granted phone-marketing v1 via in-person",
            "changes": [
              {
                "field": "phone-marketing",
                "old": "none",
                "new": "granted"
              },
              {
                "field": "expires",
                "old": null,
                "new": "2027-01-16T00:00:00Z"
              }
            ]
          }
        ]
        """)
        let all = try cli.ok("history", "--format", "json")
        #expect(all.hasPrefix("[\n  {\n    \"seq\": 1,"))
        #expect(all.contains("\"kind\": \"directory.create\""))
    }

    @Test func listSearchIsCaseAndDiacriticInsensitive() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let a = try cli.ok("contact", "add", "--name", "Łucja Żółć", "--city", "Łódź")
        let b = try cli.ok("contact", "add", "--name", "Piotr Nowak", "--company", "Łódzkie Zakłady")
        _ = try cli.ok("contact", "add", "--name", "Anna Kowalska", "--city", "Kraków")
        try cli.ok("consent", "grant", b, "email-marketing", "--source", "email")
        #expect(try cli.ok("contact", "list", "--query", "zolc", "--format", "ids") == a)
        // Both match at a word start outside the name; within a rank, name order.
        #expect(try cli.ok("contact", "list", "--query", "LODZ", "--format", "ids") == "\(a)\n\(b)")
        #expect(try cli.ok("contact", "list", "--consent", "email-marketing=granted", "--format", "ids") == b)
        let json = try cli.ok("contact", "list", "--query", "kowalska", "--format", "json")
        #expect(json.hasPrefix("[\n  {\n    \"id\": "))
        #expect(json.contains("\"name\": \"Anna Kowalska\""))
        let table = try cli.ok("contact", "list")
        #expect(table.contains("Łucja Żółć"))
        #expect(table.hasSuffix("3 contacts"))
    }

    @Test func listingIDsFromTheSavedIndexAgreesWithTheStoreAndForgets() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let a = try cli.ok("contact", "add", "--name", "Łucja Żółć", "--city", "Łódź")
        let b = try cli.ok("contact", "add", "--name", "Łukasz Żółtek", "--email", "lukasz@zoltek-unikat.pl")
        let cache = cli.dataDir + "/search.zc"
        #expect(!FileManager.default.fileExists(atPath: cache))
        // The first listing opens the store and saves the index; the second answers from it.
        let first = try cli.ok("contact", "list", "--query", "zol", "--format", "ids")
        #expect(FileManager.default.fileExists(atPath: cache))
        #expect(first == "\(a)\n\(b)")
        #expect(try cli.ok("contact", "list", "--query", "zol", "--format", "ids") == first)
        #expect(try cli.ok("contact", "list", "--format", "ids") == first)
        // A change makes it stale: the new person shows at once.
        let c = try cli.ok("contact", "add", "--name", "Zofia Żołądź")
        #expect(try cli.ok("contact", "list", "--query", "zol", "--format", "ids") == "\(a)\n\(b)\n\(c)")
        // A damaged file is ignored.
        try Data("rubbish".utf8).write(to: URL(fileURLWithPath: cache))
        #expect(try cli.ok("contact", "list", "--query", "zol", "--format", "ids") == "\(a)\n\(b)\n\(c)")
        // Erasure removes it, and the person is no longer found by their old name.
        _ = try cli.ok("contact", "list", "--query", "zol", "--format", "ids")
        #expect(FileManager.default.fileExists(atPath: cache))
        try cli.ok("anonymize", b, "--yes")
        #expect(!FileManager.default.fileExists(atPath: cache))
        #expect(try cli.ok("contact", "list", "--query", "zoltek", "--format", "ids") == "")
        #expect(try cli.ok("contact", "list", "--query", "zoltek", "--format", "ids") == "")
    }

    @Test(arguments: [
        (["contact", "add", "--name", ""], "zgoda: error: invalid name: a contact needs a name\n"),
        (["contact", "add", "--email", "a@b.pl"], "zgoda: error: invalid name: a contact needs a name (--name)\n"),
        (["contact", "add", "--name", "X", "--email", "nie-mail"], "zgoda: error: invalid email: 'nie-mail' is not an e-mail address (expected name@example.com)\n"),
        (["contact", "add", "--name", "X", "--phone", "12ab"], "zgoda: error: invalid phone: '12ab' is not a phone number (digits, spaces, +, -, parentheses; 6 to 15 digits)\n"),
        (["contact", "edit", "nope", "--name", "X"], "zgoda: error: no contact with id 'nope' (see 'zgoda contact list')\n"),
        (["contact", "show", "nope"], "zgoda: error: no contact with id 'nope' (see 'zgoda contact list')\n"),
        (["consent", "list", "nope"], "zgoda: error: no contact with id 'nope' (see 'zgoda contact list')\n"),
        (["history", "nope"], "zgoda: error: no contact with id 'nope' (see 'zgoda contact list')\n"),
        (["contact", "list", "--consent", "golf=granted"], "zgoda: error: no purpose 'golf' (see 'zgoda purpose list')\n"),
        (["purpose", "add", "Bad Id", "--title", "T"], "zgoda: error: invalid id: 'Bad Id' must be lowercase letters, digits and dashes, starting with a letter\n"),
        (["purpose", "add", "profiling", "--title", "T"], "zgoda: error: a purpose 'profiling' already exists\n"),
        (["purpose", "edit", "golf", "--title", "T"], "zgoda: error: no purpose 'golf' (see 'zgoda purpose list')\n"),
    ])
    func errorsAreOneLineAndChangeNothing(args: [String], message: String) throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        _ = try cli.ok("contact", "add", "--name", "Existing")
        let before = try cli.ok("history", "--format", "json")
        let r = try cli.run(args)
        #expect(r.status == 1)
        #expect(r.stderr == message)
        #expect(r.stdout.isEmpty)
        #expect(try cli.ok("history", "--format", "json") == before)
    }

    @Test func consentErrorsNameTheProblem() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Anna")
        var r = try cli.run("consent", "grant", id, "golf", "--source", "phone")
        #expect(r.status == 1 && r.stderr == "zgoda: error: no purpose 'golf' (see 'zgoda purpose list')\n")
        r = try cli.run("consent", "grant", "nope", "profiling", "--source", "phone")
        #expect(r.status == 1 && r.stderr == "zgoda: error: no contact with id 'nope' (see 'zgoda contact list')\n")
        r = try cli.run("consent", "grant", id, "profiling", "--source", "pigeon")
        #expect(r.status != 0 && r.stderr.contains("pigeon"))
        r = try cli.run("consent", "grant", id, "profiling", "--source", "phone", "--expires", "2026-13-01")
        #expect(r.status == 1 && r.stderr == "zgoda: error: invalid expires: '2026-13-01' is not a date (YYYY-MM-DD)\n")
    }

    @Test func verifyPrintsTheHeadAndFailsOnDamage() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        _ = try cli.ok("contact", "add", "--name", "Anna")
        let out = try cli.ok("verify", "--format", "json")
        #expect(out.contains("\"ok\": true"))
        #expect(out.contains("\"records\": 6"))
        let journal = cli.dataDir + "/journal/0000000000000001.zj"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        bytes[bytes.count - 100] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: journal))
        let r = try cli.run("verify")
        #expect(r.status == 1)
        #expect(r.stdout.contains("FAIL  journal/0000000000000001.zj: record 6 is damaged (checksum mismatch)"))
    }

    @Test func purposeVersionsAndAdmin() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Anna")
        try cli.ok("consent", "grant", id, "profiling", "--source", "web-form")
        let unstated = try cli.run("purpose", "edit", "profiling", "--description", "Nowy opis.")
        #expect(unstated.status == 1 && unstated.stderr == "zgoda: error: this changes what people are shown, so purpose profiling becomes v2: say whether it needs fresh consent (--material) or is an editorial fix that keeps the consents given (--editorial)\n")
        let editorial = try cli.run("purpose", "edit", "profiling", "--description", "Analysing purchase history and interests to tailor our offers.", "--editorial")
        #expect(editorial.stderr == "zgoda: purpose profiling is now v2, an editorial fix: consents from v1 on stay valid (saved)\n")
        #expect(try cli.ok("consent", "list", id, "--format", "json").contains("\"status\": \"granted\""))
        // A retention change is on the form too: a new version.
        let material = try cli.run("purpose", "edit", "profiling", "--retention", "6m", "--material")
        #expect(material.stderr == "zgoda: purpose profiling is now v3, a material change: earlier consents show as outdated and people must be asked again (saved)\n")
        #expect(try cli.ok("consent", "list", id, "--format", "json").contains("\"status\": \"outdated\""))
        let noTTY = try cli.run("purpose", "edit", "profiling", "--basis", "legitimate-interest", "--material")
        #expect(noTTY.status == 1 && noTTY.stderr == "zgoda: error: switching purpose profiling from consent to legitimate-interest changes what every decision on it stands on; confirm the switch (pass --yes, or answer on a terminal)\n")
        let switched = try cli.run("purpose", "edit", "profiling", "--basis", "legitimate-interest", "--yes")
        #expect(switched.stderr.hasSuffix("zgoda: legal basis switched from consent to legitimate-interest (recorded)\n"))
        // History shows every field of a catalogue change, old → new.
        let edits = try JSONValue(cli.ok("history", "--format", "json")).array.filter { $0["kind"] == "purpose.edit" }
        #expect(edits.count == 3)
        #expect(try edits[1]["changes"] == JSONValue.parsed("""
            [{"field": "retention", "old": "1y", "new": "6m"}, {"field": "version", "old": "2", "new": "3"},
             {"field": "consents", "old": null, "new": "renewal needed (material change)"}]
            """))
        #expect(edits[0]["summary"] == "changed purpose profiling, now v2 (editorial fix: consents kept)")
        #expect(try edits[2]["changes"]?.array.first == JSONValue.parsed(#"{"field": "legalBasis", "old": "consent", "new": "legitimate-interest"}"#))
        try cli.ok("purpose", "add", "events", "--title", "Zaproszenia na wydarzenia", "--basis", "legitimate-interest", "--retention", "6m", "--fields", "name,email")
        let purposes = try cli.ok("purpose", "list", "--format", "json")
        #expect(purposes.contains("\"id\": \"events\""))
        #expect(purposes.contains("\"legalBasis\": \"legitimate-interest\""))
        try cli.ok("admin", "set", "--name", "Firma Sp. z o.o.", "--address", "ul. Długa 1, 80-001 Gdańsk", "--email", "iod@firma.pl")
        #expect(try cli.ok("admin", "show", "--format", "json") == """
        {
          "name": "Firma Sp. z o.o.",
          "address": "ul. Długa 1, 80-001 Gdańsk",
          "email": "iod@firma.pl",
          "dpo": null
        }
        """)
        try cli.ok("admin", "set", "--email", "rodo@firma.pl", "--dpo", "Iwona Kęs")
        let sets = try JSONValue(cli.ok("history", "--format", "json")).array.filter { $0["kind"] == "admin.set" }
        #expect(try sets.last?["changes"] == JSONValue.parsed("""
            [{"field": "email", "old": "iod@firma.pl", "new": "rodo@firma.pl"}, {"field": "dpo", "old": null, "new": "Iwona Kęs"}]
            """))
    }
}
