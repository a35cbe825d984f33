extension ClusterModel {
    /// Per sentence, the sentence just before it in its own article (`nil` for an article's
    /// first): what a sentence that points back refers to (the readability rule).
    /// - Complexity: O(S).
    func _predecessors() -> [Int?] {
        var before = [Int?](repeating: nil, count: sentences.count)
        for (d, list) in documentSentences.enumerated() {
            // a compressed variant follows its source in the list, at the source's position: it is
            // no sentence of its own here, and it follows what its source follows
            var originals: [Int] = []
            var variants: [(variant: Int, original: Int)] = []
            for s in list {
                if let last = originals.last, sentences[s].isVersion(of: sentences[last]) {
                    variants.append((s, last))
                } else {
                    originals.append(s)
                }
            }
            for k in originals.indices.dropFirst() where sentences[originals[k]].document == d {
                before[originals[k]] = originals[k - 1]
            }
            for (variant, original) in variants { before[variant] = before[original] }
        }
        return before
    }
}
