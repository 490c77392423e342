import Foundation
import Testing
@testable import ZgodaCore

/// The 38 contact files exported by real programs (../shared/conformance/realworld-contacts,
/// SOURCES.md says where each comes from): each imports completely, into exactly the people a
/// person reading the file would expect. The e-mails and phones are the kept one, then those
/// the notes hold ("Other e-mail: …"), in the order the importer prefers them.
@Suite struct RealWorldContactsTests {
    static let expected: [String: [Person]] = [
        "android_v21_complicated.vcf": [
            Person("Joe Due", emails: ["forrestgump@walladalla.com", "cell@example.com"], phones: ["(111) 555-1212", "(404) 555-1212", "0311111111", "0322222222", "0333333333"], company: "Gump Shrimp Co.", city: "Baytown"),
        ],
        "android_v21_japanese_2.vcf": [
            Person("安藤 ロイド 1"),
        ],
        "android_v30_ios_613_multiline.vcf": [
            Person("Bob Smith", emails: ["bob@smithauto.com"], phones: ["(650) 555-1212"], company: "Smith Auto Repair"),
        ],
        "ezvcard_John_Doe_ANDROID.vcf": [
            Person("jane.doe@company.com", emails: ["jane.doe@company.com"]),
            Person("john.doe@company.com", emails: ["john.doe@company.com"]),
            Person("Ñ Ñ Ñ Ñ", emails: ["bob@company.com", "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ"], phones: ["123456"], company: "ÑÑÑÑÑÑÑÑÑÑÑÑ"),
            Person("Ñ Ñ Ñ Ñ Ñ", phones: ["+48123456789"]),
            Person("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", phones: ["123456", "234567", "3456789", "45678901"]),
            Person("ÑÑÑÑ", emails: ["henry@company.com"], phones: ["55556666"], company: "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑ"),
        ],
        "ezvcard_John_Doe_BLACK_BERRY.vcf": [
            Person("John Doe", phones: ["+96123456789"], company: "Acme Solutions"),
        ],
        "ezvcard_John_Doe_EVOLUTION.vcf": [
            Person("Mr. John Richter, James Doe Sr.", emails: ["john.doe@ibm.com"], phones: ["905-666-1234", "905-555-1234"], company: "IBM", city: "Albaney"),
        ],
        "ezvcard_John_Doe_IPHONE.vcf": [
            Person("Mr. John Richter James Doe Sr.", emails: ["john.doe@ibm.com"], phones: ["905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234", "905-999-1234", "905-111-1234", "905-222-1234"], company: "IBM", city: "New York"),
        ],
        "ezvcard_John_Doe_LOTUS_NOTES.vcf": [
            Person("Mr. Doe John I Johny", emails: ["john.doe@ibm.com", "billy_bob@gmail.com"], phones: ["+121220434456", "+12125557777"], company: "IBM", city: "New York"),
        ],
        "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf": [
            Person("Mr. John Richter,James Doe Sr.", emails: ["john.doe@ibm.com"], phones: ["905-777-1234", "905-666-1234", "905-555-1234", "905-888-1234", "905-999-1234", "905-111-1234", "905-222-1234"], company: "IBM", city: "New York"),
        ],
        "ezvcard_John_Doe_MS_OUTLOOK.vcf": [
            Person("Mr. John Richter James Doe Sr.", emails: ["john.doe@ibm.cm"], phones: ["(905) 555-1234", "(905) 666-1234"], company: "IBM", city: "Albaney"),
        ],
        "ezvcard_gmail-list.vcf": [
            Person("Arnold Smith", emails: ["asmithk@gmail.com"]),
            Person("Chris Beatle", emails: ["chrisy55d@yahoo.com"]),
            Person("Doug White", emails: ["dwhite@gmail.com"]),
        ],
        "ezvcard_outlook-2007.vcf": [
            Person("Mr. Michael Angstadt Jr.", emails: ["mike.angstadt@gmail.com"], phones: ["(111) 555-1111", "(111) 555-2222", "(111) 555-4444", "(111) 555-3333"], company: "TheCompany", city: "New York"),
        ],
        "ezvcard_rfc2426-example.vcf": [
            Person("Frank Dawson", emails: ["Frank_Dawson@Lotus.com", "fdawson@earthlink.net"], phones: ["+19196769515", "+19196769564"], company: "Lotus Development Corporation", city: "Raleigh"),
            Person("Tim Howes", emails: ["howes@netscape.com"], phones: ["+14159373419", "+14155284164"], company: "Netscape Communications Corp.", city: "Mountain View"),
        ],
        "ezvcard_rfc6350-example.vcf": [
            Person("Simon Perreault", emails: ["simon.perreault@viagenie.ca"], phones: ["+14186569254 ext. 102", "+14182626501"], company: "Viagenie", city: "Quebec"),
        ],
        "ezvcard_thunderbird-MoreFunctionsForAddressBook-extension.vcf": [
            Person("John Doe", emails: ["doe.john@hotmail.com", "additional-email@company.com", "additional-email1@company.com", "additional-email2@company.com", "additional-email3@company.com"], phones: ["555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"], company: "TheOrganization", city: "New York"),
        ],
        "gpcsolutions_outlook.csv": [
            Person("Adam Glacius", emails: ["adam.glacius@anycom.com", "adam.g@example.com", "ag@glacius.com"], phones: ["+155532278544", "+155532278547", "+155532278545", "+155532278546", "+155532278548"], company: "Acme Inc."),
            Person("Daniel Ireland", emails: ["danielireland@restty.com"], phones: ["+155532278543"]),
            Person("Duncan Amey", emails: ["duncanamey@dreamt.com"], phones: ["+155532278543"]),
        ],
        "kcontacts_testfullvcard.vcf": [
            Person("Sherlock Holmes", emails: ["detective@sherlockholmes.com", "sherlock.holmes@gmail.com"], phones: ["+445555555555 ext. 5555", "+445555556666", "+445555557777"], city: "London"),
        ],
        "kcontacts_vcard10.vcf": [
            Person("Bike Shop", company: "Bike Shop"),
            Person("Dr. med. Surname Name"),
            Person("Field after Address broken", city: "Urt"),
            Person("Field after Address not broken", city: "Urt"),
            Person("Second Doctor"),
        ],
        "kcontacts_vcard9.vcf": [
            Person("βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1"),
        ],
        "khard_korean-c.vcf": [
            Person("최유림"),
        ],
        "monica_vcard_stub.vcf": [
            Person("Bono", emails: ["bono@example.com"], phones: ["+12025550191"], company: "U2"),
            Person("John Doe", emails: ["john.doe@example.com"]),
            Person("Johnny", city: "Southampton"),
        ],
        "remulous_google_contacts.csv": [
            Person("Jerry Mathis", emails: ["jerry@example.com"], phones: ["(757) 555-0101"], company: "Example Partners"),
            Person("Zoë, Smith", emails: ["zoe@example.com"], company: "Unicode Works"),
        ],
        "roundcube_Csv2vcard_all.csv": [
            Person("Display Name", emails: ["work@example.com", "home@example.com", "other@example.com"], phones: ["600", "500", "300", "100", "200", "400", "900", "333", "444"], company: "Company", city: "Work City"),
        ],
        "roundcube_Csv2vcard_gmail.csv": [
            Person("Prefix Firstname Middle Lastname Suffix", emails: ["home@aaa.pl", "work@email.pl", "unknown@email.com", "other@email.com"], phones: ["pager", "mainphone", "homephone", "homefax", "mobile", "workphone", "workfax"], company: "company", city: "home_city"),
        ],
        "roundcube_Csv2vcard_outlook.csv": [
            Person("test1@domain.tld", emails: ["test1@domain.tld", "test2@domain.tld", "test3@domain.tld"]),
        ],
        "roundcube_apple.vcf": [
            Person("Apple Computer AG", company: "Apple Computer AG", city: "Wallisellen-Zürich"),
        ],
        "roundcube_johndoe.vcf": [
            Person("John Doë", emails: ["roundcube@gmail.com", "inbox@roundcube.net"], phones: ["+123456789", "+987654321"], company: "roundcube.net", city: "Hometown"),
        ],
        "roundcube_thebat.vcf": [
            Person("Piotr Iksiński", emails: ["piotr.iksinski@somedomain.com"]),
        ],
        "roundcube_utf-16_sample.vcf": [
            Person("Ǽgean ĽdaMonté", city: "LaPaz"),
        ],
        "thunderbird_export.csv": [
            Person("contact number one", emails: ["contact1@invalid"]),
            Person("contact number two", emails: ["contact2@invalid"]),
        ],
        "thunderbird_export.vcf": [
            Person("contact number one", emails: ["contact1@invalid"]),
            Person("contact number two", emails: ["contact2@invalid"]),
        ],
        "tine20_HerrFalkMuenchen.vcf": [
            Person("München, Falk", emails: ["falk.muenchoen@landtag.xyz.de"], phones: ["12212/1212", "0171-9394461"], city: "Bad Vilbel"),
        ],
        "tine20_contacts.vcf": [
            Person("alex spass", emails: ["alex@spass.net"], phones: ["+49732121258035", "+4913232153769"], city: "Eisenhüttenstadt"),
            Person("jan gerber", emails: ["gerber.jan@web.de", "gerber@home.org"], phones: ["0123233838592"]),
        ],
        "tine20_google_contacts.csv": [
            Person("Ando", phones: ["+49227913452"]),
            Person("Anna", phones: ["+494471707801"]),
            Person("Anne", phones: ["01235684494"]),
            Person("Bus Winsen", phones: ["021224351809"], city: "Winsen"),
            Person("axel", emails: ["abc@here.de"], phones: ["+4921234435"]),
        ],
        "tine20_importtest_outlook2013.csv": [
            Person("Christian Baumann", emails: ["c.baumann@unittest.de"], phones: ["+49406432131550"], company: "unittest", city: "Hamburg"),
            Person("Cornelius Weiß", emails: ["c.weiss@unittest.de"], phones: ["0176 164321545", "040 6432131545"], company: "unittest"),
        ],
        "tine20_importtest_win1252.csv": [
            Person("Maja Biene", emails: ["maja.biene@bienenstock.de"]),
            Person("Peter Pan", emails: ["peter.pan@ecologic.eu"]),
            Person("Weiss Cornelius", emails: ["c.weiss@metaways.de"]),
            Person("ÖzdemirÖ Üglü", emails: ["oezdemir@ueglue.tu"]),
        ],
        "tine20_rcube_contacts-3.vcf": [
            Person("Some.One@telekom.de", emails: ["some.one@mytine.de"]),
            Person("der", emails: ["der.der@mytine.de"]),
        ],
        "tine20_sogo_connector.vcf": [
            Person("Lars Kneschke", emails: ["l.kneschke@metaways.de", "lars@kneschke.de"], phones: ["+49 BUSINESS", "+49 PRIVAT", "+49 MOBIL", "+49 FAX", "+49 PAGER"], company: "Organisation", city: "City Business"),
        ],
    ]

    @Test func theSuiteIsThere() {
        #expect(RealWorldFiles.present, "the real-world contact files are missing: expected them at \(RealWorldFiles.folder) (../shared/conformance/realworld-contacts beside the package)")
        #expect(RealWorldFiles.names == Self.expected.keys.sorted(), "every file in the suite needs its expectation here")
    }

    @Test(arguments: expected.keys.sorted())
    func importsThePeopleItHolds(_ file: String) throws {
        let path = RealWorldFiles.folder + "/" + file
        try #require(FileManager.default.fileExists(atPath: path), "missing \(path): the real-world suite must sit at ../shared/conformance/realworld-contacts beside the package")
        let t = try TempStore()
        let report = try Importer.run(store: t.store, file: path)
        #expect(report.rejected == 0, "\(file): \(report.lines)")
        let people = t.store.state.contacts.values.map { Person($0.details) }.sorted { $0.name < $1.name }
        #expect(people == Self.expected[file], "\(file)")
    }
}
