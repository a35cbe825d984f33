/// People named so the reader knows who they are: the digest's first mention of a person by
/// bare surname gets the full name its article wrote earlier (``DigestOptions/completeNames``,
/// ``NameCompletion``).
extension Digester {
    /// `items` (in output order) with names completed from `cluster`'s articles under `budget`.
    /// - Complexity: O(*T*) for *T* tokens in the cluster's sentences, plus ``NameCompletion``'s.
    static func _completingNames(_ items: [DigestItem], in cluster: ClusterModel, budget: Budget) -> [DigestItem] {
        NameCompletion().complete(items, articles: cluster._articleSentences(), budget: budget,
                                  totalWords: cluster.totalWords).items
    }
}

extension ClusterModel {
    /// Every article's body sentences as written (not compressed or fused variants), in order,
    /// by document name.
    /// - Complexity: O(S) for S sentences.
    func _articleSentences() -> [String: [String]] {
        var byDocument = [[String]](repeating: [], count: documents.count)
        // a source sentence comes first at its place; its variants follow it there
        for sentence in sentences where sentence.fusedWith.isEmpty && sentence.index == byDocument[sentence.document].count {
            byDocument[sentence.document].append(sentence.text)
        }
        return Dictionary(zip(documents.map(\.name), byDocument), uniquingKeysWith: { first, _ in first })
    }
}
