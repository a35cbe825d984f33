import Foundation
import Testing
@testable import Precis

@Suite struct CandidatePairsTests {
    /// Three DUC 2006 clusters and the Istanbul articles when the shared corpora are there (80
    /// articles), else the Istanbul articles and the three small ones of the grouping tests.
    static func texts() throws -> [(title: String?, body: String)] {
        var articles: [Article] = []
        let duc = TestPaths.shared.appendingPathComponent("duc2006/clusters")
        if FileManager.default.fileExists(atPath: duc.path) {
            for cluster in ["D0601A", "D0624F", "D0641E"] {
                articles += try ArticleReader().read(path: duc.appendingPathComponent(cluster).path).articles
            }
        }
        articles += try BriefGroupingTests.istanbulArticles() + BriefGroupingTests.others
        return articles.map { ($0.title, $0.text) }
    }

    static func options(topTerms: Int, perRow: Int, eitherTop: Bool = true) -> (StoryGrouper.Options, CandidatePairs.Limits) {
        var options = StoryGrouper.Options()
        options.denseDimensions = 16  // both parts of the cosine in play on a small day
        return (options, CandidatePairs.Limits(topTerms: topTerms, candidatesPerRow: perRow, eitherTop: eitherTop))
    }

    /// With every term a top term and no limit on candidates, every pair sharing a term is a
    /// candidate: the kept pairs are every pair's, with the same cosines (to the rounding).
    @Test(arguments: [true, false])
    func withEveryTermTopTheCandidatesAreEveryPair(eitherTop: Bool) throws {
        let (options, limits) = Self.options(topTerms: 100_000, perRow: 100_000, eitherTop: eitherTop)
        let vectors = DocumentVectors(texts: try Self.texts(), options: options.vectors)
        let exact = SimilarityBlocks(vectors: vectors, options: options.similarityLimits).keptPairs()
        let candidates = CandidatePairs(vectors: vectors, limits: options.similarityLimits, candidates: limits).keptPairs()
        #expect(exact.count > 100)
        #expect(candidates.first == exact.first)
        #expect(candidates.second == exact.second)
        for e in 0..<exact.count { #expect(abs(candidates.similarity[e] - exact.similarity[e]) <= 2e-5) }
    }

    /// With few top terms, the kept pairs are fewer, and each one's cosine is still exact.
    @Test func fewTopTermsKeepFewerPairsWithExactCosines() throws {
        let (options, limits) = Self.options(topTerms: 3, perRow: 4)
        let vectors = DocumentVectors(texts: try Self.texts(), options: options.vectors)
        let candidates = CandidatePairs(vectors: vectors, limits: options.similarityLimits, candidates: limits).keptPairs()
        let exact = SimilarityBlocks(vectors: vectors, options: options.similarityLimits).keptPairs()
        #expect(candidates.count > 0 && candidates.count < exact.count)
        for e in 0..<candidates.count {
            let (i, j) = (Int(candidates.first[e]), Int(candidates.second[e]))
            #expect(i < j)
            #expect(abs(candidates.similarity[e] - vectors.cosine(i, j)) <= 2e-5)
            if e > 0 { #expect((candidates.first[e - 1], candidates.second[e - 1]) < (candidates.first[e], candidates.second[e])) }
        }
        // At most `perRow` candidates of a row get a cosine.
        var perRow: [Int32: Int] = [:]
        for e in 0..<candidates.count { perRow[candidates.first[e], default: 0] += 1 }
        #expect(perRow.values.allSatisfy { $0 <= 4 })
    }

    /// The recall of every pair is 1 when every term is a top term, and the counts are those of
    /// the exact pairs.
    @Test func recallIsOneWhenEveryTermIsATopTerm() throws {
        var options = StoryGrouper.Options()
        options.candidateTerms = 100_000
        options.candidatesPerArticle = 100_000
        let vectors = DocumentVectors(texts: try Self.texts(), options: options.vectors)
        let recall = StoryGrouper(options: options).candidateRecall(vectors, thresholds: [0.05, 0.25])
        #expect(recall.recall == [1, 1])
        #expect(recall.exact[0] >= recall.exact[1] && recall.exact[1] > 0)
        options.candidateTerms = 2
        let few = StoryGrouper(options: options).candidateRecall(vectors, thresholds: [0.05, 0.25])
        #expect(few.exact == recall.exact && few.recall[0] < 1)
    }

    /// A day at or over `candidatePairsFrom` articles is grouped from candidate pairs; with
    /// every term a top term that is the all-pairs grouping; the vectors then keep no row
    /// postings (all-pairs similarity would need them).
    @Test func groupingFromCandidatesMatchesAllPairsWhenEveryTermIsTop() throws {
        var options = StoryGrouper.Options()
        options.candidateTerms = 100_000
        options.candidatesPerArticle = 100_000
        let texts = try Self.texts()
        let all = StoryGrouper(options: options).group(DocumentVectors(texts: texts, options: options.vectors))
        options.candidatePairsFrom = 2
        let vectors = DocumentVectors(texts: texts, options: options.vectors)
        #expect(!vectors.hasRowPostings)
        let candidates = StoryGrouper(options: options).group(vectors)
        #expect(candidates.stories == all.stories)
        #expect(candidates.keptPairs == all.keptPairs)
    }

    /// The scattered row's dot product equals a plain one, row after row (each replacing the last).
    @Test func rowScatterDotMatchesAPlainLoop() {
        var state: UInt64 = 7
        func next() -> UInt64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }
        let table = _RowScatter(terms: 3000)
        for round in 0..<50 {
            let size = Int(next() % 400) + (round == 0 ? 0 : 1)
            let mine = Array(Set((0..<size).map { _ in Int32(next() % 3000) })).sorted()
            let myWeights = mine.map { _ in Float(next() % 1000 + 1) / 1000 }
            let other = Array(Set((0..<Int(next() % 400)).map { _ in Int32(next() % 3000) })).sorted()
            let otherWeights = other.map { _ in Float(next() % 1000 + 1) / 1000 }
            mine.withUnsafeBufferPointer { m in myWeights.withUnsafeBufferPointer { w in
                table.fill(0..<mine.count, terms: m.baseAddress ?? UnsafePointer(bitPattern: 8)!, weights: w.baseAddress ?? UnsafePointer(bitPattern: 8)!)
            }}
            var plain: Float = 0
            let weightOf = Dictionary(uniqueKeysWithValues: zip(mine, myWeights))
            for (t, w) in zip(other, otherWeights) { plain += (weightOf[t] ?? 0) * w }
            let dot = other.withUnsafeBufferPointer { o in otherWeights.withUnsafeBufferPointer { w in
                table.dot(0..<other.count, terms: o.baseAddress ?? UnsafePointer(bitPattern: 8)!, weights: w.baseAddress ?? UnsafePointer(bitPattern: 8)!)
            }}
            #expect(dot == plain)
        }
    }
}
