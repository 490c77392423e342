// swift-tools-version: 6.1
import PackageDescription

// Benchmarks with package-benchmark, kept out of the main package so that its dependencies
// never slow down `swift test`. Run from this folder (see docs/performance.md):
//   swift package --disable-sandbox benchmark
// Data sets are made on first use under $ZGODA_BENCH_DATA (default /tmp/zgoda-bench).
let package = Package(
    name: "ZgodaBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Zgoda", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchSupport",
            dependencies: [.product(name: "ZgodaCore", package: "Zgoda")],
            path: "Sources/BenchSupport"
        ),
        .executableTarget(
            name: "bench-data",
            dependencies: ["BenchSupport", .product(name: "ZgodaCore", package: "Zgoda")],
            path: "Sources/BenchData"
        ),
        .executableTarget(
            name: "ZgodaBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ZgodaCore", package: "Zgoda"),
                .product(name: "ZgodaViewModels", package: "Zgoda"),
            ],
            path: "Benchmarks/ZgodaBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
