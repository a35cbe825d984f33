import PrecisSupport

extension Digester {
    /// The full ranking behind a digest, with names: every sentence, best first, with its score,
    /// its relevance (``SentenceScore/relevance``) and the other documents saying the same thing.
    /// - Parameter cluster: a fitted cluster (``fit(_:)``).
    /// - Returns: one item per sentence, ranked from 1.
    /// - Complexity: that of the method's ranking, plus O(sentences).
    public func ranking(_ cluster: ClusterModel) -> [DigestItem] {
        let names = cluster.documents.map(\.name)
        return rank(cluster).enumerated().map { n, s in
            cluster._item(s.sentence, rank: n + 1, score: s.score.roundedForOutput,
                          supportingDocuments: s.supportingDocuments, relevance: s.relevance.roundedForOutput, names: names)
        }
    }
}
