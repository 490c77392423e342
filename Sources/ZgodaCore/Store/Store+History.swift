import Foundation

extension Store {
    /// Every journal entry from the start, oldest first; only those about `contact` if given.
    /// Entries whose person has been erased come back with their values erased.
    public func history(contact: ContactID? = nil) throws -> [JournalEntry] {
        var entries = try readHistory(contact: contact)
        // Each consent decision with the one before it on the same purpose: every decision of a
        // person is in the journal, oldest first, and all of them are read whenever one is.
        var last: [String: Decision] = [:]
        for i in entries.indices {
            guard case let .consentRecorded(d) = entries[i].event else { continue }
            let key = d.contact.rawValue + "\u{0}" + d.purpose
            entries[i].previousDecision = last[key]
            last[key] = d.decision
        }
        return entries
    }

    private func readHistory(contact: ContactID?) throws -> [JournalEntry] {
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
