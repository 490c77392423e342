import Foundation
import Testing
@testable import ZgodaCore

/// One sanitiser per output kind: terminal text (`SafeText`), JSON, HTML, Markdown, vCard.
@Suite struct SafeTextTests {
    static let hostile = "a\u{1b}[2J\u{1b}]0;t\u{07}\u{08}\r\u{0}\u{9b}\u{202E}\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}\u{2028}\u{7f}z"

    @Test func terminalTextShowsEveryControlAsAPlaceholder() {
        #expect(SafeText.visible(Self.hostile) == "a␛[2J␛]0;t␇␈␍␀\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}␡z")
        #expect(SafeText.visible("Zażółć 王 😀 e\u{0301}") == "Zażółć 王 😀 e\u{0301}")
        #expect(SafeText.visible("\r\n" as Character) == "␍␊")
        #expect(DisplayWidth.of("\r\n" as Character) == 2)
        #expect(DisplayWidth.of("\u{202E}" as Character) == 1)
    }

    @Test func fittingReadsNoFurtherThanTheWidth() {
        // An endless run of characters: only a bounded read can return.
        #expect(DisplayWidth.truncate(characters: repeatElement("x" as Character, count: Int.max), to: 10) == "xxxxxxxxx…")
        #expect(DisplayWidth.truncate(characters: repeatElement("\u{200B}" as Character, count: Int.max), to: 3).hasSuffix("…"))
        #expect(DisplayWidth.of(String(repeating: "漢", count: 100_000), upTo: 10) == 11)
        #expect(SafeText.fitted("ab\u{1b}cdef", width: 5) == "ab␛c…")
        #expect(SafeText.fitted("漢字漢字", width: 5) == "漢字…")
        #expect(SafeText.fitted("short", width: 5) == "short")
    }

    @Test func jsonEscapesControlsAndBidiAndParsesBackExactly() throws {
        let rendered = JSON.string(Self.hostile).rendered()
        #expect(!rendered.unicodeScalars.contains { SafeText.placeholder(for: $0) != nil })
        #expect(rendered.contains("\\u202e") && rendered.contains("\\u001b") && rendered.contains("\\u009b"))
        #expect(try JSON.parse(rendered).stringValue == Self.hostile)
    }

    @Test func htmlEscapesMarkupAndShowsControls() {
        let html = HTMLRenderer.escape("<a href=\"x\">\(Self.hostile)</a>")
        #expect(html.hasPrefix("&lt;a href=&quot;x&quot;&gt;a␛[2J"))
        #expect(!html.unicodeScalars.contains { SafeText.placeholder(for: $0) != nil })
    }

    @Test func markdownDataAddsNoMarkupNorLinks() {
        #expect(MarkdownRenderer.escape("[click](https://evil.example)") == "\\[click\\](https\\://evil.example)")
        #expect(MarkdownRenderer.escape("see www.evil.example or me@evil.example") == "see www\\.evil.example or me\\@evil.example")
        #expect(MarkdownRenderer.escape("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>")
        #expect(MarkdownRenderer.escape("# **bold** `code`") == "\\# \\*\\*bold\\*\\* \\`code\\`")
        #expect(!MarkdownRenderer.escape(Self.hostile).unicodeScalars.contains { SafeText.placeholder(for: $0) != nil })
    }

    @Test func vCardValuesCarryNoControlOrBidiCharacter() {
        let v = VCardWriter.escape("Jan\u{1b}]0;x\u{07}\u{202E}; Kowalski\r\nline\ttab")
        #expect(v == "Jan␛]0\\;x␇\u{FFFD}\\; Kowalski\\nline\ttab")
    }
}
