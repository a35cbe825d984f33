extension ClusterModel {
    /// Whether sentence `i` may be output at all: it does not repeat an earlier article
    /// (``ClusterFocus/repeatsEarlier(_:)``; always true without earlier articles).
    func _isFresh(_ i: Int) -> Bool { focus?.repeatsEarlier(i) != true }

    /// Whether sentence `i` is what methods prefer to output: a whole sentence of `bounds` words,
    /// not off the topic (``ClusterFocus/isOffTopic(_:)``).
    func _isPreferredOutput(_ i: Int, within bounds: ClosedRange<Int>) -> Bool {
        sentences[i].isWholeSentence && bounds.contains(sentences[i].wordCount) && focus?.isOffTopic(i) != true
    }

    /// The sentences a method may output, in sentence order: fresh preferred outputs
    /// (``_isPreferredOutput(_:within:)``) of `minimumWords...maximumWords` words; when none qualifies, every fresh non-empty sentence (so a short input still yields a
    /// summary). One rule for every method and MMR.
    /// - Complexity: O(S).
    func _outputCandidates(minimumWords: Int, maximumWords: Int) -> [Int] {
        let bounds = minimumWords...max(minimumWords, maximumWords)
        let fresh = sentences.indices.filter(_isFresh)
        let chosen = fresh.filter { _isPreferredOutput($0, within: bounds) }
        return chosen.isEmpty ? fresh.filter { sentences[$0].wordCount > 0 } : chosen
    }
}
