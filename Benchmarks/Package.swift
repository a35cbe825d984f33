// swift-tools-version: 6.1
// Latency benchmarks for Precis (ordo-one/benchmark). A separate package so that the library's
// CI build does not compile the benchmark harness.
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, whatever the clone is called.
let precisPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "PrecisBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "..", traits: []),  // the library only
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DigestBenchmarks",
            dependencies: [
                .product(name: "Precis", package: precisPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DigestBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
