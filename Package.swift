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
        // Utilities every floor may use (parallel loops, sorts, hash tables, the file walker,
        // strict settings decoding): `package` access, not part of the public API.
        .target(name: "PrecisSupport"),
        // The library, one floor a folder: Documents → Text → Vectors → Similarity → Clustering →
        // Summarizers → Digest → Brief (docs/architecture.md).
        .target(
            name: "Precis",
            dependencies: ["PrecisSupport", "CBLAS", "CStemmer", "CLibXML2"],
            // The model files are compiled in (Text/ModelFiles+Embedded.swift, from
            // scripts/embed-models.sh): an installed binary needs no resource bundle.
            exclude: ["Resources/Models"]
        ),
        // ROUGE (a rule-for-rule ROUGE-1.5.5) and the evaluation pipeline beside the library.
        .target(name: "PrecisEvaluation", dependencies: ["Precis", "PrecisSupport"]),
        .executableTarget(
            name: "precis",
            dependencies: [
                "Precis", "PrecisEvaluation", "PrecisSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLineTool"])),
            ]
        ),
        .testTarget(name: "PrecisTests", dependencies: ["Precis", "PrecisEvaluation", "PrecisSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PrecisCLITests", dependencies: ["Precis", "PrecisEvaluation", "PrecisSupport", "precis"], resources: [.copy("Golden")]),
    ]
)

// The in-process tuning and timing harness of Evaluation/scripts (summ_duc2004.sh,
// summ_tune_duc2006.sh): a target of this package, since it drives `package`-level code (ROUGE,
// the corpus reader). Declared only when those scripts build it (PRECIS_DEV=1).
if Context.environment["PRECIS_DEV"] == "1" {
    package.targets.append(.executableTarget(
        name: "summ_harness", dependencies: ["Precis", "PrecisEvaluation", "PrecisSupport"],
        path: "Evaluation/scripts/summ_harness/Sources/summ_harness", swiftSettings: [.swiftLanguageMode(.v5)]))
}

// libFuzzer targets (Fuzz/), declared only when Fuzz/run.sh builds them (PRECIS_FUZZ=1, with
// the fuzzer's instrumentation): they drive `package`-level code (the JSON Lines readers, ROUGE's
// flag parser), which only targets of this package can see, and a normal build must not meet
// them (they have no `main`; libFuzzer supplies it).
if Context.environment["PRECIS_FUZZ"] == "1" {
    let fuzzDependencies: [Target.Dependency] = ["Precis", "PrecisEvaluation", "PrecisSupport"]
    package.targets += ["FuzzHTML", "FuzzSentences", "FuzzTokens", "FuzzJSONLines", "FuzzSettings", "FuzzRougeFlags",
                        "FuzzAbstraction", "FuzzDigestAbstraction"].map {
        .executableTarget(name: $0, dependencies: fuzzDependencies, path: "Fuzz/Sources/\($0)",
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
}
