extension ClusterModel {
    /// Per sentence, the sentences a reader may have just read for it to make sense (empty: it
    /// stands alone, ``ClusterSentence/standsAlone``). A sentence that points back ("The group,
    /// dubbed …", "He said …", "This invitation comes …") refers to the sentence before it in
    /// its article. When its subject is a definite description
    /// (``ClusterSentence/opensWithReferringSubject``: "The group", "Zelensky's announcement"),
    /// another article's sentence that restates that one (cosine at or above `restatement`)
    /// names the same referent, so it serves as well. The
    /// sentence before it comes first, then the restatements by index; a restatement is itself
    /// a sentence that stands alone and is no version of the follow-up.
    ///
    /// - Parameters:
    ///   - predecessors: ``_predecessors()``.
    ///   - restatement: cosine at or above which another article's sentence restates the one
    ///     before the follow-up (above 1: only the sentence before it counts).
    /// - Returns: per sentence, its possible referents; a follow-up with none (an article's
    ///   first sentence) has an empty list too, and is told apart by ``ClusterSentence/standsAlone``.
    /// - Complexity: O(F × S) for F sentences that do not stand alone.
    func _referents(predecessors: [Int?], restatement: Float) -> [[Int]] {
        var referents = [[Int]](repeating: [], count: sentences.count)
        for i in sentences.indices where !_standsAlone[i] {
            guard let p = predecessors[i] else { continue }
            var list = [p]
            // A definite subject carries its own description ("The group", "The rebels",
            // "Zelensky's announcement"), which another article's wording of the same fact
            // answers; a pronoun or a quotation needs the very sentence before it, whose subject
            // or speaker a restatement need not share.
            if restatement <= 1 && sentences[i].opensWithReferringSubject {
                for q in sentences.indices where q != p && sentences[q].document != sentences[p].document
                    && !sentences[q].isVersion(of: sentences[i]) && _standsAlone[q]
                    && similarity[q, p] >= restatement {
                    list.append(q)
                }
                // the closest restatement first: it is the one a follow-up is placed after
                list[1...].sort { (similarity[$0, p], $1) > (similarity[$1, p], $0) }
            }
            referents[i] = list
        }
        return referents
    }
}
