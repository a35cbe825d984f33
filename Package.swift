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
        .target(
            name: "Precis",
            dependencies: ["CBLAS", "CStemmer", "CLibXML2"],
            resources: [.copy("Resources/Models")]
        ),
        .executableTarget(
            name: "precis",
            dependencies: [
                "Precis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PrecisTests", dependencies: ["Precis"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PrecisCLITests", dependencies: ["Precis", "precis"], resources: [.copy("Golden")]),
    ]
)
