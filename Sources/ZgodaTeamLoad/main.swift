import Foundation
import ZgodaCore
import ZgodaPostgres

// One writer of the team-database load test (scripts/team-load.sh): joins the team whose
// connection string it is given, makes N changes (an added person, then a consent for them,
// and so on), each acknowledged after COMMIT, and prints one line:
//   changes=N seconds=S first=SEQ last=SEQ
// Only synthetic people. Kept out of `zgoda` so that the product has no benchmark commands.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ZgodaTeamLoad: \(message)\n".utf8))
    exit(2)
}

let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
guard let dirPath = option("--data-dir", in: args), let url = option("--team", in: args), let changes = option("--changes", in: args).flatMap(Int.init) else {
    fail("usage: ZgodaTeamLoad --data-dir DIR --team postgres://… --changes N")
}
let directory = DataDirectory(path: dirPath)
var options = StoreOptions(operatorName: "load")
options.connect = { try PostgresTeamDatabase.connect($0) }
options.stateDirectory = dirPath + "-state"
do {
    if !directory.isInitialized { try Store.create(directory, options: options, encrypt: false, database: url) }
    let store = try Store.open(directory, options: options)
    let tag = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    let started = Date()
    let first = store.lastSeq + 1
    var person: ContactID? = nil
    for i in 0..<changes {
        if let id = person, i % 2 == 1 {
            try store.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .phone, evidence: "load \(i)")
            person = nil
        } else {
            person = try store.addContact(ContactDetails(name: "Osoba \(tag)-\(i)", email: "\(tag).\(i)@example.test"))
        }
    }
    let seconds = Date().timeIntervalSince(started)
    print("changes=\(changes) seconds=\(String(format: "%.3f", seconds)) first=\(first) last=\(store.lastSeq)")
} catch {
    fail("\(error)")
}
