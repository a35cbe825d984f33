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

    /// The later part's sentences labelled by hand as saying nothing the earlier part had not
    /// said (`Fixtures/istanbul-split/repeats.json`).
    static func istanbulRepeats() throws -> [String] {
        struct Labels: Decodable {
            struct Repeat: Decodable { var later: String; var earlier: [String] }
            var why: String
            var repeats: [Repeat]
        }
        let url = TestPaths.fixtures.appendingPathComponent("istanbul-split/repeats.json")
        return try JSONDecoder().decode(Labels.self, from: Data(contentsOf: url)).repeats.map(\.later)
    }

    @Test func sinceByDefaultNeverPicksAnItemRepeatingTheEarlierArticles() throws {
        let (earlier, later) = try Self.istanbulSplit()
        let repeats = try Self.istanbulRepeats()
        #expect(repeats.count == 7)
        let digester = try Digester()
        // the later part's own digest picks a labelled repeat: the check below can fail …
        let alone = try digester.digest(later)
        #expect(alone.items.contains { repeats.contains($0.text) }, "the later part's digest repeats nothing: the test would show nothing")
        // … and so does the update digest without the containment bar (the cosine bar alone)
        var options = DigestOptions()
        options.focus.noveltyShare = 0
        let cosineOnly = try Digester(options: options).digest(later, focus: DigestFocus(earlier: earlier))
        #expect(cosineOnly.items.contains { repeats.contains($0.text) })
        // the default update digest picks none, and still says something
        let update = try digester.digest(later, focus: DigestFocus(earlier: earlier))
        #expect(!update.items.isEmpty)
        for item in update.items { #expect(!repeats.contains(item.text), "repeats the earlier part: \(item.text)") }
        // a labelled repeat over the containment bar is never eligible, whatever the method
        let cluster = try digester.fit(later, focus: DigestFocus(earlier: earlier))
        let barred = repeats.filter { text in cluster.focus!.repeatsEarlier(cluster.sentences.firstIndex { $0.text == text }!) }
        #expect(!barred.isEmpty)
        for method in DigestOptions.SummarizerMethod.allCases {
            var options = DigestOptions()
            options.method = method
            let digest = try Digester(options: options).digest(later, focus: DigestFocus(earlier: earlier))
            for item in digest.items { #expect(!barred.contains(item.text), "\(method): \(item.text)") }
        }
    }

    @Test func theCosineBarLeavesOutEveryCloseSentence() throws {
        let (earlier, later) = try Self.istanbulSplit()
        // a strict cosine bar, so the later part's own digest holds sentences over it
        var options = DigestOptions()
        options.focus.noveltyThreshold = 0.5
        // the bar applies to the picked sentences; names completed after the pick add words
        // the earlier part shares ("Vladimir Putin")
        options.completeNames = false
        let digester = try Digester(options: options)
        let earlierSentences = ClusterSentence.sentences(of: earlier).map(\.text)
        let threshold = digester.options.focus.noveltyThreshold
        let alone = try digester.digest(later)
        let close = alone.items.filter { Self.closestEarlier($0.text, earlier: earlierSentences) >= threshold }
        #expect(!close.isEmpty, "the later part's own digest holds no close sentence: the test would show nothing")
        let update = try digester.digest(later, focus: DigestFocus(earlier: earlier))
        #expect(!update.items.isEmpty)
        for item in update.items {
            #expect(Self.closestEarlier(item.text, earlier: earlierSentences) < threshold, "close to the earlier part: \(item.text)")
        }
        for method in DigestOptions.SummarizerMethod.allCases {
            options.method = method
            let digest = try Digester(options: options).digest(later, focus: DigestFocus(earlier: earlier))
            for item in digest.items {
                #expect(Self.closestEarlier(item.text, earlier: earlierSentences) < threshold, "\(method): \(item.text)")
            }
        }
    }

    @Test func theContainmentBarsReadTheShareOfContentTheEarlierArticlesHold() throws {
        let (earlier, later) = try Self.istanbulSplit()
        let cluster = try Digester().fit(later, focus: DigestFocus(earlier: earlier))
        let focus = try #require(cluster.focus)
        #expect(focus.earlierContainment.count == cluster.sentences.count)
        #expect(focus.earlierContainment.allSatisfy { (0...1).contains($0) })
        // a restatement holds nearly all its content earlier, a new fact little of it
        func containment(_ prefix: String) -> Float {
            focus.earlierContainment[cluster.sentences.firstIndex { $0.text.hasPrefix(prefix) }!]
        }
        #expect(containment("The last talks between Ukraine and Russia in Istanbul") > 0.9)
        #expect(containment("Reports suggest two senior U.S. envoys") < 0.3)
        // by default the tenth of the sentences most held earlier (and ties) is barred, with the cosine's
        let share = DigestOptions().focus.noveltyShare
        let bar = focus.earlierContainment.sorted(by: >)[Int((share * Double(cluster.sentences.count)).rounded(.up)) - 1]
        for i in cluster.sentences.indices {
            #expect(focus.repeatsEarlier(i) == (focus.earlierContainment[i] >= bar || focus.earlierSimilarity[i] >= focus.options.noveltyThreshold))
        }
        // the bars off, only the cosine decides; a fixed bar bars what reaches it
        var options = DigestOptions()
        options.focus.noveltyShare = 0
        let off = try Digester(options: options).fit(later, focus: DigestFocus(earlier: earlier)).focus!
        #expect(cluster.sentences.indices.allSatisfy { off.repeatsEarlier($0) == (off.earlierSimilarity[$0] >= off.options.noveltyThreshold) })
        options.focus.noveltyContainment = 0.75
        let fixed = try Digester(options: options).fit(later, focus: DigestFocus(earlier: earlier)).focus!
        #expect(cluster.sentences.indices.allSatisfy {
            fixed.repeatsEarlier($0) == (fixed.earlierSimilarity[$0] >= fixed.options.noveltyThreshold || fixed.earlierContainment[$0] >= 0.75)
        })
        options.focus.noveltyShare = 1
        #expect(throws: PrecisError.self) { try Digester(options: options) }
        options.focus.noveltyShare = 0
        options.focus.noveltyContainment = 0
        #expect(throws: PrecisError.self) { try Digester(options: options) }
    }

    @Test func articlesThatAddNothingGiveNoItemsAndANote() throws {
        let documents = try TestPaths.istanbulDocuments()
        let digest = try Digester().digest(Array(documents.prefix(2)), focus: DigestFocus(earlier: documents))
        #expect(digest.items.isEmpty)
        #expect(digest.note == Digester.nothingNewNote)
        #expect(digest.wordCount == 0)
    }

    @Test func aSentenceWithoutContentWordsIsNothingNew() throws {
        // DUC 2003 d31028t against a copy of itself gave "Much of it was." (every term a stop word:
        // no cosine to any earlier sentence, no content the earlier articles could hold)
        let documents = try TestPaths.istanbulDocuments()
        var first = documents[0]
        first.paragraphs.append("Much of it was.")
        let digest = try Digester().digest([first], focus: DigestFocus(earlier: [first]))
        #expect(digest.items.isEmpty, "\(digest.items.map(\.text))")
        #expect(digest.note == Digester.nothingNewNote)
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
