import Foundation
import PrecisSupport

extension StoryGrouper {
    /// How many of the exact pairs the candidate pairs (``CandidatePairs``) hold, by cosine.
    package struct CandidateRecall: Sendable, Hashable, Codable {
        /// Articles of the day.
        package var articles: Int
        /// Candidate pairs (each gets an exact cosine).
        package var candidates: Int
        /// The cosines measured at.
        package var thresholds: [Float]
        /// Pairs whose exact cosine is at least each threshold (every pair compared, no cap).
        package var exact: [Int]
        /// Of those, the ones among the candidates.
        package var found: [Int]
        /// `found / exact` per threshold (1 when there is no such pair).
        package var recall: [Double]
    }

    /// Measures the candidate pairs against every pair: the exact pairs at or above each
    /// threshold (computed the slow way, all n² of them through ``SimilarityBlocks``, with no
    /// neighbour cap) and how many of them are candidates under these settings.
    /// - Parameters:
    ///   - vectors: the day's vectors.
    ///   - thresholds: cosines to measure the recall at (the lowest sets how many exact pairs
    ///     are held: keep it at or above the grouping's pair floor on large days).
    /// - Returns: counts and recall per threshold.
    /// - Complexity: that of every pair's cosine, O(n² × d), plus the candidates'.
    package func candidateRecall(_ vectors: DocumentVectors, thresholds: [Float]) -> CandidateRecall {
        precondition(!thresholds.isEmpty && thresholds.allSatisfy { $0 > 0 }, "candidateRecall: thresholds must be positive")
        precondition(vectors.hasRowPostings, "candidateRecall: every pair's cosine needs the vectors' row postings")
        let n = vectors.count
        let floor = thresholds.min()!
        let exact = SimilarityBlocks(vectors: vectors, options: .init(minimumSimilarity: floor, maximumNeighbors: max(1, n),
                                                                      blockFloats: options.blockFloats)).keptPairs()
        let top = CandidatePairs.topTerms(vectors, k: options.candidateTerms)
        let index = CandidatePairs.index(top, documents: n, terms: vectors.denseCount + vectors.sparseCount)
        var lists = [[Int32]](repeating: [], count: n)
        lists.withUnsafeMutableBufferPointer { listsBuffer in
            let out = listsBuffer.baseAddress!
            parallelChunks(n) { range in
                var accumulator = [Float](repeating: 0, count: n)
                var touched: [Int32] = []
                accumulator.withUnsafeMutableBufferPointer { acc in
                    for i in range {
                        out[i] = CandidatePairs.candidates(of: i, vectors: vectors, top: top, index: index,
                                                           limit: options.candidatesPerArticle, eitherTop: options.candidateLimits.eitherTop,
                                                           acc: acc.baseAddress!, touched: &touched)
                    }
                }
            }
        }
        var exactCounts = [Int](repeating: 0, count: thresholds.count)
        var found = [Int](repeating: 0, count: thresholds.count)
        for e in 0..<exact.count {
            let list = lists[Int(exact.first[e])], j = exact.second[e]
            // lists are ascending: binary search
            var lo = 0, hi = list.count
            while lo < hi { let mid = (lo + hi) >> 1; if list[mid] < j { lo = mid + 1 } else { hi = mid } }
            let isCandidate = lo < list.count && list[lo] == j
            for (t, threshold) in thresholds.enumerated() where exact.similarity[e] >= threshold {
                exactCounts[t] += 1
                if isCandidate { found[t] += 1 }
            }
        }
        return CandidateRecall(articles: n, candidates: lists.reduce(0) { $0 + $1.count }, thresholds: thresholds,
                               exact: exactCounts, found: found,
                               recall: zip(found, exactCounts).map { $1 > 0 ? Double($0) / Double($1) : 1 })
    }
}
