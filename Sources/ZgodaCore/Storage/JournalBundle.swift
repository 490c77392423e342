import Foundation

/// A whole store in one file, to move it between a data directory and a team database:
/// `zgoda export-journal` writes it, `zgoda import-journal` makes a new store from it.
///
/// It carries what the records need to be read — the store's `zgoda.json` (format, creation
/// time, encryption parameters), every key slot (an erased one as zeros, so the erased stay
/// erased) — and the journal's records, byte for byte, so the hash chain and the head are the
/// same on both sides. Snapshots are not carried: they are derived, and made again.
///
/// ```
/// "ZGJB" · u32 version · u32 n · n bytes of zgoda.json · u32 slots · slots × 80 bytes ·
/// u64 records · the framed records, in order · SHA-256 of everything before it
/// ```
/// All integers little-endian. A newer version is refused, never half read.
public struct JournalBundle: Sendable {
    static let magic: [UInt8] = Array("ZGJB".utf8)
    static let version: UInt32 = 1

    var meta: [UInt8]
    var slots: [UInt8]
    var records: [UInt8]
    public private(set) var recordCount: UInt64
    /// The hash of the last record (hex): the receipt both sides must show.
    public private(set) var head: String

    public func encoded() -> [UInt8] {
        var w = BinaryWriter()
        w.bytes += Self.magic
        w.u32(Self.version)
        w.u32(UInt32(meta.count)); w.bytes += meta
        w.u32(UInt32(slots.count / KeyStore.slotSize)); w.bytes += slots
        w.u64(recordCount); w.bytes += records
        w.bytes += SHA256Hex.digest(w.bytes)
        return w.bytes
    }

    /// Reads and checks a bundle: its checksum, its version, `zgoda.json`, and every record's
    /// checksum, number and link to the one before. Nothing is made from a bundle that fails.
    public init(decoding bytes: [UInt8], origin: String) throws {
        func damaged(_ why: Localized) -> ZgodaError {
            .damaged(ErrorReason(en: "\(origin) is not a whole Zgoda journal export (\(why.en))",
                                 pl: "\(origin) nie jest całym eksportem dziennika Zgody (\(why.pl))"))
        }
        guard bytes.count >= 4 + 4 + 32, Array(bytes[0..<4]) == Self.magic else { throw damaged(Localized(en: "it does not start as one", pl: "nie zaczyna się jak eksport")) }
        // The version first, on its own: a newer layout is reported as newer, not as damage.
        let version = UInt32(bytes[4]) | UInt32(bytes[5]) << 8 | UInt32(bytes[6]) << 16 | UInt32(bytes[7]) << 24
        if version > Self.version { throw ZgodaError.newerFormat(path: origin, format: Int(version)) }
        guard Array(SHA256Hex.digest(Array(bytes[0..<(bytes.count - 32)]))) == Array(bytes[(bytes.count - 32)...]) else {
            throw damaged(Localized(en: "its checksum does not match: the file is damaged or cut short", pl: "suma kontrolna się nie zgadza: plik jest uszkodzony lub ucięty"))
        }
        let body = Array(bytes[4..<(bytes.count - 32)])
        let parts: (meta: [UInt8], slots: [UInt8], count: UInt64, records: [UInt8])
        do {
            parts = try body.withReader { r in
                _ = try r.u32()
                let meta = try r.raw(Int(try r.u32()))
                let slots = try r.raw(Int(try r.u32()) * KeyStore.slotSize)
                let count = try r.u64()
                return (meta, slots, count, try r.raw(r.remaining))
            }
        } catch let e as ZgodaError {
            throw e
        } catch {
            throw damaged(Localized(en: "its parts do not add up", pl: "jego części do siebie nie pasują"))
        }
        (meta, slots, recordCount, records) = (parts.meta, parts.slots, parts.count, parts.records)
        let checked = try Self.checkChain(records, count: recordCount, origin: origin)
        head = SHA256Hex.hex(checked)
    }

    init(meta: [UInt8], slots: [UInt8], records: [UInt8], count: UInt64, head: [UInt8]) {
        self.meta = meta; self.slots = slots; self.records = records; recordCount = count; self.head = SHA256Hex.hex(head)
    }

    /// Every record's checksum, number (1, 2, …) and chain; returns the last record's hash.
    static func checkChain(_ records: [UInt8], count: UInt64, origin: String) throws -> [UInt8] {
        var expected: UInt64 = 1
        var prev = JournalRecord.zeroHash
        try records.withUnsafeBytes { buf in
            var pos = 0
            while pos < buf.count {
                guard case let .record(rec, end) = FrameReader.read(buf, at: pos, verifyHash: true) else {
                    throw ZgodaError.damaged(ErrorReason(en: "record \(expected) in \(origin) is damaged",
                    pl: "rekord \(expected) w \(origin) jest uszkodzony"))
                }
                guard rec.seq == expected, rec.prevHash == prev else {
                    throw ZgodaError.damaged(ErrorReason(en: "record \(rec.seq) in \(origin) does not follow the one before it",
                    pl: "rekord \(rec.seq) w \(origin) nie następuje po poprzednim"))
                }
                if !EventCodec.isKnownKind(rec.kindCode) || rec.flags & ~JournalRecord.knownFlags != 0 {
                    throw ZgodaError.newerFormat(path: origin, format: DirectoryMeta.currentFormat + 1)
                }
                prev = rec.hash
                expected += 1
                pos = end
            }
        }
        guard expected - 1 == count else { throw ZgodaError.damaged(ErrorReason(en: "\(origin) says it holds \(count) records but holds \(expected - 1)",
                    pl: "\(origin) podaje, że zawiera \(count) rekordów, a zawiera \(expected - 1)")) }
        return prev
    }

    /// The records framed for a team database's `append`.
    func framedRecords() -> [FramedRecord] {
        var out: [FramedRecord] = []
        records.withUnsafeBytes { buf in
            var pos = 0
            while pos < buf.count, case let .record(rec, end) = FrameReader.read(buf, at: pos, verifyHash: false) {
                out.append(FramedRecord(seq: rec.seq, kind: rec.kindCode, contact: rec.contact, bytes: Array(buf[pos..<end])))
                pos = end
            }
        }
        return out
    }
}
