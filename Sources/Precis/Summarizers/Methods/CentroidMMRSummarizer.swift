/// Centroid relevance with cross-article support and a lead prior (``CentroidScorer``), selected
/// by MMR against the part of the centroid not yet covered (``MMRSelector``): the digest's
/// method.
public struct CentroidMMRSummarizer: Summarizer {
    /// Sentence scoring.
    public let scoring: CentroidScorer
    /// Selection.
    public let selection: MMRSelector

    /// The default settings.
    public init() {
        scoring = CentroidScorer()
        selection = MMRSelector()
    }

    /// The settings given.
    /// - Throws: ``PrecisError`` naming the first setting that is not usable.
    public init(scorer: CentroidScorer.Options, selector: MMRSelector.Options) throws {
        scoring = try CentroidScorer(options: scorer)
        selection = try MMRSelector(options: selector)
    }

    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        scoring.score(cluster).ranked(in: cluster)
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let centroid = CentroidScorer.centroid(cluster)
        let support = scoring.support(cluster)
        return selection.select(in: cluster, budget: budget) { selected in
            scoring.score(cluster, centroid: scoring.residualCentroid(centroid, of: cluster, after: selected), support: support)
        }
    }
}
