import Benchmark
import BenchSupport
import ZgodaCore

/// Opening 100k people up to the point where the contact list can be drawn (SPEC §5:
/// ≤ 0.3 s, ≤ 200 MB): what the terminal UI does before its first frame.
func openBenchmarks() {
    let dir = Fixture<DataDirectory>()
    let oneShot = Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 1,
                                          maxDuration: .seconds(20), maxIterations: 15)

    Benchmark("open 100k: Store.open + SearchIndex(state:)", configuration: oneShot, closure: { benchmark in
        guard let d = dir.value else { return benchmark.error("no data") }
        for _ in benchmark.scaledIterations {
            guard let store = try? Store.open(d, options: DataSets.options) else { return benchmark.error("open failed") }
            blackHole(SearchIndex(state: store.state))
        }
    }, setup: { dir.value = try DataSets.hundredThousand() })

    Benchmark("open 100k: Store.open + store.searchIndex() (index saved)", configuration: oneShot, closure: { benchmark in
        guard let d = dir.value else { return benchmark.error("no data") }
        for _ in benchmark.scaledIterations {
            guard let store = try? Store.open(d, options: DataSets.options) else { return benchmark.error("open failed") }
            blackHole(store.searchIndex())
        }
    }, setup: {
        let d = try DataSets.hundredThousand()
        _ = try Store.open(d, options: DataSets.options).searchIndex()
        dir.value = d
    })

    Benchmark("saved index 100k: SearchCache.load + search 'kow'", configuration: .init(metrics: [.wallClock, .peakMemoryResident],
                                                                                          maxIterations: 200),
              closure: { benchmark in
                  guard let d = dir.value else { return benchmark.error("no data") }
                  for _ in benchmark.scaledIterations {
                      guard let index = SearchCache.load(d) else { return benchmark.error("no saved index") }
                      blackHole(index.search("kow"))
                  }
              }, setup: {
                  let d = try DataSets.hundredThousand()
                  _ = try Store.open(d, options: DataSets.options).searchIndex()
                  dir.value = d
              })
}
