// swift-tools-version: 6.1
// In-process harness for summarizer tuning and timing (issue 4): runs settings over a corpus,
// scores them with Precis's ROUGE, times every method. Not part of the library build.
//   cd Evaluation/scripts/summ_harness && swift build -c release
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "SummHarness",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(name: "summ_harness", dependencies: [.product(name: "Precis", package: root.lastPathComponent)],
                          swiftSettings: [.swiftLanguageMode(.v5)]),
    ]
)
