import Testing
@testable import ZgodaCore

@Suite struct CSVParserTests {
    func parse(_ s: String, _ delimiter: Character = ",") -> CSVParse {
        CSVParser.parse(Array(s.utf8), delimiter: delimiter.asciiValue!)
    }

    @Test func lineNumbersCountBreaksInsideQuotes() {
        let p = parse("a,b\r\n1,\"two\r\nlines\"\r\n3,4\r\n\r\n5,6")
        #expect(p.records.map(\.line) == [1, 2, 4, 5, 6])
        #expect(p.records.map(\.fields) == [["a", "b"], ["1", "two\r\nlines"], ["3", "4"], [""], ["5", "6"]])
        #expect(p.records[3].isBlank)
    }

    @Test func loneCarriageReturnsEndRecords() {
        #expect(parse("a,b\r1,2\r").records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func emptyInputHasNoRecords() {
        #expect(parse("").records.isEmpty)
        #expect(parse("\n").records.map(\.fields) == [[""]])
    }

    @Test func trailingDelimiterGivesEmptyLastField() {
        #expect(parse("a;b;\n1;2;", ";").records.map(\.fields) == [["a", "b", ""], ["1", "2", ""]])
    }

    @Test func unterminatedQuoteIsReportedWithItsLine() {
        let p = parse("a,b\n1,2\n3,\"never\nclosed")
        #expect(p.unterminatedQuoteLine == 3)
        #expect(p.records.first?.fields == ["a", "b"])
    }

    @Test func lenientAboutStrayQuotes() {
        #expect(parse("5'3\",\"x\"y\n").records[0].fields == ["5'3\"", "xy"])
    }

    @Test func delimiterDetection() {
        #expect(CSVParser.detectDelimiter(Array("Imię;Nazwisko;\"E-mail, służbowy\"\n".utf8)) == UInt8(ascii: ";"))
        #expect(CSVParser.detectDelimiter(Array("Name,Email;x\n".utf8)) == UInt8(ascii: ","))
        #expect(CSVParser.detectDelimiter(Array("Name\tEmail\tPhone\n".utf8)) == UInt8(ascii: "\t"))
        #expect(CSVParser.detectDelimiter(Array("Name\n".utf8)) == UInt8(ascii: ","))
    }

    @Test func oneMegabyteField() {
        let big = String(repeating: "ż", count: 500_000)
        let p = parse("a,b\n\"\(big)\",1\n2,3\n")
        #expect(p.records.count == 3)
        #expect(p.records[1].fields[0] == big)
        #expect(p.records[2].line == 3)
    }
}

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() {
        #expect(TextDecoding.string([0xEF, 0xBB, 0xBF] + Array("Łódź".utf8)) == ("Łódź", .utf8))
        #expect(TextDecoding.string(Array("Łódź".utf8)).text == "Łódź")
    }

    @Test func invalidUTF8IsReadAsWindows1250() {
        let bytes = windows1250Bytes("Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ")
        let (text, encoding) = TextDecoding.string(bytes)
        #expect(encoding == .windows1250)
        #expect(text == "Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ")
    }

    @Test func windows1250PunctuationAndUndefinedBytes() {
        #expect(TextDecoding.windows1250([0x80, 0x84, 0x93, 0x94, 0x96, 0x81]) == "€„“”–\u{FFFD}")
    }
}

@Suite struct FormulaGuardTests {
    @Test(arguments: ["=SUM(A1:A9)", "+48 600 100 200", "-5", "@cmd", "\tx", "'=x", "''+y", "\r\nz"])
    func neutralisedAndRestored(_ value: String) {
        let escaped = FormulaGuard.escape(value)
        #expect(escaped.hasPrefix("'"))
        #expect(FormulaGuard.unescape(escaped) == value)
    }

    @Test(arguments: ["Jan", "'quoted", "", "a=b", "O'Brien"])
    func harmlessValuesUntouched(_ value: String) {
        #expect(FormulaGuard.escape(value) == value)
        #expect(FormulaGuard.unescape(value) == value)
    }
}
