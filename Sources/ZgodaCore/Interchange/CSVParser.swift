/// One record of a CSV file and the line it starts on (1-based, counting the line breaks
/// inside quoted fields too, so messages point at the line a spreadsheet user sees).
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }

    /// True for a blank line or a row of empty cells (Excel writes `;;;;` for those).
    public var isBlank: Bool { fields.allSatisfy { $0.isEmpty } }
}

/// The records of a file, and where it stops making sense.
public struct CSVParse: Equatable, Sendable {
    public var records: [CSVRecord]
    /// The line of a quoted field that never closes: the file ends inside it.
    public var unterminatedQuoteLine: Int?
}

/// An RFC 4180 reader over UTF-8 bytes: quoted fields with delimiters, doubled quotes and line
/// breaks; CRLF, LF or lone CR line endings; `,`, `;` or tab as delimiter. Like the common
/// parsers it is lenient where the RFC is silent: a quote inside an unquoted field is kept as
/// a character, and text after a closing quote joins the field.
///
/// Written by hand rather than taken from CSV.swift's `CSVReader` because import reports each
/// rejected row by its line number and must notice a quoted field left open at the end of the
/// file, and `CSVReader` exposes neither; it also decodes one scalar at a time through a type-
/// erased iterator, too slow for 100k-row imports.
public enum CSVParser {
    static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// `,`, `;` or tab: whichever occurs most often outside quotes in the first record (the
    /// header). Polish Excel writes `;`. Ties and headers without any go to `,`.
    public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for b in bytes {
            if b == quote { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if b == lf || b == cr { break }
            if counts[b] != nil { counts[b]! += 1 }
        }
        let order: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }!
    }

    /// Splits `bytes` (UTF-8, no BOM) into records.
    public static func parse(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) -> CSVParse {
        var records: [CSVRecord] = []
        var unterminated: Int? = nil
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            var line = 1
            var recordLine = 1
            var fields: [String] = []
            var scratch: [UInt8] = []
            func finishRecord() {
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []
                recordLine = line
            }
            while i < n {
                // One field.
                if buf[i] == quote {
                    let opened = line
                    i += 1
                    scratch.removeAll(keepingCapacity: true)
                    var closed = false
                    while i < n {
                        let c = buf[i]
                        if c == quote {
                            if i + 1 < n && buf[i + 1] == quote { scratch.append(quote); i += 2; continue }
                            i += 1; closed = true; break
                        }
                        if c == lf || (c == cr && (i + 1 >= n || buf[i + 1] != lf)) { line += 1 }
                        scratch.append(c)
                        i += 1
                    }
                    if !closed {
                        unterminated = opened
                        fields.append(String(decoding: scratch, as: UTF8.self))
                        finishRecord()
                        return
                    }
                    // Text between the closing quote and the delimiter is kept (lenient).
                    while i < n, buf[i] != delimiter, buf[i] != lf, buf[i] != cr { scratch.append(buf[i]); i += 1 }
                    fields.append(String(decoding: scratch, as: UTF8.self))
                } else {
                    let start = i
                    while i < n, buf[i] != delimiter, buf[i] != lf, buf[i] != cr { i += 1 }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self))
                }
                // What ends it.
                if i >= n { finishRecord(); break }
                let end = buf[i]
                i += 1
                if end == delimiter {
                    if i >= n { fields.append(""); finishRecord() }
                    continue
                }
                if end == cr && i < n && buf[i] == lf { i += 1 }
                line += 1
                finishRecord()
            }
        }
        return CSVParse(records: records, unterminatedQuoteLine: unterminated)
    }
}
