import Foundation
import Testing
@testable import Precis

/// The title and the attribution are worked out beside the selection (session 14): the digest
/// still carries the headline of its cluster and each item's supporting documents.
@Suite struct DigesterBesideSelectionTests {
    @Test func titleAndSupportersAreTheClustersOwn() throws {
        for fusion in [false, true] {
            var options = DigestOptions()
            options.compression = fusion ? .both : .none
            options.fusion = fusion
            let digester = try Digester(options: options)
            let cluster = try digester.fit(TestPaths.istanbulDocuments())
            let digest = try digester.digest(cluster)
            let title = try #require(Digester.headline(cluster))
            #expect(digest.title == title)
            let supporters = CentroidScorer.supportingDocuments(cluster, threshold: options.scorer.sameThreshold)
            var supported = 0
            for item in digest.items {
                let i = try #require(cluster.sentences.firstIndex { $0.text == item.text && cluster.documents[$0.document].name == item.document })
                let sourceDocuments = Set(cluster.sentences[i].sourcePositions.map(\.document))
                #expect(item.supportingDocuments == supporters[i].filter { !sourceDocuments.contains($0) }.map { cluster.documents[$0].name })
                if !item.supportingDocuments.isEmpty { supported += 1 }
            }
            #expect(supported > 0)
        }
    }
}
