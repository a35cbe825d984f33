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
        let referents = c._referents(predecessors: before, restatement: 2)
        #expect(referents[1] == [0] && referents[0].isEmpty && referents[3].isEmpty)
        let ranking = [1, 2, 3, 0].map { score($0) }
        let kept = Digester._readable([score(1)], in: c, referents: referents, budget: .words(20), redundancy: 0.4) { ranking }
        #expect(!kept.map(\.sentence).contains(1))
        #expect(kept.map(\.sentence) == [2, 3])
        // with its lead picked, the follow-up stays, right after it
        let both = Digester._readable([score(1), score(0)], in: c, referents: referents, budget: .words(100), redundancy: 0.4) { ranking }
        #expect(Digester._gluingFollowUps(both, in: c, referents: referents).map(\.sentence) == [0, 1])
    }

    @Test func followUpsAreGluedAfterTheirLead() {
        let c = Self.cluster
        let referents = c._referents(predecessors: c._predecessors(), restatement: 2)
        let order = [3, 1, 2, 0].map { score($0) }
        #expect(Digester._gluingFollowUps(order, in: c, referents: referents).map(\.sentence) == [3, 2, 0, 1])
    }

    /// a.txt: a meeting, then "The group …" about it; b.txt: another article's report of the
    /// meeting, then an unrelated sentence; c.txt: "He …" after its own lead.
    static let restated = ClusterModel(documents: [
        Document(name: "a.txt", text: "European leaders met Zelensky in Kyiv on Saturday to discuss a ceasefire. The group warned Russia of harsh new sanctions."),
        Document(name: "b.txt", text: "Leaders of European nations met Zelensky in Kyiv to discuss a ceasefire on Saturday. Markets rose in Tokyo on Tuesday morning."),
        Document(name: "c.txt", text: "European leaders met Zelensky in Kyiv. He asked them for more air defence."),
    ], idfSource: .fitted)

    @Test func aDefiniteSubjectMayFollowAnotherArticlesRestatementOfItsReferent() {
        let c = Self.restated
        #expect(c.sentences[1].opensWithReferringSubject && !c.sentences[5].standsAlone)
        #expect(c.similarity[0, 2] >= 0.5)
        let before = c._predecessors()
        // off: only the sentence before it
        #expect(c._referents(predecessors: before, restatement: 2)[1] == [0])
        let referents = c._referents(predecessors: before, restatement: 0.5)
        #expect(referents[1].first == 0 && referents[1].contains(2))
        // a pronoun needs its own sentence before it: a restatement does not name "he"
        #expect(referents[5] == [4])
        // "The group" kept after b.txt's report, and placed right after it
        let ranking = [1, 2, 3].map { score($0) }
        let kept = Digester._readable([score(1), score(3), score(2)], in: c, referents: referents, budget: .words(100), redundancy: 0.9) { ranking }
        #expect(Set(kept.map(\.sentence)) == [1, 2, 3])
        #expect(Digester._gluingFollowUps(kept, in: c, referents: referents).map(\.sentence) == [3, 2, 1])
        // without the restatement rule it gives way
        let strict = c._referents(predecessors: before, restatement: 2)
        let dropped = Digester._readable([score(1), score(3), score(2)], in: c, referents: strict, budget: .words(100), redundancy: 0.9) { ranking }
        #expect(!dropped.map(\.sentence).contains(1))
    }

    @Test func aRestatementSettingMustBePositive() {
        var options = DigestOptions()
        options.referentRestatement = 0
        #expect(throws: PrecisError.self) { try options.validate() }
        options.referentRestatement = 0.5
        #expect(throws: Never.self) { try options.validate() }
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
