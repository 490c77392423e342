import Foundation
import Testing

/// `purpose add|edit --recipient`: who a purpose's data goes to, in the form, the access
/// report and the record of processing, with transfers outside the EEA.
@Suite("CLI: recipients and transfers")
struct RecipientCommandsTests {
    @Test func recipientsAreRecordedAndShownWhereThePersonAndTheAuthorityReadThem() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        try GDPRCommandsTests.controller(cli)
        _ = try cli.ok("purpose", "add", "service", "--title", "Service", "--description", "Handling the service contract.",
                       "--basis", "contract", "--retention", "6y", "--fields", "name,email",
                       "--recipient", "Kurier Polska Sp. z o.o.; processor; PL",
                       "--recipient", "Mail Cloud Inc.; processor; US; EU-US Data Privacy Framework")
        let purposes = try JSONValue(cli.ok("purpose", "list", "--format", "json")).array
        let service = try #require(purposes.first { $0["id"]?.string == "service" })
        #expect(service["recipients"]?.array.map { $0["name"]?.string } == ["Kurier Polska Sp. z o.o.", "Mail Cloud Inc."])
        #expect(service["recipients"]?.array.last?["transfer"] == .bool(true))
        #expect(service["recipients"]?.array.last?["safeguard"]?.string == "EU-US Data Privacy Framework")

        let register = try cli.ok("register", "--format", "md")
        #expect(register.contains("- **Transfers outside the EEA:** Mail Cloud Inc., US: EU-US Data Privacy Framework"))
        let json = try JSONValue(cli.ok("register", "--format", "json"))
        let activity = try #require(json["activities"]?.array.first { $0["purpose"]?.string == "service" })
        #expect(activity["transfersOutsideEEA"]?.array.count == 1 && activity["recipients"]?.array.count == 2)

        let id = try cli.ok("contact", "add", "--name", "Zofia Wąsik", "--email", "zofia@example.pl")
        let form = try cli.ok("form", id, "--document-lang", "pl")
        #expect(form.contains("Odbiorcy: Kurier Polska Sp. z o.o. — podmiot przetwarzający, PL;"))
        let report = try cli.ok("report", id, "--format", "md")
        #expect(report.contains("**Recipients:** Kurier Polska Sp. z o.o. — processor, PL; Mail Cloud Inc. — processor, US (transfer outside the EEA: EU-US Data Privacy Framework)"))

        // A change of recipients is a new version; --no-recipients removes them.
        let unstated = try cli.run("purpose", "edit", "service", "--recipient", "Kurier Polska Sp. z o.o.; processor; PL")
        #expect(unstated.status != 0 && unstated.stderr.hasPrefix("zgoda: error: "))
        _ = try cli.ok("purpose", "edit", "service", "--no-recipients", "--material")
        let history = try JSONValue(cli.ok("history", "--format", "json")).array
        let change = try #require(history.last?["changes"]?.array.first { $0["field"]?.string == "recipients" })
        #expect(change["old"]?.string == "Kurier Polska Sp. z o.o.; processor; PL | Mail Cloud Inc.; processor; US; EU-US Data Privacy Framework")
        #expect(change["new"] == .null)
    }

    @Test func aBadRecipientIsOneErrorLineAndChangesNothing() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let before = try cli.ok("history", "--format", "json")
        let r = try cli.run("purpose", "add", "cloud", "--title", "Cloud", "--recipient", "Mail Cloud Inc.; processor; US")
        #expect(r.status == 1)
        #expect(r.stderr == "zgoda: error: invalid recipient: US is outside the EEA: name the safeguard of the transfer (an adequacy decision, standard contractual clauses) as a fourth part\n")
        let both = try cli.run("purpose", "edit", "partners", "--no-recipients", "--recipient", "A; processor; PL")
        #expect(both.status != 0 && both.stderr.components(separatedBy: "\n").count == 2)
        #expect(try cli.ok("history", "--format", "json") == before)
    }
}
