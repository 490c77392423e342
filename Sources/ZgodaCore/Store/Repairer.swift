import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `zgoda repair`: sets damaged data aside and makes the directory writable again.
///
/// The journal is cut at the first damaged record; the cut-off part and any damaged or
/// no-longer-matching snapshots are copied to `damaged/<time>/` first. Records after the
/// damage whose own checksum is still good are then appended again (new sequence numbers,
/// original time and operator), so no intact change is lost, and a `repair` record says what
/// was set aside.
public enum Repairer {
    public struct Result {
        public var lines: [String]
    }

    public static func repair(_ dir: DataDirectory, options: StoreOptions) throws -> Result {
        guard dir.isInitialized else { throw ZgodaError.notADataDirectory(dir.path) }
        let lock = try FileLock(path: dir.lockPath)
        var lines: [String] = []
        var salvaged: [JournalRecord] = []
        var lostSeqs: [UInt64] = []
        let stamp = ISOTime.string(options.clock.now()).replacingOccurrences(of: ":", with: "")
        let aside = dir.damagedDir + "/" + stamp
        func setAside(_ path: String) throws {
            try Files.makeDirectory(dir.damagedDir)
            try Files.makeDirectory(aside)
            let target = aside + "/" + (path as NSString).lastPathComponent
            if let bytes = try Files.read(path) { try Files.writeAtomically(bytes, to: target, io: options.io) }
        }

        var cutSeq: UInt64? = nil
        try lock.withExclusive {
            var expected: UInt64 = 1
            var prev = JournalRecord.zeroHash
            let segments = dir.segments()
            outer: for (i, seg) in segments.enumerated() {
                let bytes = try Files.read(seg.path) ?? []
                var pos = 0
                var damageAt: Int? = nil
                bytes.withUnsafeBytes { buf in
                    while pos < buf.count {
                        switch FrameReader.read(buf, at: pos) {
                        case let .record(rec, end):
                            if damageAt == nil {
                                if rec.seq == expected && rec.prevHash == prev {
                                    prev = rec.hash; expected += 1; pos = end; continue
                                }
                                damageAt = pos
                            }
                            salvaged.append(rec); pos = end
                        case .truncated:
                            if damageAt == nil { damageAt = pos }
                            lostSeqs.append(expected)
                            return
                        case let .corrupt(_, end, _):
                            if damageAt == nil { damageAt = pos }
                            lostSeqs.append(expected + UInt64(salvaged.count))
                            guard let end else { return }
                            pos = end
                        }
                    }
                }
                guard let cut = damageAt else { continue }
                cutSeq = expected
                for later in segments[i...] { try setAside(later.path) }
                let fd = try Files.openReadWrite(seg.path)
                _ = ftruncate(fd, off_t(cut)); try options.io.fsync(fd); close(fd)
                for later in segments[(i + 1)...] {
                    // Keep the records of later segments for salvage, then remove the files.
                    let more = try Files.read(later.path) ?? []
                    var p = 0
                    more.withUnsafeBytes { buf in
                        while p < buf.count {
                            switch FrameReader.read(buf, at: p) {
                            case let .record(rec, end): salvaged.append(rec); p = end
                            case let .corrupt(_, end, _): lostSeqs.append(0); guard let end else { return }; p = end
                            case .truncated: return
                            }
                        }
                    }
                    unlink(later.path)
                }
                break outer
            }
            for snap in dir.snapshots() {
                let bad: Bool
                if let c = cutSeq, snap.seq >= c { bad = true } else {
                    let bytes = try Files.read(snap.path) ?? []
                    bad = bytes.count < 76 || bytes.withUnsafeBytes {
                        SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: $0[0..<($0.count - 32)])) != Array($0[($0.count - 32)...])
                    }
                }
                if bad {
                    try setAside(snap.path)
                    unlink(snap.path)
                    lines.append("set aside snapshot \((snap.path as NSString).lastPathComponent)")
                }
            }
        }
        guard let cut = cutSeq else {
            lines.append(lines.isEmpty ? "nothing to repair: the journal is intact" : "the journal is intact")
            return Result(lines: lines)
        }
        lines.append("cut the journal before record \(cut); a copy of what was set aside is in \(aside)")
        // Reopen the now-consistent directory and append the intact records again.
        var opts = options
        opts.createIfMissing = false
        let store = try Store.open(dir, options: opts)
        var restored = 0
        for rec in salvaged.sorted(by: { $0.seq < $1.seq }) {
            guard let entry = try? store.decodeEntry(rec) else { continue }
            do { try store.commitSalvaged(entry); restored += 1 } catch { lostSeqs.append(rec.seq) }
        }
        let note = "set aside records from \(cut) on (copy in damaged/\(stamp)); appended \(restored) intact record\(restored == 1 ? "" : "s") again" + (lostSeqs.isEmpty ? "" : "; \(lostSeqs.count) could not be recovered")
        try store.commit { _ in [.repaired(note: note)] }
        lines.append("appended \(restored) intact record\(restored == 1 ? "" : "s") again; \(lostSeqs.count) lost")
        return Result(lines: lines)
    }
}
