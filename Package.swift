// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target shares: Swift 6 mode plus the two upcoming features the team
/// agreed on (explicit `any`, and imports that do not leak into our public API).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Quartermaster",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quartermaster", targets: ["quartermaster"]),
        .library(name: "QuartermasterCore", targets: ["QuartermasterCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The centre and sync (issue 10) and the service runtime (issue 11)
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // MARK: C libraries (one system-library target each; C types stay inside the adapters)
        .systemLibrary(name: "CZbar", pkgConfig: "zbar", providers: [.apt(["libzbar-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CEvdev", pkgConfig: "libevdev", providers: [.apt(["libevdev-dev"])]),
        .systemLibrary(name: "CXKBCommon", pkgConfig: "xkbcommon", providers: [.apt(["libxkbcommon-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Kernel headers only (linux/kd.h, linux/vt.h): the console's font and VT ioctls.
        .systemLibrary(name: "CLinuxConsole"),
        // glibc's memfd_create and posix_spawn_file_actions_addclosefrom_np (GNU extensions), and
        // spawn attributes that give a child clean signals.
        .systemLibrary(name: "CSpawn"),
        // Debian ships no cups.pc: the module map links libcups itself.
        .systemLibrary(name: "CCups", providers: [.apt(["libcups2-dev"])]),

        // The functions of cairo/Pango, zbar, libjpeg and libxlsxwriter the adapters call, each
        // opening its library on the first call (scripts/lazy-libraries writes wrappers.c). Hidden:
        // the libraries themselves never bind to them. The binary then uses nothing of those
        // libraries, and scripts/package-deb drops them from its DT_NEEDED (SwiftPM puts
        // pkg-config's -l flags first, so --as-needed cannot): an idle station maps none.
        .target(
            name: "CLazyLibraries",
            dependencies: ["CCairo", "CZbar", "CJPEG", "CXLSXWriter"],
            cSettings: [.unsafeFlags(["-fvisibility=hidden"])],
            linkerSettings: [.linkedLibrary("dl")]),

        // MARK: The pure core: records, rules, barcode interpretation, kiosk flows
        .target(name: "QuartermasterCore", swiftSettings: strict),

        // MARK: Adapters (never import each other)
        .target(
            name: "Storage",
            dependencies: ["QuartermasterCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(
            name: "Rendering",
            dependencies: ["QuartermasterCore", "CCairo", "CLazyLibraries", "CQREncode", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "Scanning",
            dependencies: ["QuartermasterCore", "CZbar", "CEvdev", "CXKBCommon", "CJPEG", "CCairo", "CLazyLibraries"],
            swiftSettings: strict),
        .target(
            name: "Printing",
            dependencies: ["QuartermasterCore", "CCups"],
            swiftSettings: strict),
        .target(name: "Terminal", dependencies: ["QuartermasterCore", "CZlib", "CLinuxConsole"], swiftSettings: strict),
        .target(name: "Spreadsheet", dependencies: ["QuartermasterCore", "CXLSXWriter", "CLazyLibraries"], swiftSettings: strict),

        // MARK: The centre: one storage protocol, PostgreSQL and SQLite behind it
        .target(
            name: "Central",
            dependencies: [
                "QuartermasterCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // The centre's HTTP API: routes, token auth and refusals, over any `CentralStore`.
        .target(
            name: "CentralServer",
            dependencies: [
                "Central", "QuartermasterCore", "Spreadsheet",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),

        // MARK: The station's side of sync: pushes the journal, pulls reference data
        .target(
            name: "Sync",
            dependencies: [
                "QuartermasterCore", "Storage",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strict),

        // MARK: The station: kiosk engine wiring flows to the seams, and the slips it owes
        .target(name: "Station", dependencies: ["QuartermasterCore", "Storage", "Rendering", "Printing", "CSpawn"], swiftSettings: strict),

        // MARK: The station runtime: one Service per long-running part, the config file, logs, metrics
        .target(
            name: "StationRuntime",
            dependencies: [
                "QuartermasterCore", "Station", "Storage", "Rendering", "Scanning", "Printing", "Terminal", "Sync",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict),

        // MARK: The executable
        .executableTarget(
            name: "quartermaster",
            dependencies: [
                "QuartermasterCore", "Storage", "Rendering", "Scanning", "Printing", "Terminal", "Station", "Spreadsheet",
                "StationRuntime",
                "Central", "CentralServer", "Sync",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict,
            // The release binary's start-up and resident size (BENCHMARKS.md, "Service"): its
            // relative relocations packed (DT_RELR, glibc ≥ 2.36; lld, as gold cannot) instead of
            // 3.8 MB of .rela.dyn read and applied at every start, and its own symbols not
            // exported (the static Swift runtime's link asks for --export-dynamic: 5 MB of
            // .dynsym/.dynstr/.gnu.hash every shared library's symbol lookup walked first); and
            // the functions a station runs from start to idle linked side by side, in the order
            // of link/startup.order (scripts/startup-order writes it), so they fill a few MB of
            // .text instead of touching most of it. lld moves sections, not functions: that needs
            // every module compiled with -function-sections, which only the command line can
            // give dependencies (scripts/package-deb does, and checks the result); without it
            // the list moves whole modules' .text and saves nothing.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic",
                        "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/link/startup.order",
                        "-Xlinker", "--no-warn-symbol-ordering",
                    ],
                    .when(platforms: [.linux], configuration: .release)),
            ]),

        // MARK: Test support (pretend devices shared by test targets; not part of the product)
        .target(name: "QuartermasterTesting", dependencies: ["CSpawn"], swiftSettings: strict),

        // MARK: Benchmarks (plain harnesses; figures in BENCHMARKS.md)
        .executableTarget(
            name: "pickup-latency",
            dependencies: [
                "QuartermasterCore", "Station", "Storage", "Rendering", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "benchmarks/PickupLatency",
            swiftSettings: strict),
        .executableTarget(
            name: "count-latency",
            dependencies: ["QuartermasterCore", "Station", "Storage", .product(name: "GRDB", package: "GRDB.swift")],
            path: "benchmarks/CountLatency",
            swiftSettings: strict),
        .executableTarget(
            name: "keystroke-replay",
            dependencies: ["Scanning", "QuartermasterCore", "QuartermasterTesting"],
            path: "benchmarks/KeystrokeReplay",
            swiftSettings: strict),
        .executableTarget(
            name: "camera-frames",
            dependencies: ["Scanning", "Rendering", "QuartermasterCore"],
            path: "benchmarks/CameraFrames",
            swiftSettings: strict),
        .executableTarget(
            name: "reception-latency",
            dependencies: ["QuartermasterCore", "Station", "Storage", "Rendering", "Printing"],
            path: "benchmarks/ReceptionLatency",
            exclude: ["run.sh"],
            swiftSettings: strict),
        .executableTarget(
            name: "label-batch",
            dependencies: ["Rendering", "QuartermasterCore"],
            path: "benchmarks/LabelBatch",
            exclude: ["asset-62x29.glabels", "run.sh"],
            swiftSettings: strict),
        .executableTarget(
            name: "central-push",
            dependencies: [
                "Central", "CentralServer", "Sync", "Storage", "QuartermasterCore",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "benchmarks/CentralPush",
            swiftSettings: strict),

        .executableTarget(
            name: "station-idle",
            dependencies: ["QuartermasterTesting"],
            path: "benchmarks/ServiceIdle",
            swiftSettings: strict),

        // MARK: Tests
        .testTarget(name: "QuartermasterCoreTests", dependencies: ["QuartermasterCore"], swiftSettings: strict),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Station", "QuartermasterCore", "QuartermasterTesting"], swiftSettings: strict),
        .testTarget(
            name: "RenderingTests", dependencies: ["Rendering", "Scanning", "QuartermasterCore", "QuartermasterTesting"],
            exclude: ["References"], swiftSettings: strict),
        .testTarget(
            name: "ScanningTests", dependencies: ["Scanning", "QuartermasterCore", "QuartermasterTesting"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        // The spooler is tested against the real station database through the executable's
        // own adapter (`PrintWorkerStore`), not a copy of the store's rules.
        .testTarget(
            name: "PrintingTests", dependencies: ["Printing", "Storage", "Station", "quartermaster", "QuartermasterCore", "QuartermasterTesting"],
            swiftSettings: strict),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "QuartermasterCore", "QuartermasterTesting"], swiftSettings: strict),
        .testTarget(
            name: "SpreadsheetTests", dependencies: ["Spreadsheet", "QuartermasterCore", "QuartermasterTesting"],
            swiftSettings: strict),
        .testTarget(name: "StationTests", dependencies: ["Station", "QuartermasterCore"], swiftSettings: strict),
        // The units, udev rules and hwdb the .deb installs, checked by systemd's and udev's own tools.
        .testTarget(name: "PackagingTests", dependencies: ["QuartermasterTesting"], swiftSettings: strict),
        .testTarget(
            name: "StationRuntimeTests", dependencies: ["StationRuntime", "Station", "Rendering", "QuartermasterCore", "QuartermasterTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "CentralTests",
            dependencies: ["Central", "Storage", "Spreadsheet", "QuartermasterCore", "QuartermasterTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["QuartermasterCore", "QuartermasterTesting"],
            swiftSettings: strict),
        // Sync against the real centre over loopback: the server, the station's client, the
        // real station database and the real central store (SQLite, and PostgreSQL).
        .testTarget(
            name: "SyncTests",
            dependencies: [
                "Sync", "CentralServer", "Central", "Storage", "QuartermasterCore", "QuartermasterTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
    ]
)
