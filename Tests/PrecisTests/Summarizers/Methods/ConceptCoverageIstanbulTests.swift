import Foundation
import Testing
@testable import Precis

/// Why the default 100-word digest of the five Istanbul articles leaves out the allies' sanctions
/// threat (`Evaluation/results/istanbul-facts.md`, 2026-12-07): the concept weight each way of
/// spending the last 31 words adds after the digest's first three items.
struct ConceptCoverageIstanbulTests {
    /// The default's first three items (31 + 17 + 21 words: the invitation with its place and day,
    /// Trump's push, the ceasefire condition), then either its last two (000 #8, 21 words, and
    /// 001 #14, 10) or one readable wording of the sanctions threat (000 #9, 30 words; 001 #19, 28).
    /// The pair adds 39.0, the best sanctions wording 16.7: 22 of 000 #8's 31.6 are bigrams of the
    /// invitation in other articles' words ("to meet", "meet in", "to pursue", "pursue peace",
    /// "invitation to"), which the first item tells in its own. The support concepts add 3 to the
    /// pair and 2 to a sanctions wording: of the four wordings (TF-IDF cosines 0.33 to 0.66), only
    /// 000 #9 and 001 #19 are within the support cosine 0.4 of each other.
    @Test func theLastWordsGoToTheWordingsBigramsPay() throws {
        let documents = try TestPaths.istanbulDocuments()
        let options = DigestOptions()
        let cluster = try Digester(options: options).fit(documents)
        let method = try ConceptCoverageSummarizer(options: options.concepts)
        let concepts = method.concepts(MethodContext(cluster))
        func sentence(_ document: Int, _ index: Int) throws -> Int {
            try #require(cluster.sentences.indices.first { cluster.sentences[$0].document == document && cluster.sentences[$0].index == index })
        }
        let first = [try sentence(3, 0), try sentence(3, 1), try sentence(4, 4)]
        let digest = try Digester(options: options).digest(cluster)
        #expect(digest.items.prefix(3).map { [$0.document.prefix(3), "\($0.sentenceIndex)"] } == [["003", "0"], ["003", "1"], ["004", "4"]])
        let base = ConceptCoverageSummarizer.value(first, concepts)
        func adds(_ more: [Int]) -> Double { ConceptCoverageSummarizer.value(first + more, concepts) - base }
        let pair = adds([try sentence(0, 8), try sentence(1, 14)])
        let sanctions = [try sentence(0, 9), try sentence(1, 19)].map { adds([$0]) }
        #expect(abs(pair - 39.0) < 0.05)
        #expect(abs(sanctions.max()! - 16.7) < 0.05)
        #expect(cluster.similarity[try sentence(0, 9), try sentence(1, 19)] >= 0.4)
        for follow in [try sentence(2, 14), try sentence(4, 7)] {
            #expect(cluster.similarity[try sentence(1, 19), follow] < 0.4)
        }
    }
}
