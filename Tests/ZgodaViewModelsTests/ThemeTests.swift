import Foundation
import Testing
@testable import ZgodaViewModels

@Suite struct ThemeTests {
    /// The shipped default file is taken as the compiled-in default without parsing it again:
    /// only right if parsing it over the default gives the default, which this checks.
    @Test func theShippedDefaultFileIsTheDefaultTheme() throws {
        let source = try #require(BuiltinThemes.sources["default"])
        let builtin = try #require(ThemeLoader.builtin("default"))
        #expect(try ThemeParser.parse(source, file: "default.toml", base: builtin) == builtin)
        #expect(try ThemeParser.parse(source, file: "default.toml") == builtin)
        let dir = NSTemporaryDirectory() + "zgoda-theme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try (source + "\n").write(toFile: dir + "/default.toml", atomically: true, encoding: .utf8)
        #expect(try ThemeLoader.read(path: dir + "/default.toml", base: builtin) == builtin)
        // An edited copy is parsed as what it says.
        try source.replacingOccurrences(of: "name = \"default\"", with: "name = \"edited\"")
            .write(toFile: dir + "/edited.toml", atomically: true, encoding: .utf8)
        #expect(try ThemeLoader.read(path: dir + "/edited.toml", base: builtin) != builtin)
    }

    static let repoThemes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    @Test(arguments: ["default", "light", "high-contrast"])
    func shippedFilesMatchTheBuiltInsAndParse(name: String) throws {
        let file = try String(contentsOfFile: Self.repoThemes + "/\(name).toml", encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == BuiltinThemes.sources[name]?.trimmingCharacters(in: .newlines))
        let theme = try #require(ThemeLoader.builtin(name))
        #expect(theme.name == name)
        // Every role has a style of its own in every shipped theme.
        #expect(Set(theme.styles.keys) == Set(Role.allCases))
    }

    @Test func parsesColoursAttributesAndDottedKeys() throws {
        let t = try ThemeParser.parse("""
        [roles]
        selection = { fg = "black", bg = 214, attrs = ["bold", "reverse"] }
        badge.granted = { fg = "bright-green" }
        """, file: "t.toml")
        #expect(t.style(.selection) == Style(fg: .index(0), bg: .index(214), attributes: [.bold, .reverse]))
        #expect(t.style(.badgeGranted).fg == .index(10))
    }

    @Test func aBrokenFileNamesTheFileAndLine() {
        #expect(throws: ThemeError(file: "bad.toml", line: 3, message: "unknown role 'selektion' (see docs/themes.md)")) {
            try ThemeParser.parse("name = \"bad\"\n[roles]\nselektion = { fg = \"red\" }\n", file: "bad.toml")
        }
        #expect(throws: ThemeError(file: "bad.toml", line: 2, message: "'list': fg must be a colour name (red, bright-blue, default…) or 0–255")) {
            try ThemeParser.parse("[roles]\nlist = { fg = \"rojo\" }\n", file: "bad.toml")
        }
        do {
            _ = try ThemeParser.parse("[roles]\nlist = { fg = \n", file: "bad.toml")
            Issue.record("a syntax error was accepted")
        } catch {
            #expect(error.file == "bad.toml" && error.line == 2)
        }
    }

    @Test func theLoaderFallsBackToTheDefaultAndReportsWhy() throws {
        let dir = NSTemporaryDirectory() + "zgoda-themes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir + "/zgoda/themes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "[roles]\nlist = { fg = \"nope\" }\n".write(toFile: dir + "/zgoda/themes/broken.toml", atomically: true, encoding: .utf8)
        try "name = \"mine\"\n[roles]\nlist = { fg = \"red\" }\n".write(toFile: dir + "/zgoda/themes/mine.toml", atomically: true, encoding: .utf8)
        let loader = ThemeLoader(environment: ["XDG_DATA_HOME": dir], executablePath: "/nonexistent/zgoda")
        let broken = loader.load(requested: "broken")
        #expect(broken.theme.name == "default")
        #expect(broken.problem?.file == dir + "/zgoda/themes/broken.toml")
        #expect(broken.problem?.line == 2)
        let mine = loader.load(requested: "mine")
        #expect(mine.problem == nil && mine.theme.name == "mine")
        #expect(mine.theme.style(.list).fg == .index(1))
        // Roles the file leaves out come from the default theme.
        #expect(mine.theme.style(.selection) == ThemeLoader.builtin("default")!.style(.selection))
        #expect(loader.load(requested: "light").theme.name == "light")
        #expect(loader.load(requested: "nosuch").problem?.message.hasPrefix("no such theme") == true)
        #expect(loader.load(requested: nil).theme.name == "default")
    }

    @Test func themesAreFoundNextToTheExecutablesPackage() {
        let repo = URL(fileURLWithPath: Self.repoThemes).deletingLastPathComponent().path
        #expect(ThemeLoader.themesDirectory(above: repo + "/.build/debug/zgoda") == Self.repoThemes)
    }

    @Test func noColorGivesMonochromeThatStillShowsSelection() {
        let t = ThemeLoader(environment: ["NO_COLOR": "1"]).load(requested: "light").theme
        #expect(!t.usesColor)
        #expect(t.style(.selection).attributes.contains(.reverse))
        #expect(Role.allCases.allSatisfy { t.style($0).fg == .terminalDefault && t.style($0).bg == .terminalDefault })
    }
}
