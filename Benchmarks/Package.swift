// swift-tools-version: 6.1
import PackageDescription

// Micro-benchmarks with package-benchmark, kept out of the main package so that its
// dependencies never slow down `swift test`. Run from this folder:
//   swift package benchmark
let package = Package(
    name: "ZgodaBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Zgoda", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "bench-data",
            dependencies: [.product(name: "ZgodaCore", package: "Zgoda")],
            path: "Sources/BenchData"
        ),
        .executableTarget(
            name: "SearchBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ZgodaCore", package: "Zgoda"),
            ],
            path: "Benchmarks/SearchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
