// swift-tools-version: 6.1
// libFuzzer targets for Precis's text-facing code. A separate package: fuzz builds need the
// fuzzer's instrumentation and are not part of the normal build or CI test run. `run.sh` builds
// them (SwiftPM's `--sanitize=fuzzer` alone instruments only the link, not the compiled modules,
// so it passes `-sanitize=fuzzer,address` to every Swift compile with `-Xswiftc`).
// See README.md in this folder for every target and the recorded runs.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, whatever the clone is called.
let precisPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [.product(name: "Precis", package: precisPackage)],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "PrecisFuzz",
    dependencies: [.package(path: "..", traits: [])],  // the library only: no swift-argument-parser
    targets: ["FuzzHTML", "FuzzSentences", "FuzzTokens", "FuzzJSONLines", "FuzzSettings", "FuzzRougeFlags"].map(fuzzTarget)
)
