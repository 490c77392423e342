import Benchmark
import BenchSupport
import ZgodaCore

/// Anonymising one person (SPEC §5: ≤ 50 ms whatever the journal's size), with the search
/// index saved beforehand so its erasure is part of the cost.
func erasureBenchmarks() {
    final class Erasure: @unchecked Sendable {
        var dir: DataDirectory?
        var store: Store?
        var ids: [ContactID] = []
        var next = 0
    }
    for (name, source) in [("1M-record journal, 100k people", DataSets.oneMillionRecords),
                           ("300-person journal", DataSets.small)] {
        let erasure = Erasure()
        Benchmark("anonymise one person (\(name))", configuration: .init(metrics: [.wallClock], warmupIterations: 2,
                                                                          maxDuration: .seconds(10), maxIterations: 100),
                  closure: { benchmark in
                      guard let store = erasure.store else { return benchmark.error("no store") }
                      for _ in benchmark.scaledIterations {
                          guard erasure.next < erasure.ids.count else { return benchmark.error("out of people") }
                          let id = erasure.ids[erasure.next]
                          erasure.next += 1
                          do { try store.anonymize(id) } catch { return benchmark.error("anonymise failed: \(error)") }
                      }
                  }, setup: {
                      let d = try DataSets.scratchCopy(of: try source())
                      erasure.dir = d
                      let store = try Store.open(d, options: DataSets.options)
                      _ = store.searchIndex()
                      erasure.store = store
                      erasure.ids = Array(store.state.contacts.keys.prefix(250))
                  }, teardown: {
                      erasure.store = nil
                      if let d = erasure.dir { DataSets.remove(d) }
                  })
    }
}
