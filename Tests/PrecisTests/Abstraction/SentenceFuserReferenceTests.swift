import Foundation
import Testing
@testable import Precis
import PrecisSupport

/// The fuser's faster graph, search, junctions and guard give what the reference (the code before
/// them, `ReferenceSentenceFuser`) gives: the same candidates, texts, sources and scores, in the
/// same order.
@Suite struct SentenceFuserReferenceTests {
    let fuser = SentenceFuser()
    let reference = ReferenceSentenceFuser()

    /// The groups a digest with fusion on fuses (``Digester/_fusionGroups(in:threshold:)``).
    static func digestGroups(_ documents: [Document]) throws -> [[String]] {
        var options = DigestOptions()
        options.compression = .both
        let model = try Digester(options: options).fit(documents)
        return Digester._fusionGroups(in: model, threshold: options.fusionSimilarity).map { $0.map { model.sentences[$0].text } }
    }

    /// Compares each group's candidates, and its graph's nodes, edges, paths and keywords.
    /// - Returns: the number of candidates and of paths compared.
    @discardableResult
    func expectSameCandidates(_ groups: [[String]]) -> (candidates: Int, paths: Int) {
        var candidates = 0, paths = 0
        for group in groups {
            let fast = fuser.candidates(group), slow = reference.candidates(group)
            #expect(fast == slow, "\(group)")
            candidates += fast.count
            paths += expectSameGraph(group)
        }
        return (candidates, paths)
    }

    /// - Returns: the number of paths compared.
    func expectSameGraph(_ group: [String]) -> Int {
        let tokens = group.map(CompressionToken.tokenize)
        let fast = WordGraph(tokens, classes: .english), slow = ReferenceWordGraph(tokens, classes: .english)
        #expect(fast.nodes.map(\.text) == slow.nodes.map(\.text))
        #expect(fast.nodes.map(\.sentences) == slow.nodes.map(\.sentences))
        #expect(fast.edges == slow.edges)
        let paths = fast.cheapestPaths(limit: 200)
        #expect(paths == slow.cheapestPaths(limit: 200), "\(group)")
        for path in paths {
            #expect(fast.text(of: path) == slow.text(of: path))
            #expect(fast.hasVerb(path) == slow.hasVerb(path))
            #expect(fast.hasCapitalizedOpenerInside(path) == slow.hasCapitalizedOpenerInside(path))
            if let words = fast.wordCount(of: path) { #expect(words == CompressionToken.wordCount(fast.text(of: path))) }
        }
        // the reference sums each node's neighbours in hash order: equal to rounding
        let keywords = fast.keywordScores(), expected = slow.keywordScores()
        #expect(keywords.keys.sorted() == expected.keys.sorted())
        for (key, value) in keywords { #expect(abs(value - expected[key]!) <= 1e-12 * max(1, abs(value))) }
        return paths.count
    }

    @Test func theFiveArticlesGroupsGiveTheReferenceCandidates() throws {
        let groups = try Self.digestGroups(TestPaths.istanbulDocuments())
        #expect(groups.count >= 5)
        let compared = expectSameCandidates(groups)
        #expect(compared.candidates >= 5 && compared.paths >= 100, "\(compared)")
    }

    /// The digest groups of the first four DUC 2003 clusters, per cluster (none without ../shared).
    static func duc2003Groups() throws -> [[[String]]] {
        let clusters = TestPaths.shared.appendingPathComponent("duc2003/clusters")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: clusters.path).sorted() else { return [] }
        return try names.prefix(4).map { name in
            try digestGroups(DocumentReader().read(paths: [clusters.appendingPathComponent(name).path]).documents)
        }
    }

    @Test func duc2003GroupsGiveTheReferenceCandidates() throws {
        let clusters = try Self.duc2003Groups()
        guard !clusters.isEmpty else { return }
        let candidates = clusters.reduce(0) { $0 + expectSameCandidates($1).candidates }
        #expect(candidates >= 5, "\(candidates)")
    }

    /// Pairs and triples of sentences from different articles, most of them not restatements:
    /// graphs with few paths, where the search runs to its pop limit.
    @Test func seededRandomGroupsGiveTheReferenceCandidates() throws {
        let documents = try TestPaths.istanbulDocuments()
        let splitter = SentenceSplitter()
        let sentences = documents.map { $0.paragraphs.flatMap(splitter.split) }
        var generator = SplitMix64(seed: 11)
        var groups: [[String]] = []
        for k in 0..<40 {
            var articles = Array(sentences.indices)
            articles.shuffle(using: &generator)
            groups.append(articles.prefix(2 + k % 2).map { sentences[$0].randomElement(using: &generator)! })
        }
        let compared = expectSameCandidates(groups)
        #expect(compared.paths >= 100, "\(compared)")
    }
}
