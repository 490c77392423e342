import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Converts text in any charset the platform knows to UTF-8: iconv on Linux (glibc knows
/// about a thousand names: Shift_JIS, KOI8-R, Big5, ISO-2022-JP, every Windows code page),
/// Core Foundation's IANA table on Apple platforms.
enum CharsetConverter {
    /// True when the platform can convert from `charset`.
    static func isKnown(_ charset: String) -> Bool {
        #if canImport(Glibc) || canImport(Musl)
        let cd = iconv_open("UTF-8", charset)
        if cd == iconv_t(bitPattern: -1) { return false }
        iconv_close(cd)
        return true
        #else
        return encoding(charset) != nil
        #endif
    }

    /// The bytes as text, or nil when the charset is unknown or the bytes are invalid in it.
    static func decode(_ bytes: [UInt8], charset: String) -> String? {
        #if canImport(Glibc) || canImport(Musl)
        let cd = iconv_open("UTF-8", charset)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // Every input byte becomes at most four bytes of UTF-8 (more for none of these charsets).
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count, outLeft = outBuf.count
                if inLeft == 0 { return 0 }
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { return nil }
                // Flush a stateful encoding's shift state (ISO-2022-JP).
                if iconv(cd, nil, nil, &outPtr, &outLeft) == -1 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output[..<written], as: UTF8.self)
        #else
        guard let enc = encoding(charset) else { return nil }
        return String(data: Data(bytes), encoding: enc)
        #endif
    }

    #if !(canImport(Glibc) || canImport(Musl))
    static func encoding(_ charset: String) -> String.Encoding? {
        let cf = CFStringConvertIANACharSetNameToEncoding(charset as CFString)
        if cf == kCFStringEncodingInvalidId { return nil }
        return String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(cf))
    }
    #endif
}
