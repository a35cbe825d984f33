extension ConceptCoverageSummarizer {
    /// Weighs concepts for a topic and earlier articles (``ClusterFocus``): a concept's weight is
    /// multiplied by `1 + topicWeight × r`, where r is the mean topic relevance of the sentences
    /// holding it over the highest sentence relevance; a concept the earlier articles hold is
    /// multiplied by ``ClusterFocus/Options/earlierConceptWeight`` (0: dropped, as in ICSI's
    /// update system, Gillick et al. 2008); a concept whose words the topic statement holds, by
    /// `1 + topicTermWeight × (words in the topic) / 2`.
    ///
    /// - Parameters:
    ///   - weight: each concept's weight, changed in place.
    ///   - focus: the cluster's focus.
    ///   - keyOf: each concept's key (a column below `vocabularySize`, else a bigram number plus it).
    ///   - bigrams: the bigram numbering the keys come from.
    ///   - vocabularySize: the number of vocabulary columns.
    ///   - ofSentence: each sentence's concepts.
    /// - Complexity: O(total concepts held).
    func _focus(
        _ weight: inout [Double], _ focus: ClusterFocus, keyOf: [Int], bigrams: _BigramKeys, vocabularySize v: Int,
        ofSentence: [[Int]]
    ) {
        if focus.hasTopic && focus.topRelevance > 0 && focus.options.topicWeight > 0 {
            var sum = [Double](repeating: 0, count: weight.count)
            var count = [Int](repeating: 0, count: weight.count)
            for (i, concepts) in ofSentence.enumerated() {
                let r = Double(focus.topicRelevance[i] / focus.topRelevance)
                for c in concepts { sum[c] += max(r, 0); count[c] += 1 }
            }
            for c in weight.indices where count[c] > 0 {
                weight[c] *= 1 + focus.options.topicWeight * sum[c] / Double(count[c])
            }
        }
        if focus.hasTopic && focus.options.topicTermWeight > 0 {
            // words of the concept in the topic statement (stems for surface bigrams, columns otherwise)
            let topicIDs = options.surfaceBigrams ? focus.topicStems : focus.topicColumns
            for c in weight.indices where weight[c] > 0 {
                let key = keyOf[c]
                let hits: Int
                if key < v {
                    hits = focus.topicColumns.contains(key) ? 2 : 0
                } else {
                    let pair = bigrams.pairs[key - v]
                    hits = (topicIDs.contains(pair / 4_194_304) ? 1 : 0) + (topicIDs.contains(pair % 4_194_304) ? 1 : 0)
                }
                weight[c] *= 1 + focus.options.topicTermWeight * Double(hits) / 2
            }
        }
        if focus.hasEarlier && focus.options.earlierConceptWeight < 1 {
            let earlierPairs = options.surfaceBigrams ? focus.earlierSurfacePairs : focus.earlierTermPairs
            for c in weight.indices {
                let key = keyOf[c]
                let seen = key < v ? focus.earlierTerms.contains(key) : earlierPairs.contains(bigrams.pairs[key - v])
                if seen { weight[c] *= focus.options.earlierConceptWeight }
            }
        }
    }
}
