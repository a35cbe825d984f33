import Foundation
import Testing
@testable import Precis

@Suite struct CompressionVariantsTests {
    @Test func variantsFollowTheirSentenceWithItsPosition() {
        let sentences = [
            ClusterSentence(text: "However, the talks will not take place, the agency said Monday.", document: 0, index: 0),
            ClusterSentence(text: "The talks failed.", document: 0, index: 1),
        ]
        let both = CompressionVariants.both.adding(to: sentences)
        #expect(both.map(\.text) == [
            "However, the talks will not take place, the agency said Monday.",
            "The talks will not take place, the agency said.",
            "The talks failed.",
        ])
        #expect(both[1].isVersion(of: both[0]) && !both[2].isVersion(of: both[0]))
        #expect(CompressionVariants.none.adding(to: sentences) == sentences)
    }

    /// The tokens handed on (to the fuser) are each sentence's own, untagged, and the variants
    /// those of ``CompressionVariants/adding(to:rules:)``.
    @Test func theTokensHandedOnAreEachSentencesTokens() throws {
        let sentences = ClusterSentence.sentences(of: try TestPaths.istanbulDocuments())
        let (split, tokens) = CompressionVariants.both.addingWithTokens(to: sentences)
        #expect(split == CompressionVariants.both.adding(to: sentences) && split.count > sentences.count)
        #expect(tokens == sentences.map { CompressionToken.tokenize($0.text) })
        #expect(tokens.allSatisfy { $0.allSatisfy { $0.wordClasses == [] } })
        let none = CompressionVariants.none.addingWithTokens(to: sentences)
        #expect(none.sentences == sentences && none.tokens.count == sentences.count && none.tokens.allSatisfy(\.isEmpty))
    }

    @Test func rulesLimitWhatTheVariantsDelete() {
        let sentences = [ClusterSentence(text: "However, the talks will not take place, the agency said Monday.", document: 0, index: 0)]
        // without the day of a statement among the rules, only the discourse word goes
        let noDay = CompressionVariants.light.adding(to: sentences, rules: [.leadingDiscourse, .dateline])
        #expect(noDay.map(\.text) == [sentences[0].text, "The talks will not take place, the agency said Monday."])
        // a full rule named for a light level does not apply: the level keeps its own rules
        #expect(CompressionVariants.light.adding(to: sentences, rules: [.appositive]) == sentences)
        #expect(CompressionVariants.light.adding(to: sentences, rules: nil) == CompressionVariants.light.adding(to: sentences))
    }

    @Test func settingsNameTheRulesAndRefuseNoneOrAnUnknownOne() throws {
        let decoded = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"compression": "light", "compressionRules": ["filler", "adverb"]}"#.utf8))
        #expect(decoded.compressionRules == [.filler, .adverb])
        #expect(DigestOptions().compressionRules == nil)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"compressionRules": []}"#.utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"compressionRules": ["days"]}"#.utf8)) }
    }

    /// The concept settings compression was measured with (the default before ICSI's lead
    /// counting, Evaluation/configs/default-duc2006.json): the current default takes no
    /// compressed variant of the sample at 30 to 100 words, these do.
    static let measuredConcepts: ConceptCoverageSummarizer.Options = {
        var concepts = ConceptCoverageSummarizer.Options()
        concepts.unigramWeight = 0.1
        concepts.surfaceBigrams = true
        concepts.redundancy = 0.4
        concepts.paraphraseNeighbors = 10
        concepts.paraphraseOverlap = 0.6
        concepts.standaloneOnly = true
        return concepts
    }()

    @Test func aDigestTakesOneVersionOfASentenceAndEveryVersionPassesTheGuard() throws {
        let documents = try TestPaths.istanbulDocuments()
        let sources = ClusterSentence.sentences(of: documents)
        var compressedItems = 0
        for words in stride(from: 30, through: 100, by: 10) {
            var options = DigestOptions(budget: .words(words))
            options.compression = .both
            options.completeNames = false  // names completed after selection: NameCompletionTests
            options.concepts = Self.measuredConcepts
            let digest = try Digester(options: options).digest(documents)
            let positions = digest.items.map { [$0.document, "\($0.sentenceIndex)"] }
            #expect(Set(positions).count == positions.count, "two versions of one sentence at \(words) words")
            for item in digest.items {
                let d = try #require(documents.firstIndex { $0.name == item.document })
                let source = try #require(sources.first { $0.document == d && $0.index == item.sentenceIndex })
                #expect(item.kind == (item.text == source.text ? .extracted : .compressed), "\(item.text)")
                #expect(item.sources == [SentenceSource(document: item.document, sentenceIndex: item.sentenceIndex)])
                if item.text != source.text {
                    compressedItems += 1
                    #expect(FaithfulnessGuard.violations(compressed: item.text, source: source.text).isEmpty, "\(item.text)")
                }
            }
        }
        // the variants are really on offer: some budget takes one
        #expect(compressedItems > 0)
    }
}

/// The variants are made on all cores and gathered in sentence order: the same list as making
/// them one sentence after another.
@Suite struct CompressionVariantsParallelTests {
    @Test func variantsOnAllCoresEqualVariantsInTurn() throws {
        let sentences = ClusterSentence.sentences(of: try TestPaths.istanbulDocuments())
        let compressor = SpanCompressor()
        for variants in [CompressionVariants.light, .full, .both] {
            var expected: [ClusterSentence] = []
            for sentence in sentences {
                expected.append(sentence)
                var seen: Set<String> = [sentence.text]
                for text in compressor.compress(sentence.text, levels: variants.levels).map(\.text) where seen.insert(text).inserted {
                    expected.append(ClusterSentence(text: text, document: sentence.document, index: sentence.index))
                }
            }
            #expect(variants.adding(to: sentences) == expected)
            #expect(expected.count > sentences.count, "some sentence of the five articles has a variant")
        }
    }
}
