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

    /// The whole class the fuzzer found twice: malformed TOML that toml++ would abort on (or,
    /// built with NDEBUG, assume away) is refused by the syntax check, naming its line.
    @Test(arguments: [
        ("[roles]\nwarning = { fg = \"black\", attrs = [\"bold\", }\n", 2),
        ("[roles]\nwarning = { fg = \"black\", }\n", 2),
        ("[roles]\nwarning = \n", 2),
        ("[roles]\n\nwarning = [\"bold\"\n", 4),
        ("name = \"unterminated\n[roles]\n", 1),
        ("[roles\nwarning = {}\n", 1),
        ("[roles]\nwarning = { fg = \"a\" bg = \"b\" }\n", 2),
        ("[roles]\nwarning = { fg = \"a\" } extra\n", 2),
        ("[roles]\n= { fg = \"a\" }\n", 2),
        ("[roles]\nwarning = { fg = \"\\q\" }\n", 2),
    ])
    func malformedTOMLIsRefusedBeforeTOMLKitSeesIt(_ text: String, line: Int) {
        #expect {
            try ThemeSyntax.check(text, file: "t.toml")
        } throws: { e in
            (e as? ThemeError)?.line == line
        }
        #expect(throws: ThemeError.self) { try ThemeParser.parse(text, file: "t.toml") }
    }

    @Test func everyShippedThemePassesTheSyntaxCheck() throws {
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes").path
        let files = try FileManager.default.contentsOfDirectory(atPath: themes).filter { $0.hasSuffix(".toml") }
        #expect(files.count >= 3)
        for f in files {
            let text = try String(contentsOfFile: themes + "/" + f, encoding: .utf8)
            #expect(throws: Never.self, "\(f)") { try ThemeSyntax.check(text, file: f) }
        }
    }

    @Test func aValidHeaderStillParses() throws {
        let theme = try ThemeParser.parse("[roles]\nselection = { fg = \"red\" }\n", file: "t.toml")
        #expect(theme.styles[.selection]?.fg == Color(name: "red"))
    }
}
