import Foundation

/// Which journal entries a history holds: the changes (what `zgoda history` shows), the reads
/// of people's data (`zgoda history --access`), or both (the access report).
public enum HistoryScope: Sendable {
    case changes, accesses, all

    func includes(kindCode: UInt8) -> Bool {
        switch self {
        case .changes: return kindCode != EventCodec.accessCode
        case .accesses: return kindCode == EventCodec.accessCode
        case .all: return true
        }
    }
}

extension Store {
    /// Every journal entry from the start, oldest first; only those about `contact` if given,
    /// and only the kinds `scope` names (the changes, unless said otherwise).
    /// Entries whose person has been erased come back with their values erased.
    public func history(contact: ContactID? = nil, scope: HistoryScope = .changes) throws -> [JournalEntry] {
        var entries = try readHistory(contact: contact, scope: scope)
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

    private func readHistory(contact: ContactID?, scope: HistoryScope) throws -> [JournalEntry] {
        try lock.withShared {
            var out: [JournalEntry] = []
            try forEachJournalChunk { buf in
                var pos = 0
                do {
                    while pos < buf.count {
                        guard case let .record(rec, end) = FrameReader.read(buf, at: pos, verifyHash: false) else { return }
                        pos = end
                        if rec.seq > lastSeq { return }
                        if !scope.includes(kindCode: rec.kindCode) { continue }
                        if let contact {
                            // Exports and reads of many people name them in the public part,
                            // not in the contact field.
                            if rec.contact != contact.rawValue && !EventCodec.namesContactsInPublicPart(rec.kindCode) { continue }
                            let entry = try decodeEntry(rec)
                            switch entry.event {
                            case let .exported(_, _, _, ids), let .accessed(_, ids): if !ids.contains(contact) { continue }
                            default: break
                            }
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
