extension ConceptCoverageSummarizer {
    /// The eligible sentences a reader can follow: those that stand alone, and those that do not
    /// but have an eligible referent that does: the sentence before them in their article ("The
    /// talks will focus on …" after "Leaders agreed to hold peace talks …"), or another
    /// article's restatement of it (``ClusterModel/_referents(predecessors:restatement:)``). A
    /// follow-up may be picked only once one of its referents is (its prerequisites).
    /// - Parameters:
    ///   - eligible: the sentences the length window allows.
    ///   - cluster: the fitted cluster.
    ///   - restatement: cosine at or above which another article's sentence restates a
    ///     follow-up's referent (above 1: only the sentence before it).
    /// - Returns: the readable eligible sentences, and per sentence its prerequisites (empty: none).
    /// - Complexity: O(F × S) for F sentences that do not stand alone.
    static func _readableEligible(_ eligible: [Int], in cluster: ClusterModel, restatement: Float)
        -> (eligible: [Int], prerequisites: [[Int]])
    {
        let standalone = Set(eligible.filter { cluster._standsAlone[$0] })
        var referents = cluster._referents(predecessors: cluster._predecessors(), restatement: restatement)
        let readable = eligible.filter { i in
            if standalone.contains(i) { return true }
            referents[i].removeAll { !standalone.contains($0) }
            return !referents[i].isEmpty
        }
        return (readable, referents)
    }
}
