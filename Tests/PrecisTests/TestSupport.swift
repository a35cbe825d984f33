import Foundation
@testable import Precis

/// Paths the tests read.
enum TestPaths {
    /// The package root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let istanbul = root.appendingPathComponent("Evaluation/corpora/istanbul-talks")
    static let fixtures: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpora")

    static func istanbulDocuments() throws -> [Document] {
        try DocumentReader().read(paths: [istanbul.path]).documents
    }
}
