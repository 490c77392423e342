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
    /// Entries whose person has been erased come back with their values erased. In a person's
    /// history, the exports and reads that named them keep that person alone in their lists,
    /// and `JournalEntry.namedCount` says how many people each named.
    public func history(contact: ContactID? = nil, scope: HistoryScope = .changes) throws -> [JournalEntry] {
        let index = try historyIndex(contact: contact, scope: scope)
        return try historyEntries(index, 0..<index.count)
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
