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
        .target(
            name: "TaiyakuKit",
            dependencies: ["CICU"],
            resources: [.copy("Resources/Rules"), .copy("Resources/Schemas"), .copy("Resources/Lexicon")]
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
        .testTarget(
            name: "TaiyakuKitTests",
            dependencies: ["TaiyakuKit", "CICU", "taiyaku"],
            exclude: ["Fixtures"]
        ),
    ]
)
