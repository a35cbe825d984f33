// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Precis",
    products: [
        .library(name: "Precis", targets: ["Precis"]),
        .executable(name: "precis", targets: ["precis"]),
    ],
    // The command-line tool is behind a trait, on by default: a package that uses only the
    // library depends on Precis with `traits: []` and then never fetches swift-argument-parser.
    traits: [
        .trait(name: "CommandLineTool", description: "The `precis` command-line tool (needs swift-argument-parser)."),
        .default(enabledTraits: ["CommandLineTool"]),
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
            // The model files are compiled in (Support/ModelFiles+Embedded.swift, from
            // scripts/embed-models.sh): an installed binary needs no resource bundle.
            exclude: ["Resources/Models"]
        ),
        .executableTarget(
            name: "precis",
            dependencies: [
                "Precis",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLineTool"])),
            ]
        ),
        .testTarget(name: "PrecisTests", dependencies: ["Precis"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PrecisCLITests", dependencies: ["Precis", "precis"], resources: [.copy("Golden")]),
    ]
)
