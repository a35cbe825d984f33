import Foundation
import Testing
@testable import Precis

@Suite struct DigestFocusTests {
    /// The hand-made split of the Istanbul articles by date (`Fixtures/istanbul-split/split.json`).
    static func istanbulSplit() throws -> (earlier: [Document], later: [Document]) {
        let url = TestPaths.fixtures.appendingPathComponent("istanbul-split/split.json")
        let split = try JSONDecoder().decode(Split.self, from: Data(contentsOf: url))
        func read(_ names: [String]) throws -> [Document] {
            try DocumentReader().read(paths: names.map { TestPaths.istanbul.appendingPathComponent($0).path }).documents
        }
        return (try read(split.earlier), try read(split.later))
    }

    /// The fixture: why the split is so, and the file names of each part.
    struct Split: Decodable {
        var why: String
        var earlier: [String]
        var later: [String]
    }

    /// The largest TF-IDF cosine of `text` to any earlier sentence, measured apart from the
    /// digest's own focus: one model fitted on the earlier sentences and the text together.
    static func closestEarlier(_ text: String, earlier: [String]) -> Float {
        let model = TfidfVectorizer(analyzer: .english, idfSource: .background(.shipped)).fit(earlier + [text])
        let rows = model.transform(earlier + [text])
        let last = rows.rows - 1
        return (0..<last).map { j in (0..<rows.columns).reduce(Float(0)) { $0 + rows[j, $1] * rows[last, $1] } }.max() ?? 0
    }

    @Test func sinceNeverPicksAnItemRepeatingTheEarlierArticles() throws {
        let (earlier, later) = try Self.istanbulSplit()
        #expect(earlier.count == 3 && later.count == 2)
        // The default threshold (0.8, chosen on DUC 2007-update) leaves out only near-copies, and
        // the later part's own digest holds none: a stricter threshold shows the rule at work.
        var options = DigestOptions()
        options.focus.noveltyThreshold = 0.5
        let digester = try Digester(options: options)
        let earlierSentences = ClusterSentence.sentences(of: earlier).map(\.text)
        let threshold = digester.options.focus.noveltyThreshold
        // the digest of the later part alone repeats the earlier part …
        let alone = try digester.digest(later)
        let repeating = alone.items.filter { Self.closestEarlier($0.text, earlier: earlierSentences) >= threshold }
        #expect(!repeating.isEmpty, "the later part's own digest repeats nothing: the test would show nothing")
        // … the update digest never does, and still says something
        let update = try digester.digest(later, focus: DigestFocus(earlier: earlier))
        #expect(!update.items.isEmpty)
        for item in update.items {
            #expect(Self.closestEarlier(item.text, earlier: earlierSentences) < threshold, "repeats the earlier part: \(item.text)")
        }
        for item in repeating { #expect(!update.items.map(\.text).contains(item.text)) }
        // every method keeps to it
        for method in DigestOptions.SummarizerMethod.allCases {
            options.method = method
            let digest = try Digester(options: options).digest(later, focus: DigestFocus(earlier: earlier))
            for item in digest.items {
                #expect(Self.closestEarlier(item.text, earlier: earlierSentences) < threshold, "\(method): \(item.text)")
            }
        }
        // at the default threshold, no item is a near-copy of an earlier sentence either
        let byDefault = try Digester().digest(later, focus: DigestFocus(earlier: earlier))
        for item in byDefault.items {
            #expect(Self.closestEarlier(item.text, earlier: earlierSentences) < DigestOptions().focus.noveltyThreshold)
        }
    }

    @Test func articlesThatAddNothingGiveNoItemsAndANote() throws {
        let documents = try TestPaths.istanbulDocuments()
        let digest = try Digester().digest(Array(documents.prefix(2)), focus: DigestFocus(earlier: documents))
        #expect(digest.items.isEmpty)
        #expect(digest.note == Digester.nothingNewNote)
        #expect(digest.wordCount == 0)
    }

    @Test func aTopicMovesTheDigestTowardsIt() throws {
        let documents = try TestPaths.istanbulDocuments()
        let topic = "Sanctions on Russia\n\nWhat sanctions do European leaders threaten if Russia rejects the ceasefire?"
        // a sentence-scoring method takes the sanctions sentence only with the topic
        var options = DigestOptions()
        options.method = .centroidMMR
        options.focus.topicWeight = 4
        var digester = try Digester(options: options)
        #expect(!(try digester.digest(documents)).items.contains { $0.text.contains("sanction") })
        #expect(try digester.digest(documents, focus: DigestFocus(topic: topic)).items.contains { $0.text.contains("sanction") })
        // the default method: the items answer the topic at least as well as without it
        options = DigestOptions()
        digester = try Digester(options: options)
        let cluster = try digester.fit(documents, focus: DigestFocus(topic: topic))
        func relevance(_ digest: Digest) -> Float {
            digest.items.map { item in
                cluster.focus!.topicRelevance[cluster.sentences.firstIndex { $0.text == item.text }!]
            }.reduce(0, +) / Float(max(digest.items.count, 1))
        }
        #expect(relevance(try digester.digest(cluster)) >= relevance(try digester.digest(documents)))
        // the lead baseline stays the lead
        options.method = .lead
        digester = try Digester(options: options)
        #expect(try digester.digest(documents, focus: DigestFocus(topic: topic)).items == (try digester.digest(documents)).items)
    }

    @Test func anEmptyFocusIsThePlainDigest() throws {
        let documents = try TestPaths.istanbulDocuments()
        let digester = try Digester()
        #expect(try digester.digest(documents, focus: DigestFocus()) == (try digester.digest(documents)))
        #expect(try digester.fit(documents, focus: DigestFocus(topic: " \n ")).focus == nil)
    }

    @Test func topicStatementsReadAsOneLine() {
        #expect(DigestFocus.topic(from: "Euro launch\n\n  Describe the steps\ntaken. \n") == "Euro launch Describe the steps taken.")
        #expect(DigestFocus.topic(from: " \n\n ") == nil)
    }
}
