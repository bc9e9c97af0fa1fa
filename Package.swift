// swift-tools-version:6.0
import PackageDescription

// Generic types such as `[PlanKey: Grid]` are made by calling their metadata accessors, with the
// conformances the compiler knows, instead of by mangled name: a mangled name makes the runtime
// demangle it and look each conformance up by scanning the static executable's ~7,000
// conformance records (one scan per type and protocol, the first time). Those scans were a tenth
// of the start (docs/decisions.md, "Type metadata without mangled names").
let metadataByAccessor: [SwiftSetting] = [
  .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
]

// The modules every keystroke runs through (and the explorer that walks them) are optimised in
// debug builds too: the tests' random walks take 100,000+ steps, 8× faster optimised (see
// docs/decisions.md).
let optimised: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))] + metadataByAccessor

let package = Package(
  name: "expo-guide",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "expo", targets: ["expo"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
  ],
  targets: [
    // Pure value types, decoding, validation, importers. Foundation only.
    .target(name: "ExpoModel", swiftSettings: optimised),
    // Deterministic dataset generator (the shipped sample and fairs of any size).
    .target(name: "ExpoGenerator", dependencies: ["ExpoModel"], swiftSettings: metadataByAccessor),
    // The sample expo, shipped as JSON under Assets/ and copied next to the binary.
    .target(
      name: "ExpoSample",
      path: "Assets",
      exclude: ["expo-guide.schema.json"],
      sources: ["ExpoSample.swift"],
      resources: [.copy("chongqing-2023")]
    ),
    // The settings file ($XDG_CONFIG_HOME/expo-guide/config.toml): parse, validate, edit in place.
    .target(
      name: "ExpoConfig", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
      swiftSettings: metadataByAccessor),
    // The SQLite catalogue (GRDB, FTS5) and the read API.
    .target(
      name: "ExpoStore",
      dependencies: [
        "ExpoModel", .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, for the compiler's bulk inserts.
        .product(name: "GRDBSQLite", package: "GRDB.swift"), "CSQLiteTuning",
      ], swiftSettings: optimised),
    // sqlite3_config (variadic in C) for the process-wide SQLite settings, and the VFS that reads a
    // packed (zlib-compressed) catalogue in place.
    .target(
      name: "CSQLiteTuning", linkerSettings: [.linkedLibrary("sqlite3"), .linkedLibrary("z"), .linkedLibrary("lz4")]),
    // Navigation state, layout, keymaps and the reducer over a ScreenSource it owns: pure, no
    // catalogue, no terminal.
    .target(name: "ExpoNavigation", dependencies: ["ExpoModel"], swiftSettings: optimised),
    // Screen content built from the catalogue (implements ScreenSource), and the effect runner.
    .target(
      name: "ExpoScreens", dependencies: ["ExpoModel", "ExpoStore", "ExpoNavigation"], swiftSettings: optimised),
    // Pure renderer: state + scene -> grid of cells.
    .target(name: "ExpoUI", dependencies: ["ExpoModel", "ExpoNavigation"], swiftSettings: optimised),
    // Walks the guide's state space (reducer + renderer) and checks the invariants after every
    // step: the tests, Scripts/explore.sh and the `keys` fuzz target.
    .target(
      name: "ExpoExplorer", dependencies: ["ExpoModel", "ExpoNavigation", "ExpoUI"], swiftSettings: optimised),
    // ncursesw bindings (system library with a shim header).
    .systemLibrary(name: "CNcursesW", providers: [.apt(["libncurses-dev"])]),
    // Terminal restore on crash/signal: needs real C state.
    .target(name: "CTerminalGuard"),
    // The only module that talks to the terminal.
    .target(
      name: "ExpoTerminal", dependencies: ["ExpoUI", "CNcursesW", "CTerminalGuard"], swiftSettings: metadataByAccessor),
    // The command line (subcommands and output formats).
    .target(
      name: "ExpoCLI",
      dependencies: [
        "ExpoModel", "ExpoGenerator", "ExpoStore", "ExpoSample", "ExpoScreens", "ExpoUI", "ExpoTerminal", "ExpoConfig",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: metadataByAccessor
    ),
    // A release build is one static executable on Linux: no dynamic loader work at start (the
    // symbol lookups and relocations of libsqlite3, libncursesw, libstdc++ took about 2 ms of a
    // start of 6; docs/decisions.md, "A static executable"). ncurses' static archive needs tinfo.
    .executableTarget(
      name: "expo", dependencies: ["ExpoCLI", "ExpoStore"],
      // (Compiled with the flag too: the object then asks for the static Foundation's own
      // libraries, ICU among them, in the order they need each other.)
      swiftSettings: metadataByAccessor + [
        .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))
      ],
      linkerSettings: [
        .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release)),
        .linkedLibrary("tinfo", .when(platforms: [.linux])),
      ]),
    // Fuzz targets (libFuzzer with -DFUZZING; a corpus replayer without): Scripts/fuzz.sh.
    .executableTarget(
      name: "expo-fuzz",
      dependencies: [
        "ExpoModel", "ExpoGenerator", "ExpoStore", "ExpoScreens", "ExpoNavigation", "ExpoUI", "ExpoExplorer",
        "ExpoSample", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      path: "Sources/ExpoFuzz"),

    .testTarget(name: "ExpoModelTests", dependencies: ["ExpoModel", "ExpoGenerator", "ExpoSample"]),
    .testTarget(
      name: "ExpoStoreTests",
      dependencies: [
        "ExpoStore", "ExpoGenerator", "ExpoSample", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    // Navigation (and the renderer over it) on an in-memory ScreenSource: no catalogue.
    .testTarget(
      name: "ExpoNavigationTests",
      dependencies: [
        "ExpoNavigation", "ExpoUI", "ExpoModel", "ExpoExplorer",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    // The screens over real SQLite catalogues, driven through the reducer and the renderer.
    .testTarget(
      name: "ExpoScreensTests",
      dependencies: [
        "ExpoScreens", "ExpoNavigation", "ExpoUI", "ExpoStore", "ExpoModel", "ExpoGenerator", "ExpoExplorer",
        "ExpoSample", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      // Saved walks of the explorer (replayed by ExplorerTests).
      exclude: ["Walks"]
    ),
    .testTarget(name: "ExpoUITests", dependencies: ["ExpoUI", "ExpoNavigation", "ExpoModel", "CNcursesW"]),
    .testTarget(
      name: "ExpoCLITests",
      dependencies: [
        "ExpoModel", "ExpoCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "ExpoConfigTests", dependencies: ["ExpoConfig", .product(name: "TOMLKit", package: "TOMLKit")]),
  ],
  swiftLanguageModes: [.v6]
)
