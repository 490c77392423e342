import Foundation
import Testing
@testable import ZgodaViewModels

/// Theme files that once crashed the theme fuzz target (Tests/Fixtures/fuzz/theme/): each is
/// refused with a ThemeError, never an abort.
@Suite("Theme fuzz regressions")
struct ThemeFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz/theme").path

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func thereAreInputs() { #expect(!Self.inputs.isEmpty) }

    @Test(arguments: inputs)
    func inputIsRefused(_ name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        #expect(throws: ThemeError.self) {
            try ThemeParser.parse(String(decoding: data, as: UTF8.self), file: name, base: ThemeLoader.builtin("default"))
        }
    }

    @Test func aValidHeaderStillParses() throws {
        let theme = try ThemeParser.parse("[roles]\nselection = { fg = \"red\" }\n", file: "t.toml")
        #expect(theme.styles[.selection]?.fg == Color(name: "red"))
    }
}
