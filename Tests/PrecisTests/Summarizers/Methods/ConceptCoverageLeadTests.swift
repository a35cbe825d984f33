import Foundation
import Testing
@testable import Precis

/// `ConceptCoverageSummarizer+Lead.swift`: with a focus, each document's first sentence is a
/// concept of its own (``ClusterFocus/Options/leadSentenceWeight``).
struct ConceptCoverageLeadTests {
    static let articles = ClusterFocusRelevanceTests.articles
    static let topic = "Interest rates and the harvest"

    static func cluster(lead: Double) throws -> ClusterModel {
        var options = DigestOptions()
        options.focus.leadSentenceWeight = lead
        return try Digester(options: options).fit(Self.articles, focus: DigestFocus(topic: Self.topic))
    }

    static func concepts(_ cluster: ClusterModel) throws -> ConceptCoverageSummarizer.Concepts {
        var options = ConceptCoverageSummarizer.Options()
        options.minimumDocuments = 2
        options.minimumWords = 6
        return try ConceptCoverageSummarizer(options: options).concepts(MethodContext(cluster))
    }

    /// Off (0) leaves the concepts as they were (the default, 4, is v5's choice for focused digests).
    @Test func offLeavesConceptsAlone() throws {
        #expect(ClusterFocus.Options().leadSentenceWeight == 4)
        let off = try Self.concepts(Self.cluster(lead: 0))
        let plain = try Self.concepts(Digester().fit(Self.articles))
        #expect(off.ofSentence.map(\.count) == plain.ofSentence.map(\.count))
    }

    /// On: every first sentence gains one concept of its own, worth the weight and held by no
    /// other sentence; other sentences and the other concepts' weights are unchanged.
    @Test(arguments: [0.5, 3.0, 20.0])
    func eachLeadHoldsAConceptOfItsOwn(weight: Double) throws {
        let off = try Self.concepts(Self.cluster(lead: 0))
        let cluster = try Self.cluster(lead: weight)
        let on = try Self.concepts(cluster)
        #expect(Array(on.weight.prefix(off.weight.count)) == off.weight)
        #expect(on.weight.count == off.weight.count + Self.articles.count)
        var owners: [Int: [Int]] = [:]
        for (i, sentence) in cluster.sentences.enumerated() {
            let added = on.ofSentence[i].filter { $0 >= off.weight.count }
            #expect(Array(on.ofSentence[i].prefix(off.ofSentence[i].count)) == off.ofSentence[i])
            #expect(added.count == (sentence.index == 0 ? 1 : 0), "\(sentence.text)")
            for c in added { owners[c, default: []].append(i); #expect(on.weight[c] == weight) }
        }
        #expect(owners.count == Self.articles.count && owners.values.allSatisfy { $0.count == 1 })
    }

    /// A digest of one sentence's room takes the sentence the three articles share without the
    /// lead concepts, and a lead with them: the option steers the pick.
    @Test func aHeavyLeadWeightPicksALead() throws {
        var options = DigestOptions()
        options.method = .concepts
        options.budget = .words(16)
        func digest(_ lead: Double) throws -> [String] {
            options.focus.leadSentenceWeight = lead
            return try Digester(options: options).digest(Self.articles, focus: DigestFocus(topic: Self.topic)).items.map(\.text)
        }
        let leads = Set(try Self.cluster(lead: 0).sentences.filter { $0.index == 0 }.map(\.text))
        #expect(leads.count == Self.articles.count)
        let off = try digest(0)
        let on = try digest(50)
        #expect(!off.isEmpty && !on.isEmpty)
        #expect(!off.contains { leads.contains($0) }, "\(off)")
        #expect(on.allSatisfy { leads.contains($0) }, "\(on)")
    }

    @Test func theWeightIsCheckedAndRead() throws {
        var options = ClusterFocus.Options()
        options.leadSentenceWeight = -1
        #expect(throws: PrecisError.self) { try options.validate() }
        options.leadSentenceWeight = .infinity
        #expect(throws: PrecisError.self) { try options.validate() }
        let decoded = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"focus": {"leadSentenceWeight": 4}}"#.utf8))
        #expect(decoded.focus.leadSentenceWeight == 4)
    }
}
