import Foundation
import Testing
@testable import Precis

@Suite struct ClusterFocusRelevanceTests {
    static let articles = [
        Document(name: "a1", text: "Exporters warned that a stronger currency would hurt sales abroad this year. The central bank raised interest rates by half a point on Tuesday. Farmers said the decision had come far too late for the harvest."),
        Document(name: "a2", text: "Exporters of machinery said their sales abroad fell sharply in the spring. The central bank raised interest rates by half a point on Tuesday. Farmers said the decision had come far too late for the harvest."),
        Document(name: "a3", text: "Car exporters expect sales abroad to recover once the currency weakens again. The central bank raised interest rates by half a point on Tuesday. Farmers said the decision had come far too late for the harvest."),
    ]
    static let topic = "Exporters and their sales abroad"

    @Test func aSentenceBelowTheFractionOfTheTopRelevanceIsOffTopic() throws {
        let cluster = try Digester().fit(Self.articles)
        var options = ClusterFocus.Options()
        #expect(options.minimumRelevance == 0)  // off by default
        let off = ClusterFocus(cluster, topic: Self.topic, earlierSentences: [], options: options)
        #expect(cluster.sentences.indices.allSatisfy { !off.isOffTopic($0) })
        options.minimumRelevance = 0.5
        let on = ClusterFocus(cluster, topic: Self.topic, earlierSentences: [], options: options)
        let top = on.topicRelevance.max()!
        for i in cluster.sentences.indices {
            #expect(on.isOffTopic(i) == (on.topicRelevance[i] < 0.5 * top), "\(cluster.sentences[i].text)")
        }
        let farmers = cluster.sentences.firstIndex { $0.text.hasPrefix("Farmers") }!
        let exporters = cluster.sentences.firstIndex { $0.text.hasPrefix("Exporters warned") }!
        #expect(on.isOffTopic(farmers) && !on.isOffTopic(exporters))
        // no topic: nothing is off it
        let none = ClusterFocus(cluster, topic: nil, earlierSentences: [], options: options)
        #expect(cluster.sentences.indices.allSatisfy { !none.isOffTopic($0) })
    }

    @Test func aDigestLeavesOffTopicSentencesOut() throws {
        var options = DigestOptions()
        options.budget = .words(200)  // room for every sentence
        options.focus.minimumRelevance = 0.5
        for (method, fill) in [(DigestOptions.SummarizerMethod.concepts, false), (.concepts, true), (.centroidMMR, false), (.lexrank, true)] {
            options.method = method
            options.fillBudget = fill  // the fill keeps to the bound too
            let digester = try Digester(options: options)
            let cluster = try digester.fit(Self.articles, focus: DigestFocus(topic: Self.topic))
            let focus = try #require(cluster.focus)
            let digest = try digester.digest(cluster)
            #expect(!digest.items.isEmpty)
            for item in digest.items {
                let i = try #require(cluster.sentences.firstIndex { $0.text == item.text })
                #expect(!focus.isOffTopic(i), "\(method): \(item.text)")
            }
            // without the bound, the same digest takes an off-topic sentence: the test shows the rule
            var plain = options
            plain.focus.minimumRelevance = 0
            let unbounded = try Digester(options: plain).digest(Self.articles, focus: DigestFocus(topic: Self.topic))
            #expect(unbounded.items.contains { item in
                cluster.sentences.firstIndex { $0.text == item.text }.map(focus.isOffTopic) ?? false
            }, "\(method)")
        }
    }

    @Test func theBoundIsCheckedAndRead() throws {
        var options = ClusterFocus.Options()
        options.minimumRelevance = 1.5
        #expect(throws: PrecisError.self) { try options.validate() }
        options.minimumRelevance = -0.1
        #expect(throws: PrecisError.self) { try options.validate() }
        let decoded = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"focus": {"minimumRelevance": 0.2}}"#.utf8))
        #expect(decoded.focus.minimumRelevance == 0.2)
    }
}
