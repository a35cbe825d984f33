import Foundation
import Testing
@testable import Precis

@Suite struct ClusterFocusTests {
    static let new = [
        Document(name: "n1", text: "The central bank raised interest rates by half a point on Tuesday. Officials said inflation had risen for six months. The currency gained against the dollar after the decision."),
        Document(name: "n2", text: "The central bank raised interest rates by half a point on Tuesday. Exporters warned that a stronger currency would hurt sales abroad. Farmers said the decision came too late."),
    ]

    @Test func relevanceFollowsTheTopic() throws {
        let cluster = try Digester().fit(Self.new)
        let focus = ClusterFocus(cluster, topic: "exporters and sales abroad", earlierSentences: [])
        #expect(focus.hasTopic && !focus.hasEarlier)
        let exporters = cluster.sentences.firstIndex { $0.text.hasPrefix("Exporters") }!
        let best = focus.topicRelevance.indices.max { focus.topicRelevance[$0] < focus.topicRelevance[$1] }!
        #expect(best == exporters)
        #expect(focus.prior(exporters) == 1 + focus.options.topicWeight)
        let unrelated = cluster.sentences.firstIndex { $0.text.hasPrefix("Farmers") }!
        #expect(focus.prior(unrelated) < focus.prior(exporters))
        #expect(!focus.repeatsEarlier(0))
    }

    @Test func aSentenceRepeatingAnEarlierOneIsMarked() throws {
        let cluster = try Digester().fit(Self.new)
        let focus = ClusterFocus(cluster, topic: nil, earlierSentences: [
            "The central bank raised interest rates by half a point on Tuesday.",
            "Something else entirely about football.",
        ])
        #expect(focus.hasEarlier && !focus.hasTopic)
        let repeated = cluster.sentences.firstIndex { $0.text.hasPrefix("The central bank") }!
        #expect(focus.earlierSimilarity[repeated] > 0.99)
        #expect(focus.repeatsEarlier(repeated))
        let fresh = cluster.sentences.firstIndex { $0.text.hasPrefix("Farmers") }!
        #expect(!focus.repeatsEarlier(fresh))
        #expect(focus.prior(fresh) == 1)  // no topic: no prior
    }

    @Test func termsTheClusterLacksLowerTheSimilarity() throws {
        // an earlier sentence with the same words plus many others is less similar than its copy
        let cluster = try Digester().fit(Self.new)
        let copy = ClusterFocus(cluster, topic: nil, earlierSentences: ["Farmers said the decision came too late."])
        let longer = ClusterFocus(cluster, topic: nil, earlierSentences: [
            "Farmers said the decision came too late for wheat, barley, potatoes, orchards, vineyards and dairy cooperatives.",
        ])
        let farmers = cluster.sentences.firstIndex { $0.text.hasPrefix("Farmers") }!
        #expect(longer.earlierSimilarity[farmers] < copy.earlierSimilarity[farmers])
    }

    @Test func optionsAreCheckedStrictly() throws {
        var options = ClusterFocus.Options()
        options.topicWeight = -1
        #expect(throws: PrecisError.self) { try options.validate() }
        options = ClusterFocus.Options()
        options.earlierConceptWeight = 2
        #expect(throws: PrecisError.self) { try options.validate() }
        options = ClusterFocus.Options()
        options.noveltyThreshold = 0
        #expect(throws: PrecisError.self) { try options.validate() }
        let decoded = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"focus": {"topicWeight": 2}}"#.utf8))
        #expect(decoded.focus.topicWeight == 2)
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"focus": {"topicWeigth": 2}}"#.utf8))
        }
    }

    @Test func biasedLexRankFavoursTheTopic() throws {
        var options = DigestOptions()
        options.method = .lexrank
        let digester = try Digester(options: options)
        let plain = LexRankSummarizer().centrality(try digester.fit(Self.new))
        let focused = LexRankSummarizer().centrality(try digester.fit(Self.new, focus: DigestFocus(topic: "farmers")))
        let cluster = try digester.fit(Self.new)
        let farmers = cluster.sentences.firstIndex { $0.text.hasPrefix("Farmers") }!
        #expect(focused[farmers] > plain[farmers])
        #expect(abs(focused.reduce(0, +) - 1) < 1e-4)
    }
}
