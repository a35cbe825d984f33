import Foundation
import Testing
@testable import Precis

/// Each sentence's distinct variants are kept on the cores that made them (session 14): the same
/// sentences as gathering them after, with a set of the texts seen (the code before, kept here).
@Suite struct CompressionVariantsGatherTests {
    static func reference(_ sentences: [ClusterSentence], levels: [SpanCompressor.Level]) -> [ClusterSentence] {
        let compressor = SpanCompressor()
        var out: [ClusterSentence] = []
        for sentence in sentences {
            out.append(sentence)
            var seen: Set<String> = [sentence.text]
            for text in compressor.compress(sentence.text, levels: levels).map(\.text) where seen.insert(text).inserted {
                out.append(ClusterSentence(text: text, document: sentence.document, index: sentence.index))
            }
        }
        return out
    }

    @Test func variantsAsGatheredBefore() throws {
        var sentences = ClusterSentence.sentences(of: try TestPaths.istanbulDocuments())
        let clusters = TestPaths.shared.appendingPathComponent("duc2003/clusters")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: clusters.path).sorted() {
            for name in names.prefix(2) {
                sentences += ClusterSentence.sentences(of: try DocumentReader().read(paths: [clusters.appendingPathComponent(name).path]).documents)
            }
        }
        for variants in [CompressionVariants.light, .full, .both] {
            let expected = Self.reference(sentences, levels: variants.levels)
            #expect(variants.adding(to: sentences) == expected)
            if variants == .both {
                // light and full often give one text: kept once
                #expect(expected.count > sentences.count && expected.count < sentences.count * 3)
            }
        }
    }
}
