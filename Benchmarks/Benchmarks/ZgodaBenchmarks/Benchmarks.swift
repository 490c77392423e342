import Benchmark

/// The SPEC §5 targets measured in process (see docs/performance.md). Whole-process figures
/// beside fzf, grep and sqlite3 come from Benchmarks/compare.sh.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 2,
                                           maxDuration: .seconds(10), maxIterations: 1_000)
    searchBenchmarks()
    openBenchmarks()
    changeBenchmarks()
    erasureBenchmarks()
    verifyBenchmarks()
    frameBenchmarks()
}

/// What a benchmark's setup makes once and its iterations use.
final class Fixture<Value>: @unchecked Sendable {
    var value: Value?
}
