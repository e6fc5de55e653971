// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Taiyaku",
    products: [
        .library(name: "TaiyakuKit", targets: ["TaiyakuKit"]),
        .executable(name: "taiyaku", targets: ["taiyaku"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "CMeCab",
            linkerSettings: [.linkedLibrary("mecab")]
        ),
        .target(
            name: "TaiyakuKit",
            dependencies: ["CICU", "CLibXML2", "CMeCab"],
            // `Resources/Glossaries` is a link to the repository's `Glossaries/`, the one copy users read and edit.
            exclude: ["Resources/Glossaries/README.md"],
            // Every data file is compiled into the library (`PackageResources.<file_name>`), so a binary copied
            // alone to another machine has its rules, lexicon, schemas and shipped glossaries.
            resources: [
                .embedInCode("Resources/Rules"), .embedInCode("Resources/Schemas"), .embedInCode("Resources/Lexicon"),
                .embedInCode("Resources/Glossaries/central-asia.tsv"), .embedInCode("Resources/Glossaries/variants.ja.tsv"),
            ]
        ),
        .executableTarget(
            name: "taiyaku",
            dependencies: [
                "TaiyakuKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "taiyaku-bench",
            dependencies: ["TaiyakuKit", "CICU"],
            path: "Benchmarks/TaiyakuBenchmarks"
        ),
        .executableTarget(
            name: "taiyaku-fuzz",
            dependencies: ["TaiyakuKit"],
            path: "Fuzz/TaiyakuFuzz"
        ),
        .testTarget(
            name: "TaiyakuKitTests",
            dependencies: ["TaiyakuKit", "CICU", "taiyaku"],
            exclude: ["Fixtures"]
        ),
    ]
)
