import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One framed journal record.
///
/// Layout (little-endian):
/// ```
/// "ZJR1"  u32 bodyLength  body  hash[32]
/// body = u64 seq · i64 atMillis · u8 flags · prevHash[32] · string operator · u8 kind
///        · string contact · data public · u32 keySlot · data sealed
/// hash = SHA-256(body)
/// ```
/// `hash` is both the record's checksum and its link in the chain: the next record's body
/// holds it as `prevHash`, so altering, removing or reordering any record breaks every
/// hash after it.
struct JournalRecord: Equatable {
    static let magic: [UInt8] = Array("ZJR1".utf8)
    static let noSlot: UInt32 = .max
    static let zeroHash = [UInt8](repeating: 0, count: 32)
    /// Set on every record of an atomic group but the last; a group cut short by a crash
    /// is dropped whole on open.
    static let flagContinues: UInt8 = 1
    /// Set on records whose personal part has the tagged layout (`SealedFields`), as every
    /// record written since format 2 has; format 1's records have the positional one.
    static let flagTagged: UInt8 = 2
    /// The flags this code knows. A record with any other bit set was written by a newer Zgoda
    /// and is never read as if it were not.
    static let knownFlags: UInt8 = flagContinues | flagTagged

    var seq: UInt64
    var at: Date
    var flags: UInt8
    var prevHash: [UInt8]
    var `operator`: String
    var kindCode: UInt8
    var contact: String
    var publicBytes: [UInt8]
    var keySlot: UInt32
    var sealed: [UInt8]
    var hash: [UInt8] = []

    var continues: Bool { flags & Self.flagContinues != 0 }
    var tagged: Bool { flags & Self.flagTagged != 0 }

    func body() -> [UInt8] {
        var w = BinaryWriter(capacity: 96 + publicBytes.count + sealed.count)
        w.u64(seq); w.date(at); w.u8(flags); w.raw(prevHash); w.string(`operator`); w.u8(kindCode)
        w.string(contact); w.data(publicBytes); w.u32(keySlot); w.data(sealed)
        return w.bytes
    }

    /// The framed bytes; also sets `hash`.
    mutating func framed() -> [UInt8] {
        let b = body()
        hash = SHA256Hex.digest(b)
        var w = BinaryWriter(capacity: b.count + 40)
        w.raw(Self.magic); w.u32(UInt32(b.count)); w.raw(b); w.raw(hash)
        return w.bytes
    }
}

extension JournalRecord {
    static let checksumMismatch = Localized(en: "checksum mismatch", pl: "niezgodna suma kontrolna")

    /// Why `FrameReader` found a frame corrupt, in both languages.
    static func corruption(_ reason: String) -> Localized {
        let polish: [String: String] = [
            "bad record marker": "błędny znacznik rekordu", "impossible record length": "niemożliwa długość rekordu",
            "checksum mismatch": "niezgodna suma kontrolna", "trailing bytes in record": "nadmiarowe bajty w rekordzie",
            "malformed record": "zniekształcony rekord",
        ]
        return Localized(en: reason, pl: polish[reason] ?? reason)
    }
}

/// What reading a frame at some offset found.
enum FrameRead {
    case record(JournalRecord, end: Int)
    /// The bytes stop before the frame does: a write that never finished.
    case truncated
    /// A complete frame whose checksum or structure is wrong.
    case corrupt(seqHint: UInt64?, end: Int?, reason: String)
}

enum FrameReader {
    static let headerSize = 8
    static let maxBody = 256 << 20

    /// Reads the frame at `offset`; `verifyHash` can be turned off by callers that already trust the bytes.
    static func read(_ buf: UnsafeRawBufferPointer, at offset: Int, verifyHash: Bool = true) -> FrameRead {
        let remaining = buf.count - offset
        if remaining < headerSize { return .truncated }
        for i in 0..<4 where buf[offset + i] != JournalRecord.magic[i] {
            return .corrupt(seqHint: nil, end: nil, reason: "bad record marker")
        }
        let len = Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
        if len > maxBody { return .corrupt(seqHint: nil, end: nil, reason: "impossible record length") }
        let end = offset + headerSize + len + 32
        if end > buf.count { return .truncated }
        let body = UnsafeRawBufferPointer(rebasing: buf[(offset + headerSize)..<(offset + headerSize + len)])
        let stored = Array(buf[(offset + headerSize + len)..<end])
        let seqHint: UInt64? = len >= 8 ? UInt64(littleEndian: body.loadUnaligned(as: UInt64.self)) : nil
        if verifyHash && SHA256Hex.digest(body) != stored {
            return .corrupt(seqHint: seqHint, end: end, reason: "checksum mismatch")
        }
        var r = BinaryReader(body)
        do {
            var rec = JournalRecord(seq: try r.u64(), at: try r.date(), flags: try r.u8(), prevHash: try r.raw(32),
                                    operator: try r.string(), kindCode: try r.u8(), contact: try r.string(),
                                    publicBytes: try r.data(), keySlot: try r.u32(), sealed: try r.data())
            guard r.atEnd else { return .corrupt(seqHint: seqHint, end: end, reason: "trailing bytes in record") }
            rec.hash = stored
            return .record(rec, end: end)
        } catch {
            return .corrupt(seqHint: seqHint, end: end, reason: "malformed record")
        }
    }

    /// True if a whole, intact record starts anywhere after `offset`. A bad frame is a torn
    /// tail (a write a crash cut short, never acknowledged) only when nothing intact follows
    /// it; with an intact record after it, it is damage, and dropping it would drop that record
    /// and every acknowledged one after it. Scans for the marker, so it costs one pass over
    /// the bytes after the bad frame.
    static func hasRecord(in buf: UnsafeRawBufferPointer, after offset: Int) -> Bool {
        nextRecord(in: buf, after: offset) != nil
    }

    /// Where the first whole, intact record after `offset` starts, if any: how a repair finds
    /// the records after a damaged one whose length it cannot trust.
    static func nextRecord(in buf: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var pos = offset + 1
        let m = JournalRecord.magic
        while pos + headerSize <= buf.count {
            guard let found = memchr(buf.baseAddress! + pos, Int32(m[0]), buf.count - pos) else { return nil }
            let at = buf.baseAddress!.distance(to: UnsafeRawPointer(found))
            if at + 4 <= buf.count && buf[at + 1] == m[1] && buf[at + 2] == m[2] && buf[at + 3] == m[3],
               case .record = read(buf, at: at) {
                return at
            }
            pos = at + 1
        }
        return nil
    }
}
