import Benchmark
import BenchSupport
import ZgodaCore

/// `zgoda verify` over 1M journal records (SPEC §5: ≤ 3 s).
func verifyBenchmarks() {
    let dir = Fixture<DataDirectory>()
    Benchmark("verify 1M records", configuration: .init(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 1,
                                                         maxDuration: .seconds(20), maxIterations: 5),
              closure: { benchmark in
                  guard let d = dir.value else { return benchmark.error("no data") }
                  for _ in benchmark.scaledIterations {
                      guard let report = try? Verifier.verify(d), report.ok, report.records == 1_000_000 else {
                          return benchmark.error("verify failed")
                      }
                      blackHole(report)
                  }
              }, setup: { dir.value = try DataSets.oneMillionRecords() })
}
