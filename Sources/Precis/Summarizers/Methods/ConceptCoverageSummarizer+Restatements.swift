extension ConceptCoverageSummarizer {
    /// Each sentence's concepts joined with those of every other article's sentence it restates
    /// (TF-IDF cosine at or above ``Options/restatementCoverage``; a compressed version of either
    /// sentence is no restatement). A pick then covers a fact's concepts in every wording the
    /// articles give it, so a later sentence earns nothing for echoing another wording of a fact
    /// the digest already tells.
    ///
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - concepts: per sentence, its distinct concepts, sorted.
    /// - Returns: per sentence, the distinct concepts it covers, sorted.
    /// - Complexity: O(S² + S × R × C) for R restatements of C concepts per sentence.
    func _coveringRestatements(_ cluster: ClusterModel, _ concepts: [[Int]]) -> [[Int]] {
        let sentences = cluster.sentences
        let threshold = options.restatementCoverage
        return sentences.indices.map { i in
            var covered = concepts[i]
            for j in sentences.indices where j != i && sentences[j].document != sentences[i].document
                && cluster.similarity[i, j] >= threshold {
                covered.append(contentsOf: concepts[j])
            }
            guard covered.count > concepts[i].count else { return concepts[i] }
            covered.sort()
            var distinct: [Int] = []
            distinct.reserveCapacity(covered.count)
            for c in covered where c != distinct.last { distinct.append(c) }
            return distinct
        }
    }
}
