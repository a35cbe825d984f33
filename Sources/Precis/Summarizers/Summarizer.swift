/// A summarization method: scores every sentence of a fitted cluster and selects some under a
/// budget.
///
/// Every method returns the full ranking (``rank(_:)``), so users get scores for all sentences,
/// not only a summary. ``select(_:budget:)`` returns the picks in pick order, best first; the
/// ``Digester`` orders and renders them.
///
/// ```swift
/// let cluster = ClusterModel(documents: documents)
/// let method = CentroidMMRSummarizer()
/// let ranking = method.rank(cluster)                    // every sentence, best first
/// let picks = method.select(cluster, budget: .words(100))
/// ```
public protocol Summarizer: Sendable {
    /// Every sentence of `cluster` with its score, best first (ties: earlier document, then
    /// earlier sentence).
    /// - Complexity: depends on the method; at most O(S² × V) for S sentences and V terms.
    func rank(_ cluster: ClusterModel) -> [SentenceScore]

    /// The sentences to output under `budget`, in pick order.
    /// - Precondition: `budget` is valid (``Budget/validate()``).
    func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore]
}

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
        let selector = MMRSelector(options: inOrder)
        return selector.select(rank(cluster), in: cluster, budget: budget)
    }
}
