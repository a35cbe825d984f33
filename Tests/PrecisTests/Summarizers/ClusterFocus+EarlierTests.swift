import Testing
@testable import Precis

@Suite struct ClusterFocusEarlierTests {
    static let earlier = [
        "The central bank raised interest rates by half a point on Tuesday.",
        "Exporters met officials in the capital.",
        "Wheat prices fell sharply, traders in Chicago said.",
    ]

    @Test func theHeldTermsAreTheEarlierTermsTheClusterHas() throws {
        let cluster = try Digester().fit(ClusterFocusTests.new)
        let earlier = ClusterFocus._earlier(Self.earlier, in: cluster,
                                            unknownIDF: { _ in 10 }, keepingPairs: true)
        // what the columns were before: the earlier terms looked up in the model's index by string
        let expected = Set(cluster.tfidf.analyzer.terms(Self.earlier).flatMap { $0 }.compactMap { cluster.tfidf.index[$0] })
        #expect(!expected.isEmpty)
        #expect(Set(earlier.heldColumns.indices.filter { earlier.heldColumns[$0] }) == expected)
        #expect(earlier.terms == expected)
        #expect(!earlier.surfacePairs.isEmpty && !earlier.termPairs.isEmpty)
    }

    @Test func pairsAreCollectedOnlyWhenAskedAndChangeNothingElse() throws {
        let cluster = try Digester().fit(ClusterFocusTests.new)
        let with = ClusterFocus._earlier(Self.earlier, in: cluster, unknownIDF: { _ in 10 }, keepingPairs: true)
        let without = ClusterFocus._earlier(Self.earlier, in: cluster, unknownIDF: { _ in 10 }, keepingPairs: false)
        #expect(with.similarity == without.similarity && with.heldColumns == without.heldColumns)
        #expect(without.terms.isEmpty && without.surfacePairs.isEmpty && without.termPairs.isEmpty)
        // the focus collects them for the concept method only when it weighs earlier concepts down
        var options = ClusterFocus.Options()
        #expect(ClusterFocus(cluster, topic: nil, earlierSentences: Self.earlier, options: options).earlierTerms.isEmpty)
        options.earlierConceptWeight = 0.5
        #expect(ClusterFocus(cluster, topic: nil, earlierSentences: Self.earlier, options: options).earlierTerms == with.terms)
    }

    @Test func containmentIsTheHeldShareOfEachSentencesDistinctTerms() throws {
        let cluster = try Digester().fit(ClusterFocusTests.new)
        let earlier = ClusterFocus._earlier(Self.earlier, in: cluster,
                                            unknownIDF: { _ in 10 }, keepingPairs: false)
        let containment = ClusterFocus.containment(of: cluster, held: earlier.heldColumns)
        for (i, columns) in cluster._termColumns.enumerated() {
            let distinct = Set(columns)
            let total = distinct.reduce(Float(0)) { $0 + cluster.tfidf.idf[$1] }
            let held = distinct.filter { earlier.heldColumns[$0] }.reduce(Float(0)) { $0 + cluster.tfidf.idf[$1] }
            #expect(abs(containment[i] - held / total) < 1e-5)
        }
        let bank = cluster.sentences.firstIndex { $0.text.hasPrefix("The central bank") }!
        let farmers = cluster.sentences.firstIndex { $0.text.hasPrefix("Farmers") }!
        #expect(containment[bank] == 1)
        #expect(containment[farmers] > 0 && containment[farmers] < 0.2)  // "said" only
    }
}
