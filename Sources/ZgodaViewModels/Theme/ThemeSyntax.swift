/// A check of a theme file's syntax before TOMLKit reads it.
///
/// toml++ (inside TOMLKit) asserts its own invariants on malformed input instead of reporting
/// every malformation: in a debug build such an input aborts the process (`[# …` as a header,
/// `attrs = ["bold", }`), and in a release build the same assertions become optimiser
/// assumptions, which is worse. Themes use a small part of TOML — comments, `[table]` headers,
/// `key = value` with strings, bare words and numbers, arrays and inline tables — so that part
/// is checked here by hand, and anything outside it is refused with its line before toml++ sees
/// it. A file that passes is well-formed TOML; TOMLKit then reads it.
enum ThemeSyntax {
    static func check(_ text: String, file: String) throws(ThemeError) {
        var scanner = Scanner(bytes: Array(text.utf8), file: file)
        try scanner.document()
    }

    private struct Scanner {
        let bytes: [UInt8]
        let file: String
        var pos = 0
        var line = 1

        init(bytes: [UInt8], file: String) { self.bytes = bytes; self.file = file }

        var current: UInt8? { pos < bytes.count ? bytes[pos] : nil }

        func fail(_ message: String) -> ThemeError { ThemeError(file: file, line: line, message: message) }

        mutating func advance() {
            if current == UInt8(ascii: "\n") { line += 1 }
            pos += 1
        }

        mutating func skipBlanks() {
            while let c = current, c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { advance() }
        }

        /// Blanks, and a comment up to the end of the line.
        mutating func skipBlanksAndComment() {
            skipBlanks()
            if current == UInt8(ascii: "#") { while let c = current, c != UInt8(ascii: "\n") { advance() } }
        }

        /// Blanks, comments and line ends (inside an array).
        mutating func skipSpaceAcrossLines() {
            while true {
                skipBlanksAndComment()
                if current == UInt8(ascii: "\r") { advance() }
                guard current == UInt8(ascii: "\n") else { return }
                advance()
            }
        }

        mutating func endOfLine() throws(ThemeError) {
            skipBlanksAndComment()
            if current == UInt8(ascii: "\r") { advance() }
            guard current == nil || current == UInt8(ascii: "\n") else { throw fail("unexpected text after the value") }
            if current != nil { advance() }
        }

        mutating func document() throws(ThemeError) {
            while current != nil {
                skipBlanksAndComment()
                switch current {
                case nil: return
                case UInt8(ascii: "\r")?, UInt8(ascii: "\n")?: advance()
                case UInt8(ascii: "[")?:
                    advance()
                    let arrayOfTables = current == UInt8(ascii: "[")
                    if arrayOfTables { advance() }
                    skipBlanks()
                    try key()
                    skipBlanks()
                    guard current == UInt8(ascii: "]") else { throw fail("a table header must end with ']'") }
                    advance()
                    if arrayOfTables {
                        guard current == UInt8(ascii: "]") else { throw fail("a table header must end with ']]'") }
                        advance()
                    }
                    try endOfLine()
                default:
                    try keyValue()
                    try endOfLine()
                }
            }
        }

        /// `a`, `"a.b"`, `a.b.c`, with blanks around the dots.
        mutating func key() throws(ThemeError) {
            while true {
                switch current {
                case UInt8(ascii: "\"")?, UInt8(ascii: "'")?: try string()
                case let c? where isBareKey(c): while let c = current, isBareKey(c) { advance() }
                default: throw fail("a name is expected here")
                }
                skipBlanks()
                guard current == UInt8(ascii: ".") else { return }
                advance()
                skipBlanks()
            }
        }

        mutating func keyValue() throws(ThemeError) {
            try key()
            skipBlanks()
            guard current == UInt8(ascii: "=") else { throw fail("'=' is expected after a name") }
            advance()
            skipBlanks()
            try value()
        }

        mutating func value() throws(ThemeError) {
            switch current {
            case UInt8(ascii: "\"")?, UInt8(ascii: "'")?: try string()
            case UInt8(ascii: "[")?: try array()
            case UInt8(ascii: "{")?: try inlineTable()
            case let c? where isBareValue(c): while let c = current, isBareValue(c) { advance() }
            default: throw fail("a value is missing")
            }
        }

        /// A one-line basic or literal string; themes need no multi-line strings.
        mutating func string() throws(ThemeError) {
            let quote = current!
            advance()
            if current == quote && pos + 1 < bytes.count && bytes[pos + 1] == quote {
                throw fail("multi-line strings are not used in themes")
            }
            while let c = current, c != quote {
                if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { throw fail("a string must end on its line") }
                if c < 0x20 && c != UInt8(ascii: "\t") || c == 0x7F { throw fail("a control character in a string") }
                if quote == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") {
                    advance()
                    guard let e = current, "btnfr\"\\uU".utf8.contains(e) else { throw fail("an unknown escape in a string") }
                }
                advance()
            }
            guard current == quote else { throw fail("a string must end on its line") }
            advance()
        }

        /// `[ v, v, ]`, across lines; a comma may end it.
        mutating func array() throws(ThemeError) {
            advance()
            skipSpaceAcrossLines()
            while current != UInt8(ascii: "]") {
                try value()
                skipSpaceAcrossLines()
                if current == UInt8(ascii: ",") {
                    advance()
                    skipSpaceAcrossLines()
                } else if current != UInt8(ascii: "]") {
                    throw fail("',' or ']' is expected in a list")
                }
            }
            advance()
        }

        /// `{ k = v, k = v }` on one line, no comma before the brace.
        mutating func inlineTable() throws(ThemeError) {
            advance()
            skipBlanks()
            if current == UInt8(ascii: "}") { advance(); return }
            while true {
                try keyValue()
                skipBlanks()
                if current == UInt8(ascii: "}") { advance(); return }
                guard current == UInt8(ascii: ",") else { throw fail("',' or '}' is expected in { … }") }
                advance()
                skipBlanks()
            }
        }

        func isBareKey(_ c: UInt8) -> Bool {
            (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        }

        /// Numbers, booleans, dates: checked further by TOMLKit, which reports them properly.
        func isBareValue(_ c: UInt8) -> Bool {
            isBareKey(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":")
        }
    }
}
