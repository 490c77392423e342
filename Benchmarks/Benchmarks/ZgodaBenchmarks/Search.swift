import Benchmark
import BenchSupport
import ZgodaCore

/// One search keystroke over 100k people (SPEC §5: ≤ 10 ms at p99): what the contact list
/// does on every key typed after `/`, here for the successive keys of a few searches.
func searchBenchmarks() {
    let index = Fixture<SearchIndex>()
    let setup: Benchmark.BenchmarkSetupHook = {
        let store = try Store.open(try DataSets.hundredThousand(), options: DataSets.options)
        index.value = SearchIndex(state: store.state)
    }
    for query in ["k", "ko", "kow", "kowal", "kowalska", "a", "an", "an ko", "l", "lodz", "zolc", "6", "600 1", "@", "zzzz"] {
        Benchmark("search keystroke '\(query)' over 100k", configuration: .init(metrics: [.wallClock], maxIterations: 500),
                  closure: { benchmark in
                      guard let index = index.value else { return benchmark.error("no index") }
                      for _ in benchmark.scaledIterations { blackHole(index.search(query)) }
                  }, setup: setup)
    }
}
