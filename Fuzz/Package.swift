// swift-tools-version: 6.1
// libFuzzer targets for Precis's text-facing code. A separate package: fuzz builds need
// `--sanitize=fuzzer` and are not part of the normal build or CI test run.
//   cd Fuzz && swift build -c release --sanitize=fuzzer --sanitize=address --product FuzzHTML
//   .build/release/FuzzHTML -max_total_time=600 -max_len=65536 corpus/html
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
    dependencies: [.package(path: "..")],
    targets: [fuzzTarget("FuzzHTML"), fuzzTarget("FuzzSentences"), fuzzTarget("FuzzTokens"), fuzzTarget("FuzzJSONLines")]
)
