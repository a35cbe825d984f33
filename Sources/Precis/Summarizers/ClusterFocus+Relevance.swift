extension ClusterFocus {
    /// Whether sentence `i` is too far from the topic to be output: its topic relevance is below
    /// ``Options/minimumRelevance`` times the highest sentence relevance. Query-focused systems
    /// of DUC 2006 drew their summaries from the sentences that answer the topic; this keeps a
    /// sentence dense in the cluster's concepts but off the reader's question out of the digest.
    /// Every method's candidates and the budget fill leave such a sentence out; the readability
    /// pass may still bring one in as the sentence a picked follow-up points back to.
    ///
    /// - Parameter i: a sentence of the cluster.
    /// - Returns: false without a topic, when no sentence shares a term with it, or when
    ///   ``Options/minimumRelevance`` is 0.
    /// - Complexity: O(1).
    public func isOffTopic(_ i: Int) -> Bool {
        guard hasTopic, topRelevance > 0, options.minimumRelevance > 0 else { return false }
        return Double(topicRelevance[i] / topRelevance) < options.minimumRelevance
    }
}
