import Foundation
import Testing
@testable import Precis

/// Documents are split on all cores (session 14): the same sentences, places and order as
/// splitting them one after another (the code before, kept here).
@Suite struct ClusterSentenceSplitTests {
    static func inTurn(_ documents: [Document], splitter: SentenceSplitter) -> [ClusterSentence] {
        var out: [ClusterSentence] = []
        for (d, document) in documents.enumerated() {
            var index = 0
            for paragraph in document.paragraphs {
                for sentence in splitter.split(paragraph) {
                    out.append(ClusterSentence(text: sentence, document: d, index: index))
                    index += 1
                }
            }
        }
        return out
    }

    @Test func onAllCoresAsInTurn() throws {
        let istanbul = try TestPaths.istanbulDocuments()
        var sets: [[Document]] = [istanbul, [istanbul[0]], [], istanbul.reversed(), istanbul + istanbul + istanbul]
        let clusters = TestPaths.shared.appendingPathComponent("duc2003/clusters")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: clusters.path).sorted() {
            for name in names.prefix(2) {
                sets.append(try DocumentReader().read(paths: [clusters.appendingPathComponent(name).path]).documents)
            }
        }
        for documents in sets {
            let expected = Self.inTurn(documents, splitter: SentenceSplitter())
            #expect(ClusterSentence.sentences(of: documents) == expected)
            #expect(documents.isEmpty || !expected.isEmpty)
        }
    }
}
