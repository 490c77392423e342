import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Walks every screen of the snapshot scenarios in Polish and reads it for English: the words
/// the same screens show in English, less the data on them (names, companies, e-mails), the
/// names of keys and the words both languages share, must not appear — the purposes' titles and
/// descriptions included, which a Polish screen shows in their Polish wording.
@Suite struct PolishWalkTests {
    /// Words the test data puts on screens, in both languages alike.
    static let dataWords: Set<String> = {
        var words = Set<String>()
        func add(_ text: String) { words.formUnion(Self.words(text)) }
        for (id, d) in Fixture.people {
            add(id.rawValue)
            for f in ContactField.allCases { add(d[f]) }
        }
        // Purpose ids are codes; their titles and descriptions are not data here: the starter
        // purposes have a Polish wording, and a Polish screen must show it.
        for p in Purpose.starters { add(p.id) }
        add(Fixture.fraudChecks.id)
        add(PurposeCodes.codes(for: Purpose.starters.map(\.id)).joined(separator: " "))
        let c = DemoData.controller
        for text in [c.name, c.address, c.email, c.dpo] { add(text) }
        add(ImportDialogTests.csv)
        add("klienci.csv kontakty.vcf vcard")
        return words
    }()

    /// What a scenario types is data too: a search, a note.
    /// Keys pressed before the typing run into its first word ("Rc" + "raport"): every ending
    /// of a typed word counts as typed.
    static func typed(_ keys: [Key]) -> Set<String> {
        let text = String(keys.compactMap { if case let .char(c) = $0 { return c }; return nil })
        let typed = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return Set(typed.flatMap { w in w.indices.map { String(w[$0...]) } })
    }

    /// Named as keyboards print them, or the same word in Polish.
    static let shared: Set<String> = Set<String>([
        "Enter", "Esc", "Tab", "PgDn", "PgUp", "Home", "End", "Ctrl", "Shift", "Space", "Backspace", "Delete",
        "Zgoda", "zgoda", "CSV", "csv", "JSON", "json", "vCard", "vcf", "UTF", "ID", "id", "e", "mail", "E", "Mail",
        "import", "Import", "Format", "format", "status", "operator", "serve", "link", "revoke", "admin", "set", "RODO",
        "GDPR", "Art", "art", "Sp", "Status", "MM", "DD", "Id", "do", "anna", "o", "z", "a", "i", "w", "r", "c", "h", "f", "x", "n", "t", "y", "g", "j", "k", "q", "d",
        "A", "I", "R", "H", "L", "G", "y", "ANONYMISE", "SHA", "UODO", "UTC", "apply", "Operator", "offline", "online", "web", "Google", "Contacts", "Excel",
    ])
    /// The journal's record kinds (`contact.add`, `consent.grant`): codes, shown and searched
    /// the same in every language, like ids; the summary beside each says it in words.
    .union(["contact", "add", "edit", "consent", "grant", "refuse", "withdraw", "withdra", "object", "purpose", "admin",
            "export", "anonymize", "request", "close", "issue", "repair", "revoke", "suppression", "override", "copies",
            "extend", "retention", "grace", "breach", "directory", "create", "form", "report", "register"])

    /// Words of two letters or more: a lone letter is a key or an initial. Letters inside a run
    /// that also holds digits are a code (a hash, an id: "3ec9fc2"), not words.
    static func words(_ text: String) -> Set<String> {
        let codes = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.contains(where: \.isNumber) }
        let coded = Set(codes.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) })
        return Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 1 }).subtracting(coded)
    }

    /// True for data cut short by a box drawn over it ("Sharin" of "Sharing with partners").
    static func isCutData(_ word: String, _ data: Set<String>) -> Bool {
        data.contains { $0.count > word.count && $0.hasPrefix(word) }
    }

    static func render(_ name: String, language: Language) throws -> String {
        try Language.$current.withValue(language) {
            if let keys = SnapshotTests.scenarios.first(where: { $0.0 == name })?.1 {
                let f = try Fixture()
                var app = f.app()
                app.send(keys)
                return app.render().text
            }
            let (_, setup, keys) = SnapshotTests.setupScenarios.first { $0.0 == name }!
            let f = try Fixture()
            var app = f.app()
            switch setup {
            case .requests: try f.addRequests()
            case .importFile:
                try f.write("klienci.csv", ImportDialogTests.csv)
                try f.write("kontakty.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Jan Nowak\nEND:VCARD\n")
            case .later: app = try f.app(at: Fixture.later)
            case .legitimateInterest: try f.addLegitimateInterestPurpose(); app = f.app()
            }
            app.send(keys)
            return app.render().text
        }
    }

    /// Every scenario, the access report included: on screen it is in the language of the run.
    static let names = SnapshotTests.scenarios.map(\.0) + SnapshotTests.setupScenarios.map(\.0)

    static func keys(_ name: String) -> [Key] {
        SnapshotTests.scenarios.first { $0.0 == name }?.1 ?? SnapshotTests.setupScenarios.first { $0.0 == name }?.2 ?? []
    }

    @Test(arguments: names)
    func noEnglishWordOnAPolishScreen(_ name: String) throws {
        let english = Self.words(try Self.render(name, language: .en)).subtracting(Self.dataWords).subtracting(Self.shared)
            .subtracting(Self.typed(Self.keys(name)))
        let polish = try Self.render(name, language: .pl)
        let left = Self.words(polish).intersection(english).filter { !Self.isCutData($0, Self.dataWords) }
        #expect(left.isEmpty, "\(name): \(left.sorted()) in\n\(polish)")
    }
}
