import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Whatever else gives way when a footer is too long, the way back and help stay on it: every
/// screen of the snapshot scenarios at 80×24, in both languages.
@Suite struct FooterWayBackTests {
    @Test(arguments: SnapshotTests.scenarios.map(\.0), [Language.en, .pl])
    func escAndHelpStayInTheFooter(_ name: String, _ language: Language) throws {
        let keys = SnapshotTests.scenarios.first { $0.0 == name }!.1
        try Language.$current.withValue(language) {
            let f = try Fixture()
            var app = f.app(rows: 24, cols: 80)
            app.send(keys)
            // A dialog or help on top draws its own keys.
            guard app.dialog == nil, app.exportDialog == nil, app.importDialog == nil, app.helpTop == nil else { return }
            let footer = app.render().text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            for entry in app.footerEntries where entry.keys == "Esc" || entry.keys == "?" {
                #expect(footer.contains("\(entry.keys) \(entry.does)"), "\(name) (\(language)): \(footer)")
            }
        }
    }
}
