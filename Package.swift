// swift-tools-version: 6.1
import PackageDescription

// Layers point one way: zgoda (executable) → ZgodaCLI / ZgodaTerminal → ZgodaViewModels → ZgodaCore.
// ZgodaCore imports no UI; ZgodaViewModels imports no ncurses. ZgodaServe (the customer's consent
// pages, on Hummingbird) and ZgodaPostgres (the team backend, on postgres-nio) sit beside
// ZgodaViewModels, over ZgodaCore only: the core stays free of NIO.
let package = Package(
    name: "Zgoda",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zgoda", targets: ["zgoda"]),
        .library(name: "ZgodaCore", targets: ["ZgodaCore"]),
        // Changes a data directory at random until killed: the crash-torture test's worker.
        .executable(name: "zgoda-torture", targets: ["ZgodaTorture"]),
        // One writer of the team-database load test (scripts/team-load.sh).
        .executable(name: "zgoda-team-load", targets: ["ZgodaTeamLoad"]),
        // For Fuzz/, which fuzzes the theme parser.
        .library(name: "ZgodaViewModels", targets: ["ZgodaViewModels"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Without its default traits: no swift-configuration, less to build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The team backend.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "ZgodaCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "ZgodaViewModels",
            dependencies: [
                "ZgodaCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "ZgodaServe",
            dependencies: [
                "ZgodaCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The team backend: the core's TeamDatabase on PostgreSQL. Beside ZgodaServe, over the
        // core only, so the core stays free of NIO.
        .target(
            name: "ZgodaPostgres",
            dependencies: [
                "ZgodaCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ZgodaTerminal",
            dependencies: ["ZgodaViewModels", "ZgodaCore", "CNcursesw"]
        ),
        .target(
            name: "ZgodaCLI",
            dependencies: [
                "ZgodaCore",
                "ZgodaViewModels",
                "ZgodaTerminal",
                "ZgodaServe",
                "ZgodaPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "zgoda",
            dependencies: ["ZgodaCLI"]
        ),
        // One writer of scripts/team-load.sh: N changes to a team database, timed.
        .executableTarget(
            name: "ZgodaTeamLoad",
            dependencies: ["ZgodaCore", "ZgodaPostgres"]
        ),
        .executableTarget(
            name: "ZgodaTorture",
            dependencies: ["ZgodaCore"]
        ),
        .testTarget(
            name: "ZgodaCoreTests",
            dependencies: [
                "ZgodaCore",
                // The store-level suites also run on a team database (ZGODA_TEST_BACKEND=postgres).
                "ZgodaPostgres",
                "TestPostgresServer",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["GDPR/Golden"]
        ),
        .testTarget(
            name: "ZgodaViewModelsTests",
            dependencies: ["ZgodaViewModels", "ZgodaCore"]
        ),
        .testTarget(
            name: "ZgodaTerminalTests",
            dependencies: ["ZgodaTerminal", "ZgodaViewModels", "TestPostgresServer"]
        ),
        .testTarget(
            name: "ZgodaPostgresTests",
            dependencies: ["ZgodaPostgres", "ZgodaCore", "TestPostgresServer"]
        ),
        // A throwaway PostgreSQL cluster for the tests that need a server (initdb, pg_ctl).
        .target(
            name: "TestPostgresServer",
            path: "Tests/Support/TestPostgresServer"
        ),
        .testTarget(
            name: "ZgodaCLITests",
            dependencies: ["ZgodaCore", "TestPostgresServer"]
        ),
    ]
)
