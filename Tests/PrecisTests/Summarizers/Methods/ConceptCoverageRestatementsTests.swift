import Foundation
import Testing
@testable import Precis

/// `ConceptCoverageSummarizer+Restatements.swift`: a sentence covers the concepts of the other
/// articles' sentences it restates (``ConceptCoverageSummarizer/Options/restatementCoverage``).
struct ConceptCoverageRestatementsTests {
    static let cluster = MethodsTests.cluster

    static func method(_ restatement: Float) throws -> ConceptCoverageSummarizer {
        var options = ConceptCoverageSummarizer.Options()
        options.minimumDocuments = 2
        options.minimumWords = 6
        options.restatementCoverage = restatement
        return try ConceptCoverageSummarizer(options: options)
    }

    /// Off (the default, and any value above 1): the concepts are the plain ones, so the default
    /// digest is unchanged.
    @Test func offLeavesConceptsAlone() throws {
        #expect(ConceptCoverageSummarizer.Options().restatementCoverage > 1)
        let context = MethodContext(Self.cluster)
        let plain = try Self.method(2).concepts(context)
        let above = try Self.method(1.5).concepts(context)
        #expect(plain.ofSentence == above.ofSentence)
        #expect(plain.weight == above.weight)
    }

    /// On: each sentence covers its own concepts and those of every sentence of another document
    /// within the cosine, never those of a sentence of its own document; the weights are unchanged.
    @Test(arguments: [Float(0.2), 0.3, 0.5])
    func coversOtherArticlesRestatements(threshold: Float) throws {
        let context = MethodContext(Self.cluster)
        let plain = try Self.method(2).concepts(context)
        let joined = try Self.method(threshold).concepts(context)
        #expect(joined.weight == plain.weight)
        let sentences = Self.cluster.sentences
        var grew = 0
        for i in sentences.indices {
            var expected = Set(plain.ofSentence[i])
            for j in sentences.indices where j != i && sentences[j].document != sentences[i].document
                && Self.cluster.similarity[i, j] >= threshold {
                expected.formUnion(plain.ofSentence[j])
            }
            #expect(joined.ofSentence[i] == expected.sorted(), "sentence \(i)")
            if expected.count > plain.ofSentence[i].count { grew += 1 }
        }
        // the three flood leads restate each other: the rule is exercised, not vacuous
        #expect(grew > 0)
    }

    /// A pick covers a restatement's concepts: a sentence of another article that earns its own
    /// reworded concepts after a pick without the option earns none of them with it (the pick
    /// restates it), so a fact is counted once in either wording.
    @Test func aRestatementsOwnConceptsAreCoveredByThePick() throws {
        let context = MethodContext(Self.cluster)
        let plain = try Self.method(2).concepts(context)
        let sentences = Self.cluster.sentences
        func gain(_ b: Int, after a: Int, _ concepts: ConceptCoverageSummarizer.Concepts) -> Double {
            ConceptCoverageSummarizer.value([a, b], concepts) - ConceptCoverageSummarizer.value([a], concepts)
        }
        // the closest pair of sentences of two articles in which the second still adds concepts
        let pairs = sentences.indices.flatMap { a in sentences.indices.map { (a, $0) } }
            .filter { sentences[$0.0].document != sentences[$0.1].document && gain($0.1, after: $0.0, plain) > 0 }
        let (a, b) = try #require(pairs.max { Self.cluster.similarity[$0.0, $0.1] < Self.cluster.similarity[$1.0, $1.1] })
        let threshold = Self.cluster.similarity[a, b]
        #expect(threshold > 0.1 && threshold <= 1)
        let joined = try Self.method(threshold).concepts(context)
        #expect(Set(plain.ofSentence[b]).isSubset(of: Set(joined.ofSentence[a])))
        let left = Set(joined.ofSentence[b]).subtracting(joined.ofSentence[a])
        #expect(left.isDisjoint(with: plain.ofSentence[b]))
        #expect(abs(gain(b, after: a, joined) - left.reduce(0) { $0 + joined.weight[$1] }) < 1e-9)
    }

    @Test(arguments: [Float(-0.1), .nan])
    func rejectsANegativeCosine(value: Float) {
        var options = ConceptCoverageSummarizer.Options()
        options.restatementCoverage = value
        #expect(throws: PrecisError.self) { try options.validate() }
    }

    /// A settings file sets it (`"concepts": {"restatementCoverage": …}`).
    @Test func settingsFileSetsIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("restatement-\(UUID().uuidString).json")
        try #"{"concepts": {"restatementCoverage": 0.6}}"#.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let options = try DigestOptions(contentsOf: url.path)
        #expect(options.concepts.restatementCoverage == 0.6)
    }
}
