/// One line of a full ranking: a sentence with its rank, score parts and sources.
public struct RankedSentence: Sendable, Hashable, Codable {
    /// 1-based rank.
    public var rank: Int
    /// The sentence.
    public var text: String
    /// The final score, rounded to 6 decimals.
    public var score: Double
    /// Cosine to the centroid, rounded to 6 decimals.
    public var relevance: Double
    /// Source document name.
    public var document: String
    /// 0-based index among the document's body sentences.
    public var sentenceIndex: Int
    /// Other documents saying the same thing.
    public var supportingDocuments: [String]

    /// Names ranked scores.
    /// - Parameters:
    ///   - scores: scores, best first (``Digester/rank(_:)``).
    ///   - cluster: the cluster they score.
    /// - Returns: one entry per score, in the same order.
    public static func ranking(_ scores: [SentenceScore], in cluster: ClusterModel) -> [RankedSentence] {
        let names = cluster.documents.map(\.name)
        return scores.enumerated().map { n, s in
            let sentence = cluster.sentences[s.sentence]
            return RankedSentence(
                rank: n + 1, text: sentence.text, score: (s.score * 1e6).rounded() / 1e6,
                relevance: (s.relevance * 1e6).rounded() / 1e6, document: names[sentence.document],
                sentenceIndex: sentence.index, supportingDocuments: s.supportingDocuments.map { names[$0] })
        }
    }
}
