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
