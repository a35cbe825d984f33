import Foundation
import Testing
@testable import Precis

@Suite struct SummarizerTests {
    @Test func budgetsAreValidated() {
        for bad in [Budget.words(0), .words(-5), .sentences(0), .ratio(0), .ratio(1.5), .bytes(-1)] {
            #expect(throws: PrecisError.self) { try bad.validate() }
        }
        #expect(throws: Never.self) { try Budget.words(100).validate() }
    }

    @Test func budgetJSONIsAOneKeyObject() throws {
        let data = try JSONEncoder().encode(Budget.words(100))
        #expect(String(decoding: data, as: UTF8.self) == #"{"words":100}"#)
        #expect(try JSONDecoder().decode(Budget.self, from: Data(#"{"ratio":0.2}"#.utf8)) == .ratio(0.2))
    }

    @Test func partialSettingsFilesDecodeWithDefaults() throws {
        let options = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"selector":{"lambda":0.5}}"#.utf8))
        #expect(options.selector.lambda == 0.5)
        #expect(options.budget == .words(100))
        #expect(options.scorer == CentroidScorer.Options())
    }

    @Test func everyBudgetKindIsRespected() throws {
        let documents = try TestPaths.istanbulDocuments()
        let cluster = try Digester().fit(documents)
        for budget in [Budget.words(60), .sentences(2), .bytes(400), .ratio(0.05)] {
            let digest = try Digester(options: DigestOptions(budget: budget)).digest(cluster)
            #expect(!digest.items.isEmpty, "\(budget)")
            switch budget {
            case .words(let n): #expect(digest.wordCount <= n)
            case .sentences(let n): #expect(digest.items.count <= n)
            case .bytes(let n): #expect(digest.items.map(\.text).joined(separator: " ").utf8.count <= n)
            case .ratio(let r): #expect(Double(digest.wordCount) <= r * Double(cluster.totalWords))
            }
        }
    }

    @Test func budgetLargerThanTheInputTakesEveryNonRedundantSentence() throws {
        let documents = [Document(name: "a", text: "The only sentence in this article is here.")]
        let digest = try Digester(options: DigestOptions(budget: .words(10_000))).digest(documents)
        #expect(digest.items.map(\.text) == ["The only sentence in this article is here."])
    }

    @Test func rankingCoversEverySentenceBestFirst() throws {
        let digester = try Digester()
        let cluster = try digester.fit(try TestPaths.istanbulDocuments())
        let ranking = digester.rank(cluster)
        #expect(ranking.count == cluster.sentences.count)
        #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.score >= $1.score - 1e-9 })
        // each sentence carries the same attribution as in the digest, whatever the method
        let digest = try digester.digest(cluster)
        for item in digest.items {
            let sentence = cluster.sentences.firstIndex { $0.text == item.text && cluster.documents[$0.document].name == item.document }!
            let ranked = ranking.first { $0.sentence == sentence }!
            #expect(ranked.supportingDocuments.map { cluster.documents[$0].name } == item.supportingDocuments)
        }
        #expect(ranking.contains { !$0.supportingDocuments.isEmpty })
    }

    @Test func identicalArticlesCollapseToOneItemPerFact() throws {
        let text = "Leaders agreed to meet in Istanbul on Thursday. The talks aim at a lasting ceasefire in the region."
        let documents = (0..<50).map { Document(name: "copy\($0).txt", text: text) }
        let digest = try Digester().digest(documents)
        #expect(digest.items.count == 2)
        #expect(digest.items[0].supportingDocuments.count == 49)
    }
}
