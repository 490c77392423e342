import Foundation

/// The layout of a sealed (personal) part since format 2: a version byte, then tagged fields.
///
/// ```
/// u8 version (1) · field* ;  field = u8 tag · u32 length · bytes
/// ```
/// Tags are stable numbers, listed where each kind of part is encoded (see `EventCodec` and
/// `SnapshotCodec`); a tag is never reused for another meaning. A field that is empty or absent
/// is not written, and a reader takes a missing field as empty: so adding a field is additive
/// (old parts still read, with the new field empty) and never shifts the fields around it, the
/// way a positional layout would. A reader skips tags it does not know. A part of a higher
/// version than this code knows is reported as written by a newer Zgoda, never read as
/// something else.
enum SealedFields {
    static let version: UInt8 = 1

    struct Writer {
        private(set) var w = BinaryWriter(capacity: 96)

        init() { w.u8(SealedFields.version) }

        var bytes: [UInt8] { w.bytes }

        mutating func string(_ tag: UInt8, _ s: String) {
            guard !s.isEmpty else { return }
            w.u8(tag); w.string(s)
        }

        mutating func optionalString(_ tag: UInt8, _ s: String?) {
            guard let s else { return }
            // Present but empty is kept apart from absent: an empty evidence text is not "none".
            w.u8(tag); w.string(s)
        }

        mutating func strings(_ tag: UInt8, _ list: [String]) {
            guard !list.isEmpty else { return }
            var inner = BinaryWriter(capacity: list.count * 12)
            inner.strings(list)
            w.u8(tag); w.data(inner.bytes)
        }

        mutating func optionalStrings(_ tag: UInt8, _ list: [String?]) {
            guard list.contains(where: { $0 != nil }) else { return }
            var inner = BinaryWriter(capacity: list.count * 12)
            inner.u32(UInt32(list.count))
            for s in list { inner.optionalString(s) }
            w.u8(tag); w.data(inner.bytes)
        }

        mutating func nested(_ tag: UInt8, _ part: Writer) {
            w.u8(tag); w.data(part.bytes)
        }

        mutating func nestedList(_ tag: UInt8, _ parts: [Writer]) {
            guard !parts.isEmpty else { return }
            var inner = BinaryWriter(capacity: parts.count * 32)
            inner.u32(UInt32(parts.count))
            for p in parts { inner.data(p.bytes) }
            w.u8(tag); w.data(inner.bytes)
        }
    }

    /// The fields of one part. The layout is checked once, on creation; each accessor walks the
    /// few fields again to find its tag rather than keeping a table of them, because a snapshot
    /// opens a hundred thousand parts and a table would be an allocation each.
    struct Reader {
        private let bytes: UnsafeRawBufferPointer

        struct NewerVersion: Error { var version: UInt8 }

        init(_ bytes: UnsafeRawBufferPointer) throws {
            self.bytes = bytes
            var r = BinaryReader(bytes)
            let v = try r.u8()
            guard v <= SealedFields.version else { throw NewerVersion(version: v) }
            guard v >= 1 else { throw BinaryReader.Truncated() }
            while !r.atEnd {
                _ = try r.u8()
                let n = Int(try r.u32())
                try r.need(n)
                r.offset += n
            }
        }

        private func field(_ tag: UInt8) -> UnsafeRawBufferPointer? {
            // The layout was checked in `init`, so these reads stay in bounds.
            var at = 1
            while at + 5 <= bytes.count {
                let t = bytes[at]
                let n = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at + 1, as: UInt32.self)))
                let start = at + 5
                if t == tag { return UnsafeRawBufferPointer(rebasing: bytes[start..<start + n]) }
                at = start + n
            }
            return nil
        }

        func has(_ tag: UInt8) -> Bool { field(tag) != nil }

        func string(_ tag: UInt8) -> String {
            field(tag).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }

        func optionalString(_ tag: UInt8) -> String? {
            field(tag).map { String(decoding: $0, as: UTF8.self) }
        }

        func strings(_ tag: UInt8) throws -> [String] {
            guard let f = field(tag) else { return [] }
            var r = BinaryReader(f)
            let list = try r.strings()
            guard r.atEnd else { throw BinaryReader.Truncated() }
            return list
        }

        func optionalStrings(_ tag: UInt8, count: Int) throws -> [String?] {
            guard let f = field(tag) else { return Array(repeating: nil, count: count) }
            var r = BinaryReader(f)
            let n = Int(try r.u32())
            guard n == count, n <= r.remaining else { throw BinaryReader.Truncated() }
            let list = try (0..<n).map { _ in try r.optionalString() }
            guard r.atEnd else { throw BinaryReader.Truncated() }
            return list
        }

        func nested(_ tag: UInt8) throws -> Reader? {
            try field(tag).map { try Reader($0) }
        }

        /// Each part of a `nestedList`, handed to `body` in order.
        func nestedList<T>(_ tag: UInt8, _ body: (Reader) throws -> T) throws -> [T] {
            guard let f = field(tag) else { return [] }
            var r = BinaryReader(f)
            let n = Int(try r.u32())
            guard n <= r.remaining / 4 else { throw BinaryReader.Truncated() }
            var out: [T] = []
            for _ in 0..<n {
                let len = Int(try r.u32())
                out.append(try body(try Reader(try r.rawSlice(len))))
            }
            guard r.atEnd else { throw BinaryReader.Truncated() }
            return out
        }
    }

    /// Runs `body` with a reader over `bytes`.
    static func read<T>(_ bytes: [UInt8], _ body: (Reader) throws -> T) throws -> T {
        try bytes.withUnsafeBytes { try body(try Reader($0)) }
    }

    // MARK: Contact details

    /// Tags of a contact's details. Stable: never renumber, never reuse.
    enum DetailTag: UInt8 {
        case name = 1, email = 2, phone = 3, company = 4, position = 5, city = 6, tags = 7, notes = 8
    }

    static func details(_ d: ContactDetails) -> Writer {
        var w = Writer()
        w.string(DetailTag.name.rawValue, d.name)
        w.string(DetailTag.email.rawValue, d.email)
        w.string(DetailTag.phone.rawValue, d.phone)
        w.string(DetailTag.company.rawValue, d.company)
        w.string(DetailTag.position.rawValue, d.position)
        w.string(DetailTag.city.rawValue, d.city)
        w.strings(DetailTag.tags.rawValue, d.tags)
        w.string(DetailTag.notes.rawValue, d.notes)
        return w
    }

    static func details(_ r: Reader) throws -> ContactDetails {
        ContactDetails(name: r.string(DetailTag.name.rawValue), email: r.string(DetailTag.email.rawValue),
                       phone: r.string(DetailTag.phone.rawValue), company: r.string(DetailTag.company.rawValue),
                       position: r.string(DetailTag.position.rawValue), city: r.string(DetailTag.city.rawValue),
                       tags: try r.strings(DetailTag.tags.rawValue), notes: r.string(DetailTag.notes.rawValue))
    }
}
