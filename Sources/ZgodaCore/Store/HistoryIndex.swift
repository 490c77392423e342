import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where each entry of a history is in the journal, found from the frames' headers alone: no
/// record is decoded and no key is used to make it, so it costs one pass over the bytes however
/// long the journal, and its entries are decoded a page at a time (`Store.historyEntries`).
///
/// At 100k people the journal holds some 400k records: decoding them all to show one screen
/// took seconds and a gigabyte; finding them takes tens of milliseconds and a few megabytes.
public struct HistoryIndex: Sendable {
    /// One record: which segment (an index into `segments`), where its frame starts and how
    /// long it is, its sequence number and kind.
    /// 24 bytes: at 400k entries the index is some 10 MB.
    struct Location: Sendable {
        var offset: Int
        var seq: UInt64
        var length: UInt32
        var segment: UInt16
        var kindCode: UInt8
    }

    /// The contact the history is about, or nil for every entry (the audit log).
    public let contact: ContactID?
    public let scope: HistoryScope
    /// The journal's last record when the index was made.
    public let lastSeq: UInt64
    var segments: [String]
    /// The team database's records, read once (a directory's segments are read again from the
    /// files a page at a time instead: a mapping kept open past the lock could outlive a repair
    /// that shortens the file).
    var teamRecords: [UInt8]?
    var locations: [Location] = []
    /// For each consent decision: the position of the one before it by the same contact (any
    /// purpose; -1 for none), so the status a decision replaced is found by walking back along
    /// one person's decisions rather than through the whole journal.
    var previousConsent: [Int32] = []
    /// The positions of the catalogue's changes (purposes and the controller), which the
    /// history shows against what they replaced.
    var catalogue: [Int32] = []

    /// How many entries the history has.
    public var count: Int { locations.count }
}

extension HistoryIndex {
    static let consentCode: UInt8 = 4
    static let purposeAddedCode: UInt8 = 5
    static let purposeEditedCode: UInt8 = 6
    static let controllerCode: UInt8 = 7
}

/// The header of a frame, read in place without copying anything out of it.
struct FrameHeader {
    var seq: UInt64
    var kindCode: UInt8
    /// Where the record's contact field is, within the buffer.
    var contactStart: Int
    var contactLength: Int
    var end: Int

    /// Where a frame's previous hash starts: after the marker, length, seq, time and flags.
    static let previousHashOffset = 8 + 8 + 8 + 1

    /// The header of the frame at `offset`, or nil where the bytes stop being whole frames
    /// (a torn tail, damage): what follows is not history that can be shown.
    static func read(_ buf: UnsafeRawBufferPointer, at offset: Int) -> FrameHeader? {
        let fixed = 8 + 8 + 8 + 1 + 32  // frame header, seq, time, flags, previous hash
        guard buf.count - offset >= FrameReader.headerSize + fixed + 4 else { return nil }
        // "ZJR1" as one little-endian word: `JournalRecord.magic` is a global, whose lazy
        // initialisation check on every frame cost more than the comparison.
        guard buf.loadUnaligned(fromByteOffset: offset, as: UInt32.self) == UInt32(littleEndian: 0x3152_4A5A) else { return nil }
        let len = Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
        let end = offset + FrameReader.headerSize + len + 32
        guard len <= FrameReader.maxBody, end <= buf.count else { return nil }
        let bodyEnd = offset + FrameReader.headerSize + len
        let seq = UInt64(littleEndian: buf.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
        var p = offset + fixed
        func u32(_ at: Int) -> Int? {
            at + 4 <= bodyEnd ? Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: at, as: UInt32.self))) : nil
        }
        guard let opLength = u32(p) else { return nil }
        p += 4 + opLength
        guard p < bodyEnd else { return nil }
        let kind = buf[p]
        p += 1
        guard let contactLength = u32(p), p + 4 + contactLength <= bodyEnd else { return nil }
        return FrameHeader(seq: seq, kindCode: kind, contactStart: p + 4, contactLength: contactLength, end: end)
    }

    /// True when the record's contact field is `contact`'s id.
    func isAbout(_ contact: [UInt8], in buf: UnsafeRawBufferPointer) -> Bool {
        guard contactLength == contact.count else { return false }
        return contact.withUnsafeBytes { memcmp(buf.baseAddress! + contactStart, $0.baseAddress!, contactLength) == 0 }
    }

    /// A hash of the contact field, to link one person's decisions (FNV-1a: short ids, no
    /// allocation; a collision only makes a walk back one step longer).
    func contactHash(in buf: UnsafeRawBufferPointer) -> UInt64 {
        FNV1a.hash(UnsafeRawBufferPointer(rebasing: buf[contactStart..<(contactStart + contactLength)]))
    }
}
