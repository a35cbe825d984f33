/// The lead baseline: the first sentences of the first document, then of the next.
public struct LeadSummarizer: Summarizer {
    public init() {}

    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let n = Double(max(cluster.sentences.count, 1))
        return cluster.sentences.indices.map {
            SentenceScore(sentence: $0, score: 1 - Double($0) / n, relevance: 0, supportingDocuments: [])
        }
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        var inOrder = MMRSelector.Options(lambda: 1)
        inOrder.redundancyThreshold = 1.01
        inOrder.minimumWords = 1
        inOrder.maximumWords = .max / 2
        let selector = MMRSelector(knownValid: inOrder)
        // the baseline stays the lead whatever the topic (earlier articles still apply)
        var cluster = cluster
        cluster.focus?.topicRelevance = []
        return selector.select(rank(cluster), in: cluster, budget: budget)
    }
}
