import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

// Data sets and phase timings for the performance harness (Benchmarks/compare.sh).
//
//   bench-data journal DIR CONTACTS RECORDS   demo people, then consent changes up to RECORDS records
//   bench-data phases DIR QUERY               times open, index build and one search in one process

func usage() -> Never {
    FileHandle.standardError.write(Data("""
    usage: bench-data journal DIR CONTACTS RECORDS
           bench-data phases DIR QUERY

    """.utf8))
    exit(2)
}

func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func peakMB() -> Int {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Int(u.ru_maxrss) / 1024
}

let args = CommandLine.arguments
guard args.count >= 2 else { usage() }
let options = StoreOptions(operatorName: "bench")

switch args[1] {
case "journal":
    guard args.count == 5, let contacts = Int(args[3]), let records = UInt64(args[4]) else { usage() }
    let store = try Store.open(DataDirectory(path: args[2]), options: options)
    if store.state.controller.name.isEmpty { try store.setController { $0 = DemoData.controller } }
    try DemoData.populate(store, count: contacts, seed: 7)
    // Then changes of mind: each person withdraws or grants again, in batches of atomic groups,
    // until the journal holds `records` records.
    let ids = Array(store.state.contacts.keys)
    let purposes = Array(store.state.purposes.values)
    var rng = SystemRandomNumberGenerator()
    var next = 0
    while store.lastSeq < records {
        let batch = Int(min(5_000, records - store.lastSeq))
        try store.commit { state in
            (0..<batch).map { k -> Event in
                let id = ids[(next + k) % ids.count], p = purposes[(next + k) % purposes.count]
                return .consentRecorded(ConsentDecision(
                    contact: id, purpose: p.id, purposeVersion: p.version,
                    decision: Bool.random(using: &rng) ? .granted : .withdrawn, source: .email,
                    evidence: "e-mail \(next + k)", at: store.now, operator: "bench", expires: nil,
                    wordingHash: Wording.hash(controller: state.controller, purpose: p)))
            }
        }
        next += batch
    }
    try store.compact()
    print("\(store.state.contacts.count) contacts, \(store.lastSeq) records in \(args[2])")

case "phases":
    guard args.count == 4 else { usage() }
    let t0 = DispatchTime.now().uptimeNanoseconds, c0 = cpuSeconds()
    let store = try Store.open(DataDirectory(path: args[2]), options: options)
    let open = seconds(since: t0), openCPU = cpuSeconds() - c0
    for w in store.warnings { print("warning: \(w)") }
    let t1 = DispatchTime.now().uptimeNanoseconds
    var index = SearchIndex(state: store.state)
    var build = seconds(since: t1)
    for _ in 0..<Int(ProcessInfo.processInfo.environment["INDEX_RUNS"] ?? "3")! {
        let t = DispatchTime.now().uptimeNanoseconds
        index = SearchIndex(state: store.state)
        build = min(build, seconds(since: t))
    }
    let t2 = DispatchTime.now().uptimeNanoseconds
    let found = index.search(args[3])
    let search = seconds(since: t2)
    print(String(format: "open %.1f ms (cpu %.1f ms), index %.1f ms, search %.2f ms (%d found), peak %d MB",
                 open * 1000, openCPU * 1000, build * 1000, search * 1000, found.count, peakMB()))
    exit(0)

case "cache":
    guard args.count == 4 else { usage() }
    for _ in 0..<5 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        guard let index = SearchCache.load(DataDirectory(path: args[2])) else { print("no valid cache"); exit(1) }
        let load = seconds(since: t0)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let found = index.search(args[3])
        print(String(format: "cache load %.2f ms, search %.2f ms (%d found), peak %d MB", load * 1000, seconds(since: t1) * 1000,
                     found.count, peakMB()))
    }
    exit(0)

default:
    usage()
}
