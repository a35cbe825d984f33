import Foundation
import Testing
@testable import Precis

@Suite struct DigesterReadabilityTests {
    /// a.txt: a lead, its follow-up, an unrelated sentence; b.txt: one standalone sentence.
    static let cluster = ClusterModel(documents: [
        Document(name: "a.txt", text: "Leaders agreed on Monday to hold peace talks in Istanbul. The talks will focus on a ceasefire and prisoners. Markets rose in Tokyo on Tuesday morning."),
        Document(name: "b.txt", text: "Floods closed the northern highway for the whole week."),
    ], idfSource: .fitted)

    func score(_ i: Int, _ s: Double = 1) -> SentenceScore { SentenceScore(sentence: i, score: s, relevance: s, supportingDocuments: []) }

    @Test func anOrphanFollowUpGivesWayToSentencesThatStandAlone() {
        let c = Self.cluster
        #expect(!c.sentences[1].standsAlone && c.sentences[0].standsAlone)
        let before = c._predecessors()
        #expect(before[1] == 0 && before[0] == nil && before[3] == nil)
        let ranking = [1, 2, 3, 0].map { score($0) }
        let kept = Digester._readable([score(1)], in: c, predecessors: before, budget: .words(20), redundancy: 0.4) { ranking }
        #expect(!kept.map(\.sentence).contains(1))
        #expect(kept.map(\.sentence) == [2, 3])
        // with its lead picked, the follow-up stays, right after it
        let both = Digester._readable([score(1), score(0)], in: c, predecessors: before, budget: .words(100), redundancy: 0.4) { ranking }
        #expect(Digester._gluingFollowUps(both, in: c, predecessors: before).map(\.sentence) == [0, 1])
    }

    @Test func followUpsAreGluedAfterTheirLead() {
        let c = Self.cluster
        let before = c._predecessors()
        let order = [3, 1, 2, 0].map { score($0) }
        #expect(Digester._gluingFollowUps(order, in: c, predecessors: before).map(\.sentence) == [3, 2, 0, 1])
    }

    @Test(arguments: [
        ("APW19981018.0410.txt", 19981018, 410), ("NYT19981018.0093", 19981018, 93), ("XIE19990817.0107.txt", 19990817, 107),
        ("2025-05-11.txt", -1, 0), ("000_17fff6f30f82ae0b.txt", -1, 0), ("12345678.txt", -1, 0),
    ])
    func articleDatesComeFromWireNames(name: String, date: Int, sequence: Int) {
        let found = Digester._articleDate(name)
        #expect(found?.0 ?? -1 == date && (found?.1 ?? 0) == sequence)
    }

    @Test func sourceOrderIsChronologicalWhenEveryArticleIsDated() throws {
        let later = "Rescuers reached stranded farmers by boat on Thursday afternoon."
        let earlier = "Heavy rain flooded several valley villages during Monday night."
        let documents = [Document(name: "APW19981020.0001.txt", text: later), Document(name: "APW19981018.0005.txt", text: earlier)]
        var options = DigestOptions(budget: .words(100), order: .source)
        options.concepts.minimumDocuments = 1
        let digest = try Digester(options: options).digest(documents)
        #expect(digest.items.map(\.document) == ["APW19981018.0005.txt", "APW19981020.0001.txt"])
        // undated names keep the input order
        let undated = [Document(name: "b.txt", text: later), Document(name: "a.txt", text: earlier)]
        #expect(try Digester(options: options).digest(undated).items.map(\.document) == ["b.txt", "a.txt"])
    }
}
