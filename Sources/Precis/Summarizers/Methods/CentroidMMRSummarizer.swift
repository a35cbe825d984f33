/// Centroid relevance with cross-article support and a lead prior (``CentroidScorer``), selected
/// by MMR against the part of the centroid not yet covered (``MMRSelector``): the digest's
/// method.
public struct CentroidMMRSummarizer: Summarizer {
    /// Sentence scoring.
    public var scorer: CentroidScorer.Options
    /// Selection.
    public var selector: MMRSelector.Options

    public init(scorer: CentroidScorer.Options = .init(), selector: MMRSelector.Options = .init()) {
        self.scorer = scorer
        self.selector = selector
    }

    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        CentroidScorer(options: scorer).score(cluster).ranked(in: cluster)
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let scoring = CentroidScorer(options: scorer)
        let centroid = CentroidScorer.centroid(cluster)
        let support = scoring.support(cluster)
        return MMRSelector(options: selector).select(in: cluster, budget: budget) { selected in
            scoring.score(cluster, centroid: scoring.residualCentroid(centroid, of: cluster, after: selected), support: support)
        }
    }
}
