import Foundation
import ZgodaCore

// zgoda-torture --data-dir DIR --seed N [--compact-every K]
//
// Changes the data directory at random until it is killed; see Worker. Run by the crash-torture
// test (Tests/ZgodaCLITests/CrashTortureTests.swift) and scripts/torture.sh, which SIGKILL it and
// check that every acknowledged change survived.

func option(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

guard let dirPath = option("--data-dir"), let seed = option("--seed").flatMap(UInt64.init) else {
    FileHandle.standardError.write(Data("usage: zgoda-torture --data-dir DIR --seed N [--compact-every K]\n".utf8))
    exit(2)
}
// Small, so that automatic snapshots are frequent and kills land while one is being written.
let compactEvery = option("--compact-every").flatMap(Int.init) ?? 50

let directory = DataDirectory(path: dirPath)
let store: Store
do {
    store = try Store.open(directory, options: StoreOptions(operatorName: "torture", compactEvery: compactEvery))
} catch {
    Report.fail("open: \(error)")
}
if let reason = store.readOnlyReason { Report.fail("open: read-only: \(reason)") }
Report.line("READY seq=\(store.lastSeq) contacts=\(store.state.contacts.count)")

var worker = Worker(store: store, scratch: (dirPath as NSString).deletingLastPathComponent, seed: seed)
while true {
    do { try worker.step() } catch { Report.fail("\(error)") }
}
