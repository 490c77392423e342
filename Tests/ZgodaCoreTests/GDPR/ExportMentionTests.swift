import Foundation
import Testing
@testable import ZgodaCore

/// Which export texts go with an erased person.
@Suite struct ExportMentionTests {
    let jan = ContactDetails(name: "Jan Kowalski", email: "jan.kowalski@firma.example.pl", phone: "+48 601 222 333",
                             company: "Żółta Łódka", city: "Szczecin", tags: ["vip"])

    func export(_ filter: String, _ destination: String, contacts: [ContactID] = ["other"]) -> ExportRecord {
        ExportRecord(seq: 1, at: Date(), operator: "a", format: "csv", filter: filter, destination: destination,
                     contacts: contacts, keySlot: 7)
    }

    @Test func textsThatNameThePersonAreErased() {
        for (filter, destination) in [("query=kowalski", "/tmp/out.csv"), ("all", "/tmp/KOWALSKI.csv"), ("all", "/home/a/jan.csv"),
                                      ("query=zolta lodka", "/tmp/x.csv"), ("all", "/tmp/601222333.vcf"),
                                      ("all", "/tmp/szczecin.csv"), ("all", "/tmp/firma.example.csv")] {
            #expect(ExportMention.shouldErase(export(filter, destination), of: "jan", details: jan), "\(filter) \(destination)")
        }
    }

    @Test func beingInAnExportDoesNotEraseWhatItSaysAboutEveryoneElse() {
        // The texts describe the export, not the person: the other people's history keeps them.
        #expect(!ExportMention.shouldErase(export("consent email-marketing=granted", "/srv/a.csv", contacts: ["jan", "other"]),
                                           of: "jan", details: jan))
        #expect(ExportMention.shouldErase(export("query=kowalski", "/srv/a.csv", contacts: ["jan", "other"]),
                                          of: "jan", details: jan), "unless they name the person")
    }

    @Test func unrelatedExportsKeepTheirTexts() {
        #expect(!ExportMention.shouldErase(export("consent email-marketing=granted", "/srv/kampania.json"), of: "jan", details: jan))
        #expect(!ExportMention.shouldErase(export("query=nowak", "/tmp/nowak.csv"), of: "jan", details: jan))
        var legacy = export("query=kowalski", "/tmp/k.csv")
        legacy.keySlot = nil
        #expect(!ExportMention.shouldErase(legacy, of: "jan", details: jan), "no key to destroy")
    }
}
