extension ClusterFocus {
    /// Topic relevance after pseudo-relevance feedback (Rocchio 1971; used for query-focused
    /// summarization by DUC 2006's relevance-model systems): the topic, a short statement, shares
    /// few words with many sentences that answer it; the sentences most relevant to it carry the
    /// words the answer is written in. Each sentence's relevance becomes its cosine to the topic
    /// plus `weight` times its mean cosine to the `sentences` most relevant ones (the cosine to
    /// the topic expanded by their centroid, up to a common scale that the relative uses of
    /// relevance ignore).
    ///
    /// - Parameters:
    ///   - relevance: each sentence's cosine to the topic.
    ///   - similarity: the cluster's sentence cosines (``ClusterModel/similarity``).
    ///   - sentences: how many of the most relevant sentences feed back (ties: earlier first);
    ///     only sentences sharing a term with the topic (relevance above 0) do.
    ///   - weight: the feedback's weight beside the topic (Rocchio's β).
    /// - Returns: the expanded relevance per sentence; `relevance` itself when no sentence shares
    ///   a term with the topic.
    /// - Complexity: O(S log S + S × sentences) for S sentences.
    static func expanded(_ relevance: [Float], similarity: DenseMatrix, sentences: Int, weight: Double) -> [Float] {
        precondition(similarity.rows == relevance.count && similarity.columns == relevance.count,
                     "the similarity matrix must be sentences × sentences")
        let feedback = relevance.indices.filter { relevance[$0] > 0 }
            .sorted { relevance[$0] != relevance[$1] ? relevance[$0] > relevance[$1] : $0 < $1 }
            .prefix(sentences)
        guard !feedback.isEmpty else { return relevance }
        let scale = Float(weight) / Float(feedback.count)
        let n = relevance.count
        return relevance.indices.map { i in
            var sum: Float = 0
            for j in feedback { sum += similarity.values[j * n + i] }
            return relevance[i] + scale * sum
        }
    }
}
