import Foundation
import Testing
@testable import ZgodaCore

/// The column sets of the common exports, the multi-value cells they write, and `--map`.
@Suite struct ColumnMappingTests {
    static func people(_ csv: String, options: ImportOptions = ImportOptions()) throws -> [ContactDetails] {
        try CSVImportReader.read(Array(csv.utf8), purposes: [], options: options).candidates.map(\.details)
    }

    /// Outlook: `Title` is the salutation; the position is `Job Title`. Second and third
    /// e-mails are kept in the notes, as Google's are; Categories `A;B` are two tags.
    @Test func outlookEnglish() throws {
        let csv = "Title,First Name,Middle Name,Last Name,Company,Job Title,Business City,Home City,Business Phone,Mobile Phone,E-mail Address,E-mail 2 Address,E-mail 3 Address,Categories,Notes\n"
            + "Mr.,John,,Smith,Contoso,Sales Manager,Seattle,Redmond,+1 425 555 0100,+1 425 555 0199,john@contoso.com,js@home.example,john.smith@example.org,Customers;VIP,Met at the fair\n"
            + "Mrs.,Ann,,Lee,,,,Boston,,,ann@example.com,,,,\n"
        #expect(try Self.people(csv) == [
            ContactDetails(name: "John Smith", email: "john@contoso.com", phone: "+14255550199", company: "Contoso", position: "Sales Manager",
                           city: "Seattle", tags: ["Customers", "VIP"],
                           notes: "Met at the fair\nOther e-mail: js@home.example\nOther e-mail: john.smith@example.org\nOther phone: +14255550100"),
            ContactDetails(name: "Ann Lee", email: "ann@example.com", city: "Boston"),
        ])
        // Without a position column of its own, Title is the position.
        #expect(try Self.people("Name,Title\nJan,Prezes\n").map(\.position) == ["Prezes"])
    }

    @Test func outlookGermanAndPolish() throws {
        let de = "Anrede;Vorname;Nachname;Firma;Position;Ort geschäftlich;Telefon geschäftlich;Mobiltelefon;E-Mail-Adresse;E-Mail 2: Adresse;Kategorien;Notizen\n"
            + "Herr;Jürgen;Groß;Müller GmbH;Vertrieb;Düsseldorf;0211/123456;0171-9394461;jg@mueller.de;j@gross.de;Kunden;Rückruf\n"
        #expect(try Self.people(de) == [ContactDetails(name: "Jürgen Groß", email: "jg@mueller.de", phone: "0171-9394461", company: "Müller GmbH",
                                                       position: "Vertrieb", city: "Düsseldorf", tags: ["Kunden"],
                                                       notes: "Rückruf\nOther e-mail: j@gross.de\nOther phone: 0211/123456")])
        let pl = "Tytuł;Imię;Nazwisko;Firma;Stanowisko;Miejscowość (służbowy);Telefon służbowy;Telefon komórkowy;Adres e-mail;Adres e-mail 2;Kategorie\n"
            + "Pan;Łukasz;Żółw;Ślęża sp. z o.o.;Kierownik;Wrocław;+48 71 555 01 00 wew. 12;+48 600 100 200;lukasz@sleza.pl;lz@example.pl;Targi\n"
        #expect(try Self.people(pl) == [ContactDetails(name: "Łukasz Żółw", email: "lukasz@sleza.pl", phone: "+48600100200", company: "Ślęża sp. z o.o.",
                                                       position: "Kierownik", city: "Wrocław", tags: ["Targi"],
                                                       notes: "Other e-mail: lz@example.pl\nOther phone: +48715550100 ext. 12")])
    }

    /// Google since 2022: no Name column, `Organization Name`, `Labels` with ` ::: ` and system
    /// groups, several e-mails in one cell.
    @Test func google2022() throws {
        let csv = "First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City\n"
            + "Marta,,Nowak,,Navy,Captain,* myContacts ::: Navy ::: * starred,* Work,marta@navy.example ::: m.nowak@example.org,Mobile,+48 500 600 700 ::: +48 22 555 01 00,Gdynia\n"
        #expect(try Self.people(csv) == [ContactDetails(name: "Marta Nowak", email: "marta@navy.example", phone: "+48500600700", company: "Navy",
                                                        position: "Captain", city: "Gdynia", tags: ["Navy"],
                                                        notes: "Other e-mail: m.nowak@example.org\nOther phone: +48225550100")])
    }

    @Test func thunderbird() throws {
        let csv = "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,Home Phone,Mobile Number,Work City,Home City,Job Title,Organization,Notes\n"
            + "Ewa,Kot,Ewa Kot,,ewa@example.pl,ewa.kot@example.com,+48 22 555 01 00,,+48 601 200 300,Warszawa,Łódź,Analityk,Bank,\n"
        #expect(try Self.people(csv) == [ContactDetails(name: "Ewa Kot", email: "ewa@example.pl", phone: "+48601200300", company: "Bank",
                                                        position: "Analityk", city: "Warszawa",
                                                        notes: "Other e-mail: ewa.kot@example.com\nOther phone: +48225550100")])
    }

    /// LinkedIn writes a few lines of notes above its header.
    @Test func linkedInConnections() throws {
        let csv = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Anna,Wiśniewska,https://www.linkedin.com/in/aw,anna@example.com,Allegro,CTO,01 Dec 2026\n"
        let parsed = try CSVImportReader.read(Array(csv.utf8), purposes: [])
        #expect(parsed.candidates.map(\.details) == [ContactDetails(name: "Anna Wiśniewska", email: "anna@example.com", company: "Allegro", position: "CTO")])
        #expect(parsed.candidates.map(\.location) == [.line(5)])
    }

    @Test func crmExports() throws {
        let hubspot = "Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,Job Title,City,Lifecycle Stage\n"
            + "101,Piotr,Zieliński,piotr@example.pl,+48 22 555 01 00,+48 602 300 400,Firma,Handlowiec,Poznań,lead\n"
        #expect(try Self.people(hubspot) == [ContactDetails(name: "Piotr Zieliński", email: "piotr@example.pl", phone: "+48225550100", company: "Firma",
                                                            position: "Handlowiec", city: "Poznań", notes: "Other phone: +48602300400")])
        let livespace = "Imię;Nazwisko;E-mail;Telefon;Firma;Stanowisko;Miasto;Tagi;Opis\n"
            + "Zofia;Kowal;zofia@example.pl;601 100 200;Kowal i S-ka;Prezes;Kraków;vip, targi;Stała klientka\n"
        #expect(try Self.people(livespace) == [ContactDetails(name: "Zofia Kowal", email: "zofia@example.pl", phone: "+48601100200", company: "Kowal i S-ka",
                                                              position: "Prezes", city: "Kraków", tags: ["vip", "targi"], notes: "Stała klientka")])
    }

    /// Rows shorter than the header are padded; only an e-mail column is enough.
    @Test func shortRowsAndEmailOnly() throws {
        let parsed = try CSVImportReader.read(Array("Name,Email,Phone,City\nJan,jan@example.pl\nEwa\n".utf8), purposes: [])
        #expect(parsed.problems.isEmpty)
        #expect(parsed.candidates.map(\.details.name) == ["Jan", "Ewa"])
        let only = try CSVImportReader.read(Array("E-mail Address\ntest1@domain.tld\n".utf8), purposes: [])
        #expect(only.candidates.map(\.details) == [ContactDetails(name: "test1@domain.tld", email: "test1@domain.tld")])
        #expect(only.candidates.map(\.warnings) == [["no name; named after the e-mail"]])
    }

    /// Names from what a person has: the nickname, else the organisation, else the e-mail.
    @Test func namedFromWhatTheyHave() throws {
        let csv = "Name,Nickname,Company,Email\n,Kuba,Firma,k@example.pl\n,,Firma,f@example.pl\n,,,e@example.pl\n,,,\n"
        let parsed = try CSVImportReader.read(Array(csv.utf8), purposes: [])
        #expect(parsed.candidates.map(\.details.name) == ["Kuba", "Firma", "e@example.pl"])
        #expect(parsed.candidates.map(\.warnings) == [["no name; named after the nickname"], ["no name; named after the organisation"],
                                                      ["no name; named after the e-mail"]])
    }

    /// `--map` corrects a guess, and the mapping is reported.
    @Test func mapOverridesTheGuess() throws {
        let csv = "Name,Work Phone,Mobile,Comment\nJan,+48 22 555 01 00,+48 600 100 200,VIP\n"
        let options = ImportOptions(columns: [try ImportOptions.parseMap("Work Phone=phone"), try ImportOptions.parseMap("comment=notes")])
        let parsed = try CSVImportReader.read(Array(csv.utf8), purposes: [], options: options)
        #expect(parsed.candidates.map(\.details) == [ContactDetails(name: "Jan", phone: "+48225550100", notes: "VIP\nOther phone: +48600100200")])
        #expect(parsed.columns.map(\.text) == ["Name → name", "Work Phone → phone (--map)", "Mobile → phone", "Comment → notes (--map)"])
        #expect(throws: ZgodaError.invalidInput("--map: no column 'Fax' in the file (columns: Name, Work Phone, Mobile, Comment)")) {
            try CSVImportReader.read(Array(csv.utf8), purposes: [], options: ImportOptions(columns: [("Fax", .field(.phone))]))
        }
        #expect(throws: ZgodaError.self) { try ImportOptions.parseMap("Fax=telefax") }
        #expect(throws: ZgodaError.self) { try ImportOptions.parseMap("no equals sign") }
        #expect(try ImportOptions.parseMap("Zgoda=consent:partners").role == .consent("partners"))
    }
}
