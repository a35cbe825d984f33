extension ClusterModel {
    /// Whether sentence `i` is a version of one of `picks` (the same sentence, a compressed
    /// variant of it, or a fusion sharing a source sentence: ``ClusterSentence/isVersion(of:)``).
    /// A digest takes at most one version of a sentence, whichever selection or fill picks it:
    /// a variant's cosine to its source can fall below any redundancy bound (a short sentence
    /// that loses its date), so similarity alone does not keep two versions apart.
    /// - Parameters:
    ///   - i: the candidate sentence.
    ///   - picks: the sentences already picked.
    /// - Returns: whether `i` shares a source sentence with a pick.
    /// - Complexity: O(K) for K picks (O(K × F) when fusions of F sources are among them).
    func _isVersion(_ i: Int, ofAnyOf picks: some Sequence<Int>) -> Bool {
        picks.contains { sentences[$0].isVersion(of: sentences[i]) }
    }
}
