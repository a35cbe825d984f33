/// Readable items, whatever the method: an item whose opening points back ("He said …", "The
/// group, dubbed …", "Zelensky's announcement on X …") is kept only right after its referent,
/// the sentence it follows in its article or another article's restatement of that sentence
/// (``DigestOptions/referentRestatement``); otherwise it gives way to the method's next
/// sentences that stand alone.
extension Digester {
    /// The picks with every item readable in place: a pick that does not stand alone
    /// (``ClusterSentence/standsAlone``) stays only when one of its referents (the sentence
    /// before it in its article, or a restatement of it) is picked too and no earlier pick
    /// follows that referent already; the others are dropped and the budget they free is refilled from `ranking`
    /// (best first) with sentences that stand alone or follow a kept pick, fit the budget and
    /// are below `redundancy` cosine to every kept item.
    ///
    /// - Parameters:
    ///   - picked: the method's picks, in pick order.
    ///   - cluster: the fitted cluster.
    ///   - referents: per sentence, its referents (``ClusterModel/_referents(predecessors:restatement:)``).
    ///   - budget: the budget.
    ///   - redundancy: cosine at or above which a refill repeats a kept item.
    ///   - ranking: the method's full ranking, asked for only when a pick is dropped.
    /// - Returns: the readable picks in pick order; `picked` itself when nothing readable is left.
    /// - Complexity: O(K² + S × K) for K picks and S sentences, plus the ranking when asked.
    static func _readable(
        _ picked: [SentenceScore], in cluster: ClusterModel, referents: [[Int]], budget: Budget, redundancy: Float,
        ranking: () -> [SentenceScore]
    ) -> [SentenceScore] {
        // A follow-up needs a referent picked, and the place right after it: a referent two
        // picks follow up (a wire copy) keeps the first only.
        func readable(_ i: Int, among set: Set<Int>, claimed: inout Set<Int>) -> Bool {
            if cluster._standsAlone[i] { return true }
            for p in referents[i] where set.contains(p) && !claimed.contains(p) {
                claimed.insert(p)
                return true
            }
            return false
        }
        // a follow-up of a dropped follow-up goes too: repeat until nothing changes
        var kept = picked
        var claimed = Set<Int>()
        while true {
            let set = Set(kept.map(\.sentence))
            claimed = []
            let next = kept.filter { readable($0.sentence, among: set, claimed: &claimed) }
            if next.count == kept.count { break }
            kept = next
        }
        if kept.count == picked.count { return picked }
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        var used = kept.enumerated().reduce(0.0) {
            $0 + budget.cost(of: cluster.sentences[$1.element.sentence], separator: $1.offset > 0)
        }
        var set = Set(kept.map(\.sentence))
        for candidate in ranking() where !set.contains(candidate.sentence) {
            let sentence = cluster.sentences[candidate.sentence]
            guard sentence.isWholeSentence else { continue }
            let cost = budget.cost(of: sentence, separator: !kept.isEmpty)
            guard used + cost <= capacity else { continue }
            guard !kept.contains(where: { cluster.similarity[$0.sentence, candidate.sentence] >= redundancy }) else { continue }
            guard !cluster._isVersion(candidate.sentence, ofAnyOf: set) else { continue }
            guard readable(candidate.sentence, among: set, claimed: &claimed) else { continue }
            kept.append(candidate)
            set.insert(candidate.sentence)
            used += cost
        }
        return kept.isEmpty ? picked : kept
    }

    /// Puts each follow-up (a pick that does not stand alone, with a referent picked) right
    /// after its referent (the first picked one a follow-up has not taken already, in the order
    /// of its referents), keeping the order of the rest.
    /// - Complexity: O(K² + K × R) for K picks and R referents each.
    static func _gluingFollowUps(_ order: [SentenceScore], in cluster: ClusterModel, referents: [[Int]]) -> [SentenceScore] {
        let set = Set(order.map(\.sentence))
        var claimed = Set<Int>()
        var leaderOf: [Int: Int] = [:]
        for s in order where !cluster._standsAlone[s.sentence] {
            if let p = referents[s.sentence].first(where: { set.contains($0) && !claimed.contains($0) }) {
                claimed.insert(p)
                leaderOf[s.sentence] = p
            }
        }
        func leader(_ s: SentenceScore) -> Int? { leaderOf[s.sentence] }
        var out: [SentenceScore] = []
        var placed = Set<Int>()
        func place(_ s: SentenceScore) {
            guard placed.insert(s.sentence).inserted else { return }
            out.append(s)
            for f in order where leader(f) == s.sentence { place(f) }
        }
        for s in order where leader(s) == nil { place(s) }
        for s in order where !placed.contains(s.sentence) { place(s) }  // a cycle cannot occur; kept for safety
        return out
    }

    /// The picks as the story happened: by their article's date where every article's name
    /// carries one (wire names such as `APW19981018.0410`: date, then the wire's sequence
    /// number), else by article order; then by position in the article. Follow-ups stay right
    /// after the sentence they follow.
    /// - Complexity: O(K log K + K²).
    static func _sourceOrder(_ picked: [SentenceScore], in cluster: ClusterModel, referents: [[Int]]) -> [SentenceScore] {
        let dates = cluster.documents.map { _articleDate($0.name) }
        let dated = !dates.contains { $0 == nil }
        let keys = picked.map { s -> (Int, Int, Int, Int) in
            let sentence = cluster.sentences[s.sentence]
            let date = dated ? dates[sentence.document]! : (0, 0)
            return (date.0, date.1, sentence.document, sentence.index)
        }
        let sorted = picked.indices.sorted { keys[$0] < keys[$1] }.map { picked[$0] }
        return _gluingFollowUps(sorted, in: cluster, referents: referents)
    }

    /// The date in an article's name: the first run of exactly eight digits that reads as a
    /// date from 1900 to 2099 (`APW19981018.0410` → 19981018), with the digits after a following
    /// dot as the day's sequence number (0 when none).
    static func _articleDate(_ name: String) -> (Int, Int)? {
        let bytes = Array(name.utf8)
        func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 48 && bytes[k] <= 57 }
        var k = 0
        while k < bytes.count {
            guard isDigit(k) else { k += 1; continue }
            var end = k
            while isDigit(end) { end += 1 }
            if end - k == 8 {
                let value = bytes[k..<end].reduce(0) { $0 * 10 + Int($1 - 48) }
                let (year, month, day) = (value / 10_000, value / 100 % 100, value % 100)
                if (1900...2099).contains(year), (1...12).contains(month), (1...31).contains(day) {
                    var sequence = 0
                    if end < bytes.count, bytes[end] == UInt8(ascii: "."), isDigit(end + 1) {
                        var j = end + 1
                        while isDigit(j), j - end <= 6 { sequence = sequence * 10 + Int(bytes[j] - 48); j += 1 }
                    }
                    return (value, sequence)
                }
            }
            k = end
        }
        return nil
    }
}
