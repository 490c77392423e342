import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 as phones and mail programs export them: folded lines,
/// grouped properties (`item1.EMAIL`), several e-mails and phones (the preferred or first one
/// is kept, the others go into the notes), and the QUOTED-PRINTABLE and CHARSET parameters of
/// older phones.
public enum VCardReader {
    /// One unfolded content line and the physical line it starts on.
    struct ContentLine {
        var line: Int
        var name: String
        var params: [(String, String)]
        /// The value as text: in its `CHARSET` when it has one, else as the file is read.
        var value: String
        /// The value's bytes as they are in the file (quoted-printable still encoded).
        var raw: [UInt8]
        /// The `CHARSET` the value could not be read in, when the platform knows no such charset.
        var unknownCharset: String?

        func param(_ key: String) -> String? { params.first { $0.0 == key }?.1 }
        var types: [String] { params.filter { $0.0 == "TYPE" }.flatMap { $0.1.lowercased().split(separator: ",").map(String.init) } }
        /// Lower is more preferred; `PREF=1` and `TYPE=pref` (3.0) or bare `PREF` (2.1) come first.
        var preference: Int {
            if let p = param("PREF"), let n = Int(p) { return n }
            if param("PREF") != nil || types.contains("pref") { return 1 }
            return 101
        }
    }

    public static func read(_ raw: [UInt8], purposes: Set<String>) throws -> ParsedImport {
        var body = raw[...]
        var wide: TextDecoding.Encoding? = nil
        if let (utf8, encoding) = WideUnicode.transcode(raw) { body = utf8[...]; wide = encoding }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Unfold before decoding: some phones fold in the middle of a UTF-8 sequence.
        let logical = unfold(Array(body))
        let utf8 = logical.allSatisfy { TextDecoding.isValidUTF8($0.bytes) }
        var out = ParsedImport(format: .vcard, encoding: wide ?? (utf8 ? .utf8 : .windows1250))
        let lines = logical.compactMap { l in parse(l.bytes, line: l.line, fileIsUTF8: utf8) }
        guard lines.contains(where: { $0.name == "BEGIN" && $0.value.uppercased() == "VCARD" }) else {
            throw ZgodaError.invalidInput(ErrorReason(en: "not a vCard file: no BEGIN:VCARD line",
                    pl: "to nie jest plik vCard: brak wiersza BEGIN:VCARD"))
        }
        var current: [ContentLine]? = nil
        var start = 0
        for l in lines {
            if l.name == "BEGIN" && l.value.uppercased() == "VCARD" {
                if current != nil { out.problems.append(ImportProblem(.line(start), CoreText.Import.cardWithoutEnd)) }
                current = []; start = l.line
            } else if l.name == "END" && l.value.uppercased() == "VCARD" {
                guard let props = current else { continue }
                do {
                    out.candidates.append(try candidate(props, at: .line(start), purposes: purposes, notes: &out.noteTexts))
                } catch let e as ZgodaError {
                    out.problems.append(ImportProblem(.line(start), e.localized))
                }
                current = nil
            } else {
                current?.append(l)
            }
        }
        if current != nil { out.problems.append(ImportProblem(.line(start), CoreText.Import.cardWithoutEnd)) }
        return out
    }

    static func candidate(_ props: [ContentLine], at loc: ImportLocation, purposes: Set<String>, notes: inout [Localized]) throws -> ImportCandidate {
        var b = CandidateBuilder()
        func texts(_ name: String) -> [ContentLine] { props.filter { $0.name == name } }
        func preferred(_ name: String) -> [ContentLine] {
            texts(name).enumerated().sorted { ($0.element.preference, $0.offset) < ($1.element.preference, $1.offset) }.map(\.element)
        }
        if let fn = texts("FN").first.map({ unescape(decodedValue($0)) }), !fn.trimmingCharacters(in: .whitespaces).isEmpty {
            b.details.name = fn
        } else if let n = texts("N").first {
            let parts = components(decodedValue(n), separator: ";")
            func part(_ i: Int) -> String { i < parts.count ? parts[i] : "" }
            b.details.name = [part(1), part(2), part(0)].filter { !$0.isEmpty }.joined(separator: " ")
        }
        // EMAIL and TEL values are not lists; a `tel:` URI keeps its `;ext=` for the phone rule.
        b.emails(preferred("EMAIL").map { strippingScheme(unescape(decodedValue($0))) })
        b.phones(preferred("TEL").map { unescape(decodedValue($0)) })
        if let org = texts("ORG").first.map({ components(decodedValue($0), separator: ";").first ?? "" }), !org.isEmpty {
            b.set(.company, org)
        }
        b.set(.position, texts("TITLE").first.map { unescape(decodedValue($0)) })
        for adr in preferred("ADR") {
            let parts = components(decodedValue(adr), separator: ";")
            if parts.count > 3, !parts[3].isEmpty { b.set(.city, parts[3]); break }
        }
        let tags = texts("CATEGORIES").flatMap { components(decodedValue($0), separator: ",") }
        // A tag holds no comma in Zgoda (tags are edited as a comma-separated list), so an escaped
        // one still separates; split on scalars, as a tag may start with a combining mark.
        var seen = Set<String>()
        let unique = tags.flatMap { $0.unicodeScalars.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        if !unique.isEmpty { b.details.tags = unique; b.given.insert(.tags) }
        let noteTexts = texts("NOTE").map { unescape(decodedValue($0)) }.filter { !$0.isEmpty }
        if !noteTexts.isEmpty { b.set(.notes, noteTexts.joined(separator: "\n")) }
        let nickname = texts("NICKNAME").first.flatMap { components(decodedValue($0), separator: ",").first }
        let (d, given) = b.finish(nickname: nickname)
        var warnings = b.warnings
        for l in props {
            if let cs = l.unknownCharset { warnings.append(CoreText.Import.unknownCharset(property: l.name, charset: SafeText.visible(cs), readAs: utf8Fallback(l))) }
        }
        var consents: [ImportedConsent] = []
        for p in texts("X-ZGODA-CONSENT") {
            guard let purpose = p.param("PURPOSE")?.lowercased() else { continue }
            guard purposes.contains(purpose) else {
                let note = CoreText.Import.vCardUnknownPurpose(SafeText.visible(purpose))
                if !notes.contains(note) { notes.append(note) }
                continue
            }
            switch ConsentCell.read(p.value) {
            case let .decision(dec): consents.append(ImportedConsent(purpose: purpose, decision: dec))
            case .empty, .notADecision: break
            case .invalid:
                throw ZgodaError.invalidValue(field: "consent \(purpose)", reason: ErrorReason(
                    en: "'\(p.value)' is not a decision (expected granted, refused or withdrawn)",
                    pl: "„\(p.value)” nie jest decyzją (oczekiwano: granted, refused albo withdrawn)"))
            }
        }
        return ImportCandidate(location: loc, details: d, givenFields: given, consents: consents, warningTexts: warnings)
    }

    static func utf8Fallback(_ l: ContentLine) -> String {
        TextDecoding.isValidUTF8(l.raw) ? "UTF-8" : "Windows-1250"
    }

    // MARK: Lines

    /// Physical lines joined into content lines: a line starting with a space or tab continues
    /// the one before (RFC 6350 §3.2, RFC 2425); a quoted-printable value ending in `=` continues
    /// on the next line (vCard 2.1 soft line breaks). Each keeps the number of its first line.
    static func unfold(_ b: [UInt8]) -> [(line: Int, bytes: [UInt8])] {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var out: [(line: Int, bytes: [UInt8])] = []
        var i = 0, line = 1
        var qpOpen = false
        while i < b.count {
            var j = i
            while j < b.count && b[j] != lf && b[j] != cr { j += 1 }
            let content = b[i..<j]
            i = j < b.count ? (b[j] == cr && j + 1 < b.count && b[j + 1] == lf ? j + 2 : j + 1) : j
            defer { line += 1 }
            if qpOpen, !out.isEmpty {
                out[out.count - 1].bytes.removeLast()
                out[out.count - 1].bytes += content
            } else if let first = content.first, first == space || first == tab, !out.isEmpty {
                out[out.count - 1].bytes += content.dropFirst()
            } else if !content.isEmpty {
                out.append((line, Array(content)))
            } else {
                qpOpen = false
                continue
            }
            let current = out[out.count - 1].bytes
            qpOpen = current.last == UInt8(ascii: "=") && isQuotedPrintable(current)
        }
        return out
    }

    static func isQuotedPrintable(_ line: [UInt8]) -> Bool {
        let head = line.prefix { $0 != UInt8(ascii: ":") }
        return String(decoding: head, as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
    }

    /// `group.NAME;PARAM=value;BARE:value` → name, params, value. The name and parameters are
    /// ASCII; the value is read in its `CHARSET` (Shift_JIS phones write raw bytes), else as
    /// UTF-8 when the whole file is, else as Windows-1250.
    static func parse(_ bytes: [UInt8], line number: Int, fileIsUTF8: Bool) -> ContentLine? {
        var inQuotes = false
        var colon: Int? = nil
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "\"") { inQuotes.toggle() } else if b == UInt8(ascii: ":") && !inQuotes { colon = i; break }
        }
        guard let colon else { return nil }
        let head = TextDecoding.latin1(bytes[..<colon])
        var segments: [String] = []
        var seg = ""
        inQuotes = false
        for ch in head {
            if ch == "\"" { inQuotes.toggle(); continue }
            if ch == ";" && !inQuotes { segments.append(seg); seg = ""; continue }
            seg.append(ch)
        }
        segments.append(seg)
        var name = segments.removeFirst().uppercased()
        if let dot = name.lastIndex(of: ".") { name = String(name[name.index(after: dot)...]) }
        let params: [(String, String)] = segments.map { s in
            if let eq = s.firstIndex(of: "=") { return (s[..<eq].uppercased(), String(s[s.index(after: eq)...])) }
            let bare = s.uppercased()
            if bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" { return ("ENCODING", bare) }
            if bare == "PREF" { return ("PREF", "") }
            return ("TYPE", s)
        }
        let raw = Array(bytes[(colon + 1)...])
        var l = ContentLine(line: number, name: name, params: params, value: "", raw: raw)
        let isQP = l.param("ENCODING")?.uppercased() == "QUOTED-PRINTABLE"
        // A quoted-printable value is ASCII until decoded; its charset applies afterwards.
        l.value = isQP ? String(decoding: raw, as: UTF8.self) : text(raw, charset: l.param("CHARSET"), fileIsUTF8: fileIsUTF8, unknown: &l.unknownCharset)
        if let cs = l.param("CHARSET"), !cs.isEmpty, !TextDecoding.knows(charset: cs) { l.unknownCharset = cs }
        return l
    }

    /// Bytes in a declared charset, else in the file's.
    static func text(_ bytes: [UInt8], charset: String?, fileIsUTF8: Bool, unknown: inout String?) -> String {
        if let charset, !charset.isEmpty {
            if let t = TextDecoding.decode(bytes, charset: charset) { return t }
            if !TextDecoding.knows(charset: charset) { unknown = charset }
        }
        return fileIsUTF8 || TextDecoding.isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : TextDecoding.windows1250(bytes)
    }

    // MARK: Values

    /// The value with quoted-printable decoding and the declared charset applied.
    static func decodedValue(_ l: ContentLine) -> String {
        guard l.param("ENCODING")?.uppercased() == "QUOTED-PRINTABLE" else { return l.value }
        var bytes: [UInt8] = []
        let src = l.raw
        var i = 0
        while i < src.count {
            if src[i] == UInt8(ascii: "="), i + 2 < src.count, let h = hex(src[i + 1]), let lo = hex(src[i + 2]) {
                bytes.append(h << 4 | lo); i += 3
            } else {
                bytes.append(src[i]); i += 1
            }
        }
        var unknown: String? = nil
        // Quoted-printable without a charset: UTF-8 when the bytes are, else Windows-1250 (The Bat!).
        return text(bytes, charset: l.param("CHARSET"), fileIsUTF8: false, unknown: &unknown)
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }

    /// `\n`, `\,`, `\;` and `\\` back to their characters. Works on scalars, not characters:
    /// a value may start with a combining mark, which would otherwise join the `;` or `\`
    /// before it into one character.
    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "\\")) else { return s }
        var out = String.UnicodeScalarView()
        var escaped = false
        for u in s.unicodeScalars {
            if escaped {
                if u == "n" || u == "N" { out.append("\n") } else { out.append(u) }
                escaped = false
            } else if u == "\\" {
                escaped = true
            } else {
                out.append(u)
            }
        }
        if escaped { out.append("\\") }
        return String(out)
    }

    /// Splits a structured or list value on unescaped separators, then unescapes each part.
    static func components(_ s: String, separator: Unicode.Scalar) -> [String] {
        // Separators and escapes are scalars: a value may start with a combining mark.
        var parts: [String] = []
        var cur = String.UnicodeScalarView()
        var escaped = false
        for u in s.unicodeScalars {
            if escaped { cur.append("\\"); cur.append(u); escaped = false; continue }
            if u == "\\" { escaped = true; continue }
            if u == separator { parts.append(unescape(String(cur))); cur = String.UnicodeScalarView(); continue }
            cur.append(u)
        }
        if escaped { cur.append("\\") }
        parts.append(unescape(String(cur)))
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func strippingScheme(_ s: String) -> String {
        for scheme in ["tel:", "mailto:"] where s.lowercased().hasPrefix(scheme) { return String(s.dropFirst(scheme.count)) }
        return s
    }
}
