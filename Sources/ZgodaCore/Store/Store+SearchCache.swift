import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// The search index of the current state: the saved one (`SearchCache`) when it was made
    /// from exactly this state, else built now and saved for the next reader.
    public func searchIndex() -> SearchIndex {
        if let saved = loadSearchCache() { return saved }
        let index = SearchIndex(state: state)
        saveSearchCache(index, seq: lastSeq)
        return index
    }

    /// The saved index if it was made from this store's state (same sequence number and head).
    func loadSearchCache() -> SearchIndex? {
        // Mapped: the file is replaced by rename, never shortened in place.
        guard let file = try? MappedFile.open(SearchCache.path(directory)) else { return nil }
        let all = file.bytes
        guard let header = SearchCache.Header(all) else { return nil }
        if header.seq != lastSeq || header.headHash != headHash {
            // Behind by records that changed nobody's searchable values (reads, decisions…)?
            guard database == nil, header.seq < lastSeq, SearchCache.isCurrent(header, directory, lastSeq: lastSeq) else { return nil }
        }
        guard let key = keys.uncheckedKey(header.keySlot) else { return nil }
        return SearchCache.open(all, header: header, key: key)
    }

    /// Saves `index`, built from this store's state at `seq`, unless that is no longer the
    /// journal's head. Best effort: a busy lock, a moved journal, damage or a failed write
    /// just leave the cache as it was (or absent); the next reader builds the index itself.
    ///
    /// Written only under the exclusive lock and only when catching up finds nothing new: an
    /// erasure that happened since `state` was read has already removed its cache and key, and
    /// this index, which may still hold the erased person, must not bring them back.
    func saveSearchCache(_ index: SearchIndex, seq: UInt64) {
        _ = try? lock.withExclusiveIfFree {
            let changed = try catchUp()
            guard !changed, writable, lastSeq == seq, readOnlyReason == nil, !tornTail, warnings.isEmpty,
                  let size = Files.size(segmentPath), size == segmentEnd else { return }
            try keys.reload()
            var slot = SearchCache.keySlot(directory)
            if let s = slot, s == 0 || s >= keys.slotCount || keys.isErased(s) { slot = nil }
            let keySlot = try slot ?? keys.allocate(1)[0]
            guard let key = keys.key(keySlot) else { return }
            let header = SearchCache.Header(keySlot: keySlot, seq: lastSeq, headHash: headHash,
                                            segment: segmentFirst, segmentSize: UInt64(size))
            let bytes = try SearchCache.sealed(index, header: header, key: key)
            // Derived data: no fsync. A torn file fails to open and is rebuilt; what keeps an
            // erased person out of it is the key, which `eraseSearchCache` destroys durably.
            // Through the store's I/O seam like every other write.
            replaceDerivedFile(SearchCache.path(directory), temporary: SearchCache.temporaryPath(directory), with: bytes)
        }
    }

    /// Destroys the search cache's key (durably) and removes its files. Run under the
    /// exclusive lock by every erasure before it is acknowledged.
    func eraseSearchCache() throws {
        if let slot = SearchCache.keySlot(directory), slot != 0 {
            // Another process may have made the slot since this one read the key file.
            if slot >= keys.slotCount { try keys.reload() }
            if slot < keys.slotCount && !keys.isErased(slot) { try keys.erase(slot) }
        }
        unlink(SearchCache.path(directory))
        unlink(SearchCache.temporaryPath(directory))
    }
}
