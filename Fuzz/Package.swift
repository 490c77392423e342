// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, kept out of the main package so that `swift test` never builds them.
// Built and run by scripts/fuzz.sh (see docs/reliability.md), which passes the sanitizer flags:
//   swift build --package-path Fuzz --sanitize=fuzzer --sanitize=address -Xswiftc -parse-as-library
// Each executable is one fuzz target; FuzzSupport holds what each one feeds to the decoders,
// and the seeds it can write for its own corpus.
let targets = ["Journal", "Snapshot", "Keys", "Meta", "Sealed", "CSV", "VCard", "JSON", "Theme"]

let package = Package(
    name: "ZgodaFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Zgoda", path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "ZgodaCore", package: "Zgoda"),
                .product(name: "ZgodaViewModels", package: "Zgoda"),
            ]
        ),
    ] + targets.map { name in
        .executableTarget(name: "Fuzz\(name)", dependencies: ["FuzzSupport"], path: "Sources/Fuzz\(name)")
    }
)
