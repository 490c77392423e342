import Benchmark
import Foundation
import ZgodaCore

/// One search keystroke over 100k demo people (SPEC §5: ≤ 10 ms at p99), and building the
/// index from the state (done once per open and after each change).
let benchmarks: @Sendable () -> Void = {
    let people = DemoData.people(count: 100_000, seed: 7)
    var state = ZgodaState()
    for (i, d) in people.enumerated() {
        state.apply(JournalEntry(seq: UInt64(i + 1), at: Date(), operator: "bench",
                                 event: .contactAdded(id: ContactID("c\(i)"), keySlot: UInt32(i + 1), details: d)))
    }
    let index = SearchIndex(state: state)

    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 500)

    for query in ["k", "ko", "kow", "kowal", "lodz", "zolc", "600 1"] {
        Benchmark("search keystroke '\(query)' over 100k") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(index.search(query)) }
        }
    }

    Benchmark("build index for 100k", configuration: .init(maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(SearchIndex(state: state)) }
    }
}
