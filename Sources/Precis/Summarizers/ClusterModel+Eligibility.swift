extension ClusterModel {
    /// Whether sentence `i` may be output at all: it does not repeat an earlier article
    /// (``ClusterFocus/repeatsEarlier(_:)``; always true without earlier articles).
    func _isFresh(_ i: Int) -> Bool { focus?.repeatsEarlier(i) != true }

    /// Whether sentence `i` is a whole sentence of `bounds` words: what methods prefer to output.
    func _isWholeSentence(_ i: Int, within bounds: ClosedRange<Int>) -> Bool {
        sentences[i].isWholeSentence && bounds.contains(sentences[i].wordCount)
    }

    /// The sentences a method may output, in sentence order: fresh whole sentences of
    /// `minimumWords...maximumWords` words, not off the topic (``ClusterFocus/isOffTopic(_:)``);
    /// when none qualifies, every fresh non-empty sentence (so a short input still yields a
    /// summary). One rule for every method and MMR.
    /// - Complexity: O(S).
    func _outputCandidates(minimumWords: Int, maximumWords: Int) -> [Int] {
        let bounds = minimumWords...max(minimumWords, maximumWords)
        let fresh = sentences.indices.filter(_isFresh)
        let chosen = fresh.filter { _isWholeSentence($0, within: bounds) && focus?.isOffTopic($0) != true }
        return chosen.isEmpty ? fresh.filter { sentences[$0].wordCount > 0 } : chosen
    }
}
