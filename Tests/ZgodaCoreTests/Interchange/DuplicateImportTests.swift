import Foundation
import Testing
@testable import ZgodaCore

/// Records that match someone already held, by e-mail or normalised phone: skipped by default,
/// or updated, or added, and each said in the report.
@Suite struct DuplicateImportTests {
    static let csv = "Name,Email,Phone,City\nJan Nowak,JAN@example.com,,Gdynia\nJ. Nowak,,0048 600 100 200,Sopot\nEwa Nowa,ewa@example.com,,\n"

    static func setUp() throws -> (TempStore, ContactID, String) {
        let t = try TempStore()
        let id = try t.store.addContact(ContactDetails(name: "Jan Nowak", email: "jan@example.com", phone: "+48 600 100 200", city: "Gdańsk"))
        return (t, id, try t.write("dup.csv", csv))
    }

    @Test func skippedByDefault() throws {
        let (t, id, path) = try Self.setUp()
        let report = try Importer.run(store: t.store, file: path)
        #expect(report.lines == ["1 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten), 2 already in Zgoda (skipped)",
                                 "line 2: duplicate of \(id) (same e-mail): skipped",
                                 "line 3: duplicate of \(id) (same phone): skipped"])
        #expect(try t.store.contact(id).details.city == "Gdańsk")
        #expect(t.store.state.contacts.count == 2)
        #expect(report.json.rendered(pretty: false).contains("\"duplicates\":2"))
    }

    @Test func updated() throws {
        let (t, id, path) = try Self.setUp()
        let report = try Importer.run(store: t.store, file: path, options: ImportOptions(duplicates: .update))
        #expect(report.lines == ["1 added, 2 updated, 0 rejected, 0 skipped (asked to be forgotten)",
                                 "line 2: updated \(id) (same e-mail): city",
                                 "line 3: updated \(id) (same phone): name, city"])
        #expect(try t.store.contact(id).details == ContactDetails(name: "J. Nowak", email: "jan@example.com", phone: "+48 600 100 200", city: "Sopot"))
        // The same number written another way (`0048 600 100 200`) is not an edit.
    }

    @Test func addedAnyway() throws {
        let (t, id, path) = try Self.setUp()
        let report = try Importer.run(store: t.store, file: path, options: ImportOptions(duplicates: .add))
        #expect(report.lines == ["3 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)",
                                 "line 2: duplicate of \(id) (same e-mail): added as a new contact",
                                 "line 3: duplicate of \(id) (same phone): added as a new contact"])
        #expect(t.store.state.contacts.count == 4)
    }

    /// A national number held as typed is the same phone as the E.164 form an import stores.
    @Test func nationalAndInternationalFormsAreOnePhone() throws {
        let t = try TempStore()
        let id = try t.store.addContact(ContactDetails(name: "Anna Lis", phone: "601 202 303"))
        let path = try t.write("lis.csv", "Name,Phone,City\nA. Lis,+48 601-202-303,Kraków\n")
        let report = try Importer.run(store: t.store, file: path, options: ImportOptions(duplicates: .update))
        #expect(report.lines == ["0 added, 1 updated, 0 rejected, 0 skipped (asked to be forgotten)",
                                 "line 2: updated \(id) (same phone): name, city"])
        #expect(try t.store.contact(id).details == ContactDetails(name: "A. Lis", phone: "601 202 303", city: "Kraków"))
    }
}
