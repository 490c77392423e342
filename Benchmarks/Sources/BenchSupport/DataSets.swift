import Foundation
import ZgodaCore

/// The data directories the benchmarks measure, made on first use and kept between runs
/// (under `$ZGODA_BENCH_DATA`, else /tmp/zgoda-bench): making the 1M-record one takes about
/// half a minute.
public enum DataSets {
    public static var root: String {
        ProcessInfo.processInfo.environment["ZGODA_BENCH_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp/zgoda-bench"
    }

    public static let options = StoreOptions(operatorName: "bench")

    /// 100k demo people (`zgoda demo --contacts 100000 --seed 7`), then a snapshot.
    public static func hundredThousand() throws -> DataDirectory {
        try made("100k") { dir in try fill(dir, contacts: 100_000, records: 0) }
    }

    /// The same 100k people, then changes of consent up to 1M journal records, then a snapshot.
    public static func oneMillionRecords() throws -> DataDirectory {
        try made("1m") { dir in try fill(dir, contacts: 100_000, records: 1_000_000) }
    }

    /// 1M demo people, then a snapshot: the directory `scaling.sh` makes and keeps for its 1M
    /// column (`zgoda demo --contacts 1000000 --seed 7`, then `compact`); a few minutes to make.
    public static func oneMillionPeople() throws -> DataDirectory {
        try made("scale-1000000") { dir in try fill(dir, contacts: 1_000_000, records: 0) }
    }

    /// A few hundred people: a small journal, to show what does not grow with the journal.
    public static func small() throws -> DataDirectory {
        try made("small") { dir in try fill(dir, contacts: 300, records: 0) }
    }

    /// A fresh copy of `dir` to change freely; removed by `remove`.
    public static func scratchCopy(of dir: DataDirectory) throws -> DataDirectory {
        let copy = root + "/scratch-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: dir.path, toPath: copy)
        return DataDirectory(path: copy)
    }

    public static func remove(_ dir: DataDirectory) { try? FileManager.default.removeItem(atPath: dir.path) }

    /// Adds `contacts` demo people (seed 7), then consent changes until the journal holds
    /// `records` records, then writes a snapshot.
    public static func fill(_ dir: DataDirectory, contacts: Int, records: UInt64) throws {
        let store = try Store.open(dir, options: options)
        if store.state.controller.name.isEmpty { try store.setController { $0 = DemoData.controller } }
        try DemoData.populate(store, count: contacts, seed: 7)
        let ids = Array(store.state.contacts.keys)
        let purposes = Array(store.state.purposes.values)
        var next = 0
        try store.withSnapshotsDeferred {
            while store.lastSeq < records {
                let batch = Int(min(5_000, records - store.lastSeq))
                try store.commit { state in
                    (0..<batch).map { k -> Event in
                        let id = ids[(next + k) % ids.count], p = purposes[(next + k) % purposes.count]
                        return .consentRecorded(ConsentDecision(
                            contact: id, purpose: p.id, purposeVersion: p.version,
                            decision: (next + k) % 3 == 0 ? .withdrawn : .granted, source: .email,
                            evidence: "e-mail \(next + k)", at: store.now, operator: "bench", expires: nil,
                            wordingHash: Wording.hash(controller: state.controller, purpose: p)))
                    }
                }
                next += batch
            }
        }
        try store.compact()
    }

    /// Whether the set `name` has been made (and may be measured without making it).
    public static func isMade(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + name + ".ready")
    }

    private static func made(_ name: String, _ make: (DataDirectory) throws -> Void) throws -> DataDirectory {
        let dir = DataDirectory(path: root + "/" + name)
        let done = dir.path + ".ready"
        if FileManager.default.fileExists(atPath: done) { return dir }
        try? FileManager.default.removeItem(atPath: dir.path)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try make(dir)
        FileManager.default.createFile(atPath: done, contents: Data())
        return dir
    }
}
