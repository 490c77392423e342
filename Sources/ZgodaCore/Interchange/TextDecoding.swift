import Foundation

/// Turns the bytes of an imported file into text. Spreadsheets saved by Polish Excel are often
/// Windows-1250 rather than UTF-8, and nothing in the file says which: bytes that are valid
/// UTF-8 (with or without a BOM) are read as UTF-8, anything else as Windows-1250.
public enum TextDecoding {
    /// Which encoding the bytes were read as.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1250 = "Windows-1250"
        case utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", utf32LE = "UTF-32LE", utf32BE = "UTF-32BE"
    }

    /// The bytes as UTF-8 (BOM removed): UTF-16 and UTF-32 recognised by their BOM or their NUL
    /// pattern and converted, valid UTF-8 kept, anything else read as Windows-1250.
    public static func utf8Bytes(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: Encoding) {
        if let wide = WideUnicode.transcode(bytes) { return wide }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if isValidUTF8(body) { return (Array(body), .utf8) }
        return (Array(windows1250(body).utf8), .windows1250)
    }

    /// The bytes as a string, decoded the same way as `utf8Bytes`.
    public static func string(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        let (utf8, encoding) = utf8Bytes(bytes)
        return (String(decoding: utf8, as: UTF8.self), encoding)
    }

    public static func isValidUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        // Pure ASCII is by far the common case; skip the decoder for it.
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Decodes Windows-1250 (Central European). Written out by hand because Foundation on Linux
    /// does not reliably provide this code page.
    public static func windows1250<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let v: UInt32 = b < 0x80 ? UInt32(b) : UInt32(cp1250High[Int(b) - 0x80])
            scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Decodes ISO-8859-1 (Latin-1), where every byte is the code point of the same value.
    public static func latin1<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// Decodes bytes named by a vCard 2.1/3.0 `CHARSET` parameter: UTF-8, Windows-1250 and
    /// ISO-8859-1 here, any other charset the platform's converters know (Shift_JIS, KOI8-R,
    /// Big5, …) through them. Nil for a charset nothing here knows, or bytes invalid in it.
    public static func decode(_ bytes: [UInt8], charset: String) -> String? {
        switch charset.lowercased() {
        case "utf-8", "utf8": return isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        case "windows-1250", "cp1250", "x-cp1250": return windows1250(bytes)
        case "iso-8859-1", "latin1", "iso8859-1": return latin1(bytes)
        case "us-ascii", "ascii": return bytes.allSatisfy({ $0 < 0x80 }) ? String(decoding: bytes, as: UTF8.self) : nil
        default:
            if !bytes.contains(where: { $0 >= 0x80 }), !charset.lowercased().hasPrefix("utf-16"), !charset.lowercased().hasPrefix("utf-32"),
               CharsetConverter.isKnown(charset) {
                return String(decoding: bytes, as: UTF8.self)
            }
            return CharsetConverter.decode(bytes, charset: charset)
        }
    }

    /// True when `decode` can read text in `charset`.
    public static func knows(charset: String) -> Bool {
        switch charset.lowercased() {
        case "utf-8", "utf8", "windows-1250", "cp1250", "x-cp1250", "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii": return true
        default: return CharsetConverter.isKnown(charset)
        }
    }

    /// Code points for bytes 0x80…0xFF; the five bytes the code page leaves undefined map to U+FFFD.
    static let cp1250High: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0xFFFD, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0xFFFD, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,  // 0x88
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0xFFFD, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,  // 0x98
        0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7,  // 0xA0
        0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,  // 0xA8
        0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // 0xB0
        0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,  // 0xB8
        0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,  // 0xC0
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,  // 0xC8
        0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,  // 0xD0
        0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,  // 0xD8
        0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,  // 0xE0
        0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,  // 0xE8
        0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,  // 0xF0
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,  // 0xF8
    ]
}
