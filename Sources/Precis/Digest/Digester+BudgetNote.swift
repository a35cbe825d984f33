/// A digest that whole sentences cannot fill says so, instead of coming out short in silence.
extension Digester {
    /// The share of the budget below which a digest carries a note.
    static let _filledShare = 0.9

    /// A note when the picks use less than ``_filledShare`` of the budget (fewer sentences than
    /// asked, for a sentence budget), saying how much they use and why no more was taken: the
    /// articles are that short, no other readable whole sentence fits, or some do and the
    /// method passed them over (their count).
    /// - Parameters:
    ///   - picked: the digest's sentences.
    ///   - cluster: the fitted cluster.
    ///   - budget: the budget.
    /// - Returns: the note, or `nil` when the budget is (nearly) filled.
    /// - Complexity: O(S) for S sentences, and only when the note is written.
    static func _budgetNote(_ picked: [Int], in cluster: ClusterModel, budget: Budget) -> String? {
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        let used = picked.enumerated().reduce(0.0) {
            $0 + budget.cost(of: cluster.sentences[$1.element], separator: $1.offset > 0)
        }
        let unit: String
        switch budget {
        case .sentences:
            guard used < capacity else { return nil }
            unit = "sentences"
        case .words, .ratio:
            guard used < _filledShare * capacity else { return nil }
            unit = "words"
        case .bytes:
            guard used < _filledShare * capacity else { return nil }
            unit = "bytes"
        }
        let left = Int(capacity - used)
        let leftText = "the \(left) \(left == 1 ? String(unit.dropLast()) : unit) left"
        // The sentences a reader could have been given instead: whole, readable alone, unpicked,
        // and small enough for what is left. The note says whether any exists, not a guess. A
        // source sentence and its shortened versions share a place and count once.
        let chosen = Set(picked)
        let fitting = Set(cluster.sentences.indices.filter { i in
            !chosen.contains(i) && cluster.sentences[i].isWholeSentence && cluster._standsAlone[i]
                && !cluster._isVersion(i, ofAnyOf: chosen)
                && used + budget.cost(of: cluster.sentences[i], separator: !picked.isEmpty) <= capacity
        }.map { cluster.sentences[$0].position }).count
        let why: String
        if fitting > 0 {
            why = "\(fitting) other \(fitting == 1 ? "sentence fits" : "sentences fit") \(leftText), but the method found "
                + "nothing in \(fitting == 1 ? "it" : "them") worth adding (for example too short for it, or repeating the digest)"
        } else if unit == "words" && Double(cluster.totalWords) <= capacity {
            why = "the articles hold only \(cluster.totalWords) words"
        } else {
            why = "no other whole sentence that reads without the sentence before it fits \(leftText)"
        }
        return "Whole sentences fill \(Int(used)) of the \(Int(capacity)) \(unit): \(why)."
    }
}
