extension ConceptCoverageSummarizer {
    /// The eligible sentences a reader can follow: those that stand alone, and those that do not
    /// but follow, in their article, an eligible sentence that does ("The talks will focus on …"
    /// after "Leaders agreed to hold peace talks …"). A follow-up may be picked only once the
    /// sentence before it is (its prerequisite).
    /// - Parameters:
    ///   - eligible: the sentences the length window allows.
    ///   - cluster: the fitted cluster.
    /// - Returns: the readable eligible sentences, and per sentence its prerequisite (-1: none).
    /// - Complexity: O(S).
    static func _readableEligible(_ eligible: [Int], in cluster: ClusterModel) -> (eligible: [Int], prerequisite: [Int]) {
        let standalone = Set(eligible.filter { cluster.sentences[$0].standsAlone })
        let before = cluster._predecessors()
        var prerequisite = [Int](repeating: -1, count: cluster.sentences.count)
        let readable = eligible.filter { i in
            if standalone.contains(i) { return true }
            guard let p = before[i], standalone.contains(p) else { return false }
            prerequisite[i] = p
            return true
        }
        return (readable, prerequisite)
    }
}
