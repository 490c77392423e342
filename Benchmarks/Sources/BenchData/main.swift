import BenchSupport
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

// Data sets and phase timings for the performance harness (Benchmarks/compare.sh).
//
//   bench-data fill DIR CONTACTS RECORDS   demo people (seed 7), consent changes up to RECORDS
//                                          journal records, then a snapshot
//   bench-data phases DIR QUERY            times open, index build and one search in one process
//                                          (SAVED=1: the saved index via store.searchIndex())
//   bench-data cache DIR QUERY             times loading the saved search index and one search
//                                          (SEARCH_RUNS=N: the search's mean over N runs)

func usage() -> Never {
    FileHandle.standardError.write(Data("""
    usage: bench-data fill DIR CONTACTS RECORDS
           bench-data phases DIR QUERY
           bench-data cache DIR QUERY

    """.utf8))
    exit(2)
}

func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }

func peakMB() -> Int {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Int(u.ru_maxrss) / 1024
}

let args = CommandLine.arguments
guard args.count >= 2 else { usage() }

switch args[1] {
case "fill":
    guard args.count == 5, let contacts = Int(args[3]), let records = UInt64(args[4]) else { usage() }
    try DataSets.fill(DataDirectory(path: args[2]), contacts: contacts, records: records)

case "phases":
    // What the terminal UI does before its first frame: open, then the search index, either
    // built from the state or, with SAVED=1, taken from the saved index when it is current.
    guard args.count == 4 else { usage() }
    let saved = ProcessInfo.processInfo.environment["SAVED"] == "1"
    let t0 = DispatchTime.now().uptimeNanoseconds
    let store = try Store.open(DataDirectory(path: args[2]), options: DataSets.options)
    let open = milliseconds(since: t0)
    let t1 = DispatchTime.now().uptimeNanoseconds
    let index = saved ? store.searchIndex() : SearchIndex(state: store.state)
    let build = milliseconds(since: t1)
    let t2 = DispatchTime.now().uptimeNanoseconds
    let found = index.search(args[3])
    print(String(format: "open %.1f ms, index %.1f ms (%@), search %.2f ms (%d found), peak %d MB",
                 open, build, saved ? "saved" : "built", milliseconds(since: t2), found.count, peakMB()))
    exit(0)

case "cache":
    guard args.count == 4 else { usage() }
    let t0 = DispatchTime.now().uptimeNanoseconds
    guard let index = SearchCache.load(DataDirectory(path: args[2])) else { print("no current saved index"); exit(1) }
    let load = milliseconds(since: t0)
    let runs = Int(ProcessInfo.processInfo.environment["SEARCH_RUNS"] ?? "1") ?? 1
    let t1 = DispatchTime.now().uptimeNanoseconds
    var found = SearchResults()
    for _ in 0..<runs { found = index.search(args[3]) }
    print(String(format: "saved index %.2f ms, search %.2f ms (%d found), peak %d MB", load, milliseconds(since: t1) / Double(runs), found.count, peakMB()))
    exit(0)

default:
    usage()
}
