import Foundation

extension Store {
    /// Every journal entry from the start, oldest first; only those about `contact` if given.
    /// Entries whose person has been erased come back with their values erased.
    public func history(contact: ContactID? = nil) throws -> [JournalEntry] {
        try lock.withShared {
            var out: [JournalEntry] = []
            for seg in directory.segments() {
                let bytes = try Files.read(seg.path) ?? []
                var pos = 0
                try bytes.withUnsafeBytes { buf in
                    while pos < buf.count {
                        guard case let .record(rec, end) = FrameReader.read(buf, at: pos, verifyHash: false) else { return }
                        pos = end
                        if rec.seq > lastSeq { return }
                        if let contact {
                            // Exports name their people in the public part, not in the contact field.
                            if rec.contact != contact.rawValue && !EventCodec.isExport(rec.kindCode) { continue }
                            let entry = try decodeEntry(rec)
                            if case let .exported(_, _, _, ids) = entry.event, !ids.contains(contact) { continue }
                            out.append(entry)
                        } else {
                            out.append(try decodeEntry(rec))
                        }
                    }
                }
            }
            return out
        }
    }
}
