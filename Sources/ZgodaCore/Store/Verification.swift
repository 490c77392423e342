import Foundation

/// The result of `zgoda verify`: whether every record and snapshot is intact and chained.
public struct VerificationReport: Equatable, Sendable {
    public struct Problem: Equatable, Sendable {
        public var seq: UInt64?
        public var file: String
        public var message: String
    }

    public var records: UInt64 = 0
    public var head: String = SHA256Hex.hex(JournalRecord.zeroHash)
    public var snapshotsChecked: Int = 0
    public var problems: [Problem] = []
    public var ok: Bool { problems.isEmpty }
}

public enum Verifier {
    /// Reads every journal segment and snapshot and checks checksums, sequence numbers and the
    /// hash chain. Needs no passphrase: the chain covers the sealed bytes.
    public static func verify(_ dir: DataDirectory) throws -> VerificationReport {
        guard dir.isInitialized else { throw ZgodaError.notADataDirectory(dir.path) }
        var report = VerificationReport()
        var expected: UInt64 = 1
        var prev = JournalRecord.zeroHash
        var hashes: [UInt64: [UInt8]] = [:]
        let snapshots = dir.snapshots()
        let snapshotSeqs = Set(snapshots.map(\.seq))
        let segments = dir.segments()
        for (i, seg) in segments.enumerated() {
            let name = "journal/" + (seg.path as NSString).lastPathComponent
            let bytes = try Files.read(seg.path) ?? []
            var pos = 0
            bytes.withUnsafeBytes { buf in
                while pos < buf.count {
                    switch FrameReader.read(buf, at: pos) {
                    case let .record(rec, end):
                        if rec.seq != expected {
                            report.problems.append(.init(seq: expected, file: name,
                                message: rec.seq > expected ? "record \(expected) is missing (found \(rec.seq) next)" : "record \(rec.seq) is out of order (expected \(expected))"))
                        } else if rec.prevHash != prev {
                            report.problems.append(.init(seq: rec.seq, file: name, message: "record \(rec.seq) does not chain to the record before it"))
                        }
                        if snapshotSeqs.contains(rec.seq) { hashes[rec.seq] = rec.hash }
                        prev = rec.hash
                        expected = rec.seq + 1
                        report.records += 1
                        pos = end
                    case .truncated:
                        let last = i == segments.count - 1
                        report.problems.append(.init(seq: expected, file: name,
                            message: last ? "record \(expected) is incomplete (an interrupted write; the next change drops it)" : "record \(expected) is cut short"))
                        return
                    case let .corrupt(_, end, reason):
                        report.problems.append(.init(seq: expected, file: name, message: "record \(expected) is damaged (\(reason))"))
                        guard let end else { return }
                        // Keep the chain going from the damaged record's stored hash.
                        prev = Array(buf[(end - 32)..<end])
                        expected += 1
                        pos = end
                    }
                }
            }
            if seg.first > 1 && i == 0 {
                report.problems.insert(.init(seq: 1, file: name, message: "records 1 to \(seg.first - 1) are missing"), at: 0)
            }
        }
        report.head = SHA256Hex.hex(prev)
        for snap in snapshots {
            let name = "snapshots/" + (snap.path as NSString).lastPathComponent
            guard let bytes = try Files.read(snap.path), bytes.count > 76 else {
                report.problems.append(.init(seq: snap.seq, file: name, message: "snapshot is empty")); continue
            }
            report.snapshotsChecked += 1
            let bodyEnd = bytes.count - 32
            let sumOK = bytes.withUnsafeBytes { SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: $0[0..<bodyEnd])) == Array($0[bodyEnd...]) }
            if !sumOK || !SnapshotCodec.isSnapshotMagic(bytes[0..<4]) {
                report.problems.append(.init(seq: snap.seq, file: name, message: "snapshot at record \(snap.seq) is damaged (checksum mismatch)"))
                continue
            }
            let head = Array(bytes[12..<44])
            if snap.seq > 0, let h = hashes[snap.seq], h != head {
                report.problems.append(.init(seq: snap.seq, file: name, message: "snapshot at record \(snap.seq) does not match the journal"))
            } else if snap.seq > 0 && hashes[snap.seq] == nil {
                report.problems.append(.init(seq: snap.seq, file: name, message: "snapshot at record \(snap.seq) has no matching journal record"))
            }
        }
        return report
    }
}
