extension ConceptCoverageSummarizer {
    /// Adds one concept per document: its first sentence, worth `worth` and covered by that
    /// sentence alone (or a compressed version of it, which takes the same place), so a digest
    /// earns it by picking the lead (``ClusterFocus/Options/leadSentenceWeight``). Bigram concepts
    /// favour a lead's words wherever they stand; this favours the lead sentence itself, as a
    /// position prior does (Katragadda et al. 2009 for update summaries).
    ///
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - worth: the weight of each lead concept (above 0).
    ///   - concepts: per sentence, its concepts; a lead's gains its document's lead concept.
    ///   - weight: each concept's weight; the lead concepts are appended.
    /// - Complexity: O(S).
    func _addLeadConcepts(_ cluster: ClusterModel, worth: Double, to concepts: inout [[Int]], weight: inout [Double]) {
        precondition(worth > 0, "a lead concept must be worth something")
        var conceptOfDocument: [Int: Int] = [:]
        for (i, sentence) in cluster.sentences.enumerated() where sentence.index == 0 {
            let concept: Int
            if let known = conceptOfDocument[sentence.document] {
                concept = known
            } else {
                concept = weight.count
                weight.append(worth)
                conceptOfDocument[sentence.document] = concept
            }
            concepts[i].append(concept)
        }
    }
}
