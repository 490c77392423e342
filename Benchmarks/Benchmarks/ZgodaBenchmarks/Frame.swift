import Benchmark
import BenchSupport
import ZgodaCore
import ZgodaViewModels

/// Drawing one full 200×60 frame of the terminal UI over 100k people (SPEC §5: ≤ 2 ms): the
/// contact list with its detail pane, and a person's history. Only the view models' part: the
/// grid the ncurses front then paints.
func frameBenchmarks() {
    let app = Fixture<AppModel>()
    let frames = Benchmark.Configuration(metrics: [.wallClock], warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 2_000)

    Benchmark("frame 200x60: contact list, 100k people", configuration: frames, closure: { benchmark in
        guard let a = app.value else { return benchmark.error("no data") }
        for _ in benchmark.scaledIterations { blackHole(a.render()) }
    }, setup: {
        let store = try Store.open(try DataSets.hundredThousand(), options: DataSets.options)
        app.value = AppModel(store: store, rows: 60, cols: 200)
    })

    Benchmark("frame 200x60: history of one person, 100k people", configuration: frames, closure: { benchmark in
        guard let a = app.value else { return benchmark.error("no data") }
        for _ in benchmark.scaledIterations { blackHole(a.render()) }
    }, setup: {
        let store = try Store.open(try DataSets.hundredThousand(), options: DataSets.options)
        var a = AppModel(store: store, rows: 60, cols: 200)
        _ = a.handle(.char("G"))
        _ = a.handle(.char("h"))
        app.value = a
    })

    // Opening history (SPEC §5: ≤ 100 ms at any size): one person's, and the audit log of
    // everything, from the contact list to the screen being ready to draw.
    let opens = Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 1,
                                        maxDuration: .seconds(30), maxIterations: 20)
    Benchmark("open history 100k: one person (h)", configuration: opens, closure: { benchmark in
        guard let a = app.value else { return benchmark.error("no data") }
        for _ in benchmark.scaledIterations {
            var b = a
            _ = b.handle(.char("h"))
            blackHole(b.render())
        }
    }, setup: {
        // A scratch copy: opening a person's history records a read.
        let store = try Store.open(try DataSets.scratchCopy(of: try DataSets.hundredThousand()), options: DataSets.options)
        var a = AppModel(store: store, rows: 60, cols: 200)
        _ = a.handle(.char("G"))
        app.value = a
    })

    Benchmark("open history 100k: audit log (H)", configuration: opens, closure: { benchmark in
        guard let a = app.value else { return benchmark.error("no data") }
        for _ in benchmark.scaledIterations {
            var b = a
            _ = b.handle(.char("H"))
            blackHole(b.render())
        }
    }, setup: {
        let store = try Store.open(try DataSets.hundredThousand(), options: DataSets.options)
        app.value = AppModel(store: store, rows: 60, cols: 200)
    })
}
