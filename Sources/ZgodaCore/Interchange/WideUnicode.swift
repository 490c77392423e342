/// Recognises UTF-16 and UTF-32 text, which contact files from Windows and old Macs come in,
/// often without a BOM (Roundcube's `utf-16_sample.vcf` is UTF-16BE without one).
enum WideUnicode {
    /// The bytes converted to UTF-8 when they are UTF-16 or UTF-32: by BOM, else by the NUL
    /// bytes that ASCII characters leave every other (or three in four) byte. Nil otherwise.
    static func transcode(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: TextDecoding.Encoding)? {
        guard let (encoding, bom) = detect(bytes) else { return nil }
        let body = bytes.dropFirst(bom)
        var scalars = String.UnicodeScalarView()
        switch encoding {
        case .utf16LE, .utf16BE:
            let units = stride(from: body.startIndex, to: body.endIndex - 1, by: 2).map { i -> UInt16 in
                encoding == .utf16LE ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1])
            }
            // Lone surrogates become U+FFFD rather than stopping the file.
            _ = Swift.transcode(units.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: false) {
                scalars.append(Unicode.Scalar($0) ?? "\u{FFFD}")
            }
        default:
            for i in stride(from: body.startIndex, to: body.endIndex - 3, by: 4) {
                let b = (0..<4).map { UInt32(body[i + $0]) }
                let v = encoding == .utf32LE ? b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24 : b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
        }
        return (Array(String(scalars).utf8), encoding)
    }

    /// The encoding and the length of its BOM.
    static func detect(_ b: [UInt8]) -> (TextDecoding.Encoding, Int)? {
        if b.starts(with: [0xFF, 0xFE, 0, 0]) { return (.utf32LE, 4) }
        if b.starts(with: [0, 0, 0xFE, 0xFF]) { return (.utf32BE, 4) }
        if b.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if b.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        let head = Array(b.prefix(4096))
        guard head.count >= 4, head.contains(0) else { return nil }
        var zeros = [0, 0, 0, 0]
        for (i, x) in head.enumerated() where x == 0 { zeros[i % 4] += 1 }
        let quarter = head.count / 4, half = head.count / 2
        func most(_ n: Int, of total: Int) -> Bool { n * 10 >= total * 9 }
        if most(zeros[1] + zeros[2] + zeros[3], of: 3 * quarter) && zeros[0] * 10 < quarter { return (.utf32LE, 0) }
        if most(zeros[0] + zeros[1] + zeros[2], of: 3 * quarter) && zeros[3] * 10 < quarter { return (.utf32BE, 0) }
        let even = zeros[0] + zeros[2], odd = zeros[1] + zeros[3]
        // Text in ASCII-range letters puts a NUL in nearly every high byte; allow some CJK.
        if odd * 10 >= half * 6 && even * 10 < half { return (.utf16LE, 0) }
        if even * 10 >= half * 6 && odd * 10 < half { return (.utf16BE, 0) }
        return nil
    }
}
