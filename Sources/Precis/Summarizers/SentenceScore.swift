import PrecisSupport

/// The score of one sentence, with its parts.
public struct SentenceScore: Sendable, Hashable, Codable {
    /// Index of the sentence in ``ClusterModel/sentences``.
    public var sentence: Int
    /// The final score (higher is better).
    public var score: Double
    /// The method's relevance: cosine to the cluster's centroid for centroid relevance with
    /// support (``CentroidScorer``); for the other methods their own score before a topic's prior
    /// (0 for the lead baseline).
    public var relevance: Double
    /// Indices of the other documents that say the same thing.
    public var supportingDocuments: [Int]

    public init(sentence: Int, score: Double, relevance: Double, supportingDocuments: [Int]) {
        self.sentence = sentence
        self.score = score
        self.relevance = relevance
        self.supportingDocuments = supportingDocuments
    }
}

extension Array where Element == SentenceScore {
    /// The scores best first. Scores are compared after rounding to 1e-9, so that summation order
    /// in BLAS cannot reorder near-ties; remaining ties go to the earlier document, then the
    /// earlier sentence (the documented tie rule).
    public func ranked(in cluster: ClusterModel) -> [SentenceScore] {
        sorted { a, b in
            let qa = a.score.comparisonKey, qb = b.score.comparisonKey
            if qa != qb { return qa > qb }
            let sa = cluster.sentences[a.sentence], sb = cluster.sentences[b.sentence]
            return (sa.document, sa.index) < (sb.document, sb.index)
        }
    }
}
