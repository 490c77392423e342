import Foundation

extension Store {
    /// Every journal entry from the start, oldest first; only those about `contact` if given.
    /// Entries whose person has been erased come back with their values erased.
    public func history(contact: ContactID? = nil) throws -> [JournalEntry] {
        var entries = try readHistory(contact: contact)
        // Each consent decision with the one before it on the same purpose: every decision of a
        // person is in the journal, oldest first, and all of them are read whenever one is.
        // The catalogue and the controller the same way: each change with what it replaced.
        var last: [String: Decision] = [:]
        var purposes: [String: Purpose] = [:]
        var controller: DataController?
        for i in entries.indices {
            switch entries[i].event {
            case let .consentRecorded(d):
                let key = d.contact.rawValue + "\u{0}" + d.purpose
                entries[i].previousDecision = last[key]
                last[key] = d.decision
            case let .purposeAdded(p):
                purposes[p.id] = p
            case let .purposeEdited(p):
                entries[i].previousPurpose = purposes[p.id]
                purposes[p.id] = p
            case let .controllerSet(c):
                entries[i].previousController = controller
                controller = c
            default:
                break
            }
        }
        return entries
    }

    private func readHistory(contact: ContactID?) throws -> [JournalEntry] {
        try lock.withShared {
            var out: [JournalEntry] = []
            try forEachJournalChunk { buf in
                var pos = 0
                do {
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

    /// Runs `body` over the journal's bytes in order: each segment file in turn, or the team
    /// database's records as one run of frames.
    /// Segment files are mapped, not read: a verify of a million records stays small.
    func forEachJournalChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        if let database {
            try database.records(after: 0).withUnsafeBytes { try body($0) }
            return
        }
        for seg in directory.segments() where seg.first <= lastSeq {
            guard let file = try MappedFile.open(seg.path) else { continue }
            try body(file.bytes)
        }
    }
}
