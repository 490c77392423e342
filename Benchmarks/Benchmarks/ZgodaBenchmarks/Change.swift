import Benchmark
import BenchSupport
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// One acknowledged change against one raw append + fsync of a record-sized buffer on the
/// same disk (SPEC §5: ≤ 2×), both in this process.
func changeBenchmarks() {
    final class Change: @unchecked Sendable {
        var dir: DataDirectory?
        var store: Store?
        var ids: [ContactID] = []
        var next = 0
        var fd: Int32 = -1
    }
    let change = Change()
    let config = Benchmark.Configuration(metrics: [.wallClock], warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 300)
    // A consent record of the 100k data set: 280 to 330 bytes framed.
    let recordSize = 320

    Benchmark("one change: consent decision committed (100k people)", configuration: config, closure: { benchmark in
        guard let store = change.store else { return benchmark.error("no store") }
        for _ in benchmark.scaledIterations {
            let id = change.ids[change.next % change.ids.count]
            let decision: Decision = change.next / change.ids.count % 2 == 0 ? .withdrawn : .granted
            change.next += 1
            do { try store.recordConsent(id, purpose: "profiling", decision: decision, source: .phone, evidence: nil, expires: nil) } catch {
                return benchmark.error("commit failed: \(error)")
            }
        }
    }, setup: {
        let d = try DataSets.scratchCopy(of: try DataSets.hundredThousand())
        change.dir = d
        change.store = try Store.open(d, options: DataSets.options)
        change.ids = Array(change.store!.state.contacts.keys.prefix(5_000))
    }, teardown: {
        change.store = nil
        if let d = change.dir { DataSets.remove(d) }
    })

    Benchmark("raw append + fsync of \(recordSize) bytes (same disk)", configuration: config, closure: { benchmark in
        let buffer = [UInt8](repeating: 0x5A, count: recordSize)
        for _ in benchmark.scaledIterations {
            let n = buffer.withUnsafeBytes { Glibc.write(change.fd, $0.baseAddress, $0.count) }
            if n != recordSize || fsync(change.fd) != 0 { return benchmark.error("write failed") }
        }
    }, setup: {
        try FileManager.default.createDirectory(atPath: DataSets.root, withIntermediateDirectories: true)
        change.fd = open(DataSets.root + "/raw-append.bin", O_WRONLY | O_CREAT | O_APPEND | O_TRUNC | O_CLOEXEC, 0o600)
        if change.fd < 0 { throw ZgodaError.io("cannot open the raw append file") }
    }, teardown: {
        close(change.fd)
        unlink(DataSets.root + "/raw-append.bin")
    })
}
