/// Maximal Marginal Relevance re-ranking on top of any method: the base method's ranking
/// scores are re-selected by ``MMRSelector`` (relevance against similarity to what is taken,
/// with its redundancy cut and length bounds).
///
/// ```swift
/// let method = MMRRerankSummarizer(base: LexRankSummarizer(), selector: MMRSelector())
/// ```
public struct MMRRerankSummarizer: Summarizer {
    /// The method whose ranking is re-selected.
    public let base: any Summarizer
    /// The MMR selection.
    public let selector: MMRSelector

    public init(base: any Summarizer, selector: MMRSelector = MMRSelector()) {
        self.base = base
        self.selector = selector
    }

    /// The base method's ranking, with scores shifted to be non-negative (MMR divides by the
    /// best score).
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let ranking = base.rank(cluster)
        guard let low = ranking.map(\.score).min(), low < 0 else { return ranking }
        return ranking.map { var s = $0; s.score -= low; return s }
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        selector.select(rank(cluster), in: cluster, budget: budget)
    }
}
