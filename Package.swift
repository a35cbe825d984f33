// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Precis",
    products: [
        .library(name: "Precis", targets: ["Precis"]),
        .executable(name: "precis", targets: ["precis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C system libraries from Debian; `scripts/setup.sh` installs them.
        .systemLibrary(name: "CBLAS", providers: [.apt(["libblas-dev", "libopenblas0-pthread"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Utilities every floor may use (parallel loops, sorts, hash tables, the file walker,
        // strict settings decoding): `package` access, not part of the public API.
        .target(name: "PrecisSupport"),
        // The library, one floor a folder: Documents → Text → Vectors → Similarity → Clustering →
        // Summarizers → Digest → Brief (docs/architecture.md).
        .target(
            name: "Precis",
            dependencies: ["PrecisSupport", "CBLAS", "CStemmer", "CLibXML2"],
            resources: [.copy("Resources/Models")]
        ),
        // ROUGE (a rule-for-rule ROUGE-1.5.5) and the evaluation pipeline beside the library.
        .target(name: "PrecisEvaluation", dependencies: ["Precis", "PrecisSupport"]),
        .executableTarget(
            name: "precis",
            dependencies: [
                "Precis", "PrecisEvaluation", "PrecisSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PrecisTests", dependencies: ["Precis", "PrecisEvaluation", "PrecisSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PrecisCLITests", dependencies: ["Precis", "PrecisEvaluation", "PrecisSupport", "precis"], resources: [.copy("Golden")]),
    ]
)
