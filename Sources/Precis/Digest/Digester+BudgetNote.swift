/// A digest that whole sentences cannot fill says so, instead of coming out short in silence.
extension Digester {
    /// The share of the budget below which a digest carries a note.
    static let _filledShare = 0.9

    /// A note when the picks use less than ``_filledShare`` of the budget (fewer sentences than
    /// asked, for a sentence budget), saying how much they use and why no more was taken.
    /// - Parameters:
    ///   - picked: the digest's sentences.
    ///   - cluster: the fitted cluster.
    ///   - budget: the budget.
    /// - Returns: the note, or `nil` when the budget is (nearly) filled.
    /// - Complexity: O(K) for K picks.
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
        let why = unit == "words" && Double(cluster.totalWords) <= capacity
            ? "the articles hold only \(cluster.totalWords) words"
            : "no other whole sentence fits the \(left) \(left == 1 ? String(unit.dropLast()) : unit) left, adds something the digest lacks and reads without the sentence before it"
        return "Whole sentences fill \(Int(used)) of the \(Int(capacity)) \(unit): \(why)."
    }
}
