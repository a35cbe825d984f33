import Foundation
import Testing
@testable import Precis

@Suite struct ClusterFocusExpansionTests {
    // The topic names exporters; the machinery sentences never do, but share their words with
    // the exporters' sentences, which feedback brings in.
    static let articles = [
        Document(name: "a1", text: "Exporters warned that the strong currency would hurt machinery orders abroad this year. The weather stayed mild for most of the week in the capital."),
        Document(name: "a2", text: "Exporters of cars said the strong currency cut their orders abroad in the spring. The city council opened a new library near the river on Monday."),
        Document(name: "a3", text: "Machinery makers said the strong currency cut orders from abroad by a fifth. Fans of the local team queued all night for tickets to the final."),
    ]
    static let topic = "What do exporters say?"

    @Test func offByDefaultAndTheRelevanceIsTheCosine() throws {
        let cluster = try Digester().fit(Self.articles)
        let options = ClusterFocus.Options()
        #expect(options.expansionSentences == 0)
        let focus = ClusterFocus(cluster, topic: Self.topic, earlierSentences: [], options: options)
        let makers = cluster.sentences.firstIndex { $0.text.hasPrefix("Machinery makers") }!
        #expect(focus.topicRelevance[makers] == 0)  // no word of the topic
    }

    @Test func feedbackRaisesSentencesWordedLikeTheMostRelevantOnes() throws {
        let cluster = try Digester().fit(Self.articles)
        var options = ClusterFocus.Options()
        let plain = ClusterFocus(cluster, topic: Self.topic, earlierSentences: [], options: options).topicRelevance
        options.expansionSentences = 2
        options.expansionWeight = 0.5
        let expanded = ClusterFocus(cluster, topic: Self.topic, earlierSentences: [], options: options).topicRelevance
        let makers = cluster.sentences.firstIndex { $0.text.hasPrefix("Machinery makers") }!
        let weather = cluster.sentences.firstIndex { $0.text.hasPrefix("The weather") }!
        #expect(plain[makers] == 0 && expanded[makers] > 0.1)
        #expect(expanded[weather] < 0.05 * expanded.max()!)  // unrelated to the exporters' sentences
        // exactly the cosine plus half the mean cosine to the two exporters' sentences
        let top = plain.indices.sorted { plain[$0] > plain[$1] }.prefix(2)
        for i in cluster.sentences.indices {
            let feedback = top.reduce(Float(0)) { $0 + cluster.similarity[$1, i] } / 2
            #expect(abs(expanded[i] - (plain[i] + 0.5 * feedback)) < 1e-6)
        }
    }

    @Test func noSentenceSharingATopicWordLeavesTheRelevanceAlone() {
        let similarity = DenseMatrix(rows: 2, columns: 2, values: [1, 0.5, 0.5, 1])
        #expect(ClusterFocus.expanded([0, 0], similarity: similarity, sentences: 3, weight: 1) == [0, 0])
        #expect(ClusterFocus.expanded([0.2, 0], similarity: similarity, sentences: 3, weight: 1) == [1.2, 0.5])
    }

    @Test func theSettingsAreCheckedAndRead() throws {
        var options = ClusterFocus.Options()
        options.expansionSentences = -1
        #expect(throws: PrecisError.self) { try options.validate() }
        options.expansionSentences = 5
        options.expansionWeight = -0.5
        #expect(throws: PrecisError.self) { try options.validate() }
        let decoded = try JSONDecoder().decode(
            DigestOptions.self, from: Data(#"{"focus": {"expansionSentences": 10, "expansionWeight": 0.5}}"#.utf8))
        #expect(decoded.focus.expansionSentences == 10 && decoded.focus.expansionWeight == 0.5)
    }
}
