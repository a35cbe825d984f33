extension ClusterModel {
    /// Per sentence, the sentence just before it in its own article (`nil` for an article's
    /// first): what a sentence that points back refers to (the readability rule).
    /// - Complexity: O(S).
    func _predecessors() -> [Int?] {
        var before = [Int?](repeating: nil, count: sentences.count)
        for (d, list) in documentSentences.enumerated() {
            for k in list.indices.dropFirst() where sentences[list[k]].document == d {
                before[list[k]] = list[k - 1]
            }
        }
        return before
    }
}
