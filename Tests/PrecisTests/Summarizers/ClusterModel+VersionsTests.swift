import Foundation
import Testing
@testable import Precis

/// A digest takes at most one version of a sentence (a sentence, its compressed variants, the
/// fusions made from it), whichever selection or fill picks it. Found by `FuzzDigestAbstraction`:
/// the lead method (no redundancy bound) and the budget fill (a cosine bound only) took a
/// sentence beside its own compression.
@Suite struct ClusterModelVersionsTests {
    static let documents = [
        Document(name: "a", text: """
            WASHINGTON (AP) -- The Senate passed the spending bill by a vote of 68 to 32 late on Friday. \
            However, the House may vote on the bill next week, aides said on Saturday.
            """),
        Document(name: "b", text: """
            The mine will not reopen this year, the company said Monday. \
            Meanwhile, Jean Dupont, the French foreign minister, arrived in Berlin on Tuesday.
            """),
    ]

    /// Every source sentence an item uses, in item order.
    static func sources(_ digest: Digest) -> [SentenceSource] { digest.items.flatMap(\.sources) }

    @Test func everyMethodAndTheFillTakeOneVersionOfASentence() throws {
        for method in DigestOptions.SummarizerMethod.allCases {
            for fill in [false, true] {
                for words in [40, 80, 200] {
                    var options = DigestOptions(budget: .words(words))
                    options.method = method
                    options.fillBudget = fill
                    options.compression = .both
                    let digest = try Digester(options: options).digest(Self.documents)
                    let sources = Self.sources(digest)
                    #expect(Set(sources).count == sources.count,
                            "\(method.rawValue), fill \(fill), \(words) words: \(digest.items.map(\.text))")
                }
            }
        }
    }

    @Test func theFuzzersShortestCaseTakesOneVersion() throws {
        // a dateline ("UT_") cut leaves "8 . . .": lead took both
        var options = DigestOptions(budget: .words(60))
        options.method = .lead
        options.fillBudget = true
        options.compression = .both
        options.fusion = true
        let digest = try Digester(options: options).digest([Document(name: "APW20261201.0000", text: "UT_8 . . .")])
        #expect(digest.items.count == 1, "\(digest.items.map(\.text))")
    }

    @Test func mmrSelectionAndFillSkipVersionsOfAPick() throws {
        var options = DigestOptions()
        options.compression = .both
        let cluster = try Digester(options: options).fit(Self.documents)
        #expect(cluster.sentences.count > 4, "the sample has compressed variants")
        var noBound = MMRSelector.Options()
        noBound.redundancyThreshold = 1.01
        noBound.minimumWords = 1
        let selector = try MMRSelector(options: noBound)
        let scores = cluster.sentences.indices.map { SentenceScore(sentence: $0, score: 1, relevance: 0, supportingDocuments: []) }
        for picks in [selector.select(scores, in: cluster, budget: .words(500)),
                      selector.fill([], from: scores, in: cluster, budget: .words(500))] {
            let places = picks.map { cluster.sentences[$0.sentence].position }
            #expect(Set(places).count == places.count && places.count == 4, "\(picks.map { cluster.sentences[$0.sentence].text })")
        }
    }
}
