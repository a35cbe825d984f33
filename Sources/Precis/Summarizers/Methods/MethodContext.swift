import Foundation
import PrecisSupport

/// Per-cluster statistics shared by the summarization methods: term columns per sentence, the
/// documents holding each sentence, and eligibility by length. Internal; built once per call.
struct MethodContext {
    /// The fitted cluster.
    let cluster: ClusterModel
    /// Per sentence, its terms as vocabulary columns, in text order (repeats kept).
    let termIDs: [[Int]]
    /// Per sentence, the documents holding it: its own and those with an exact copy, sorted.
    let documentsOf: [[Int]]
    /// Number of vocabulary terms.
    let vocabularySize: Int
    /// When set, two sentences that share enough neighbours are redundant whatever their
    /// cosine (``isNovel(_:to:redundancy:)``).
    var paraphrases: _SentenceParaphrases?
    /// Whether some sentences are versions of one another (compressed variants, see
    /// ``ClusterSentence/isVersion(of:)``): then no two versions of a sentence are both picked.
    let hasVersions: Bool
    /// Per sentence, whether it is a variant: a compressed version (not the first sentence at its
    /// place) or a fusion. Variants offer their words for coverage, but a concept's weight comes
    /// from the source sentences alone, so offering variants never reweighs the cluster. Empty
    /// when the cluster has no versions.
    let isVariant: [Bool]
    /// Per sentence, its place (``ClusterSentence/position``), read once with ``fusedWith`` for
    /// ``isVersion(_:of:)``; empty when the cluster has no versions.
    let places: [SentencePosition]
    /// Per sentence, ``ClusterSentence/fusedWith`` (empty when the cluster has no versions).
    let fusedWith: [[SentencePosition]]
    /// Per sentence, the sentences one of which must be picked before it may be (empty: none): a
    /// follow-up that points back may join only after its referent, the sentence it follows or
    /// a restatement of that one (``ClusterModel/_referents(predecessors:restatement:)``,
    /// ``isNovel(_:to:redundancy:)``).
    var prerequisites: [[Int]] = []

    /// - Complexity: O(total terms).
    init(_ cluster: ClusterModel) {
        self.cluster = cluster
        termIDs = cluster._termColumns
        documentsOf = cluster.sentences.indices.map { i in
            // sorted and deduplicated in place: a set per sentence cost more than the rest
            var distinct: [Int] = []
            for d in ([cluster.sentences[i].document] + cluster.copies[i]).sorted() where d != distinct.last {
                distinct.append(d)
            }
            return distinct
        }
        vocabularySize = cluster.tfidf.vocabulary.count
        // a fusion shares its first source's place, so a cluster with variants repeats a place
        var seenPlaces = Set<SentencePosition>()
        let variant = cluster.sentences.map { !seenPlaces.insert($0.position).inserted || !$0.fusedWith.isEmpty }
        hasVersions = variant.contains(true)
        isVariant = hasVersions ? variant : []
        self.places = hasVersions ? cluster.sentences.map(\.position) : []
        fusedWith = hasVersions ? cluster.sentences.map(\.fusedWith) : []
    }

    /// The sentences a method may output: whole sentences within the length bounds; when none
    /// qualifies, every non-empty sentence (so a short input still yields a summary).
    /// - Complexity: O(S).
    func eligible(minimumWords: Int, maximumWords: Int) -> [Int] {
        cluster._outputCandidates(minimumWords: minimumWords, maximumWords: maximumWords)
    }

    /// The sentences a method may output under `budget`: as ``eligible(minimumWords:maximumWords:)``,
    /// but when every sentence long enough fits in the budget together, the length floor is
    /// lifted (every whole sentence up to `maximumWords` is eligible). The floor keeps short,
    /// thin sentences from crowding out fuller ones; with room for all of them it protects
    /// nothing and would only leave the budget unused on a short input.
    /// - Complexity: O(S).
    func eligible(minimumWords: Int, maximumWords: Int, budget: Budget) -> [Int] {
        let chosen = eligible(minimumWords: minimumWords, maximumWords: maximumWords)
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        let cost = chosen.enumerated().reduce(0.0) {
            $0 + budget.cost(of: cluster.sentences[$1.element], separator: $1.offset > 0)
        }
        guard cost <= capacity, minimumWords > 1 else { return chosen }
        return eligible(minimumWords: 1, maximumWords: maximumWords)
    }

    /// Per-sentence scores as a ranking, best first (the documented tie rule).
    /// With a topic (``ClusterFocus``) and `topicPrior`, each score is multiplied by the
    /// sentence's topic prior.
    func ranking(_ scores: [Double], topicPrior: Bool = true) -> [SentenceScore] {
        let focused = topicPrior && cluster.focus?.hasTopic == true
        return scores.enumerated().map {
            let score = focused ? $1 * cluster.focus!.prior($0) : $1
            return SentenceScore(sentence: $0, score: score, relevance: $1, supportingDocuments: [])
        }.ranked(in: cluster)
    }

    /// Whether sentence `i` is a source sentence, not a variant (``isVariant``).
    func isSource(_ i: Int) -> Bool { isVariant.isEmpty || !isVariant[i] }

    /// Whether sentence `i` may join `set`: its cosine with each member is below `redundancy`
    /// (above 1: no cosine bound), with ``paraphrases`` it shares too few neighbours with each,
    /// and one of its ``prerequisites``, if any, is in `set`.
    /// - Complexity: O(|set|), O(|set| × k) with ``paraphrases``.
    func isNovel(_ i: Int, to set: some Sequence<Int>, redundancy: Float) -> Bool {
        if !prerequisites.isEmpty, !prerequisites[i].isEmpty, !set.contains(where: prerequisites[i].contains) { return false }
        if redundancy > 1 && paraphrases == nil && !hasVersions { return true }
        // a plain loop: a closure here captured the whole context (a retain and release of each
        // of its arrays per call, the search's largest cost)
        let paraphrases = paraphrases
        for j in set {
            if redundancy <= 1 && cluster.similarity[j, i] >= redundancy { return false }
            if let paraphrases, paraphrases.areParaphrases(i, j) { return false }
            if hasVersions && isVersion(j, of: i) { return false }
        }
        return true
    }

    /// `cluster.sentences[j].isVersion(of: cluster.sentences[i])` (``ClusterSentence/isVersion(of:)``)
    /// from ``places`` and ``fusedWith``: no sentence copied, no array of places built per pair.
    /// Only when ``hasVersions``.
    func isVersion(_ j: Int, of i: Int) -> Bool {
        ClusterSentence.shareASource(places[j], fusedWith: fusedWith[j], places[i], fusedWith: fusedWith[i])
    }

    /// Walks a ranking best first, taking each eligible sentence that fits the budget and is
    /// less than `redundancy` similar (cosine) to every sentence already taken.
    ///
    /// - Parameters:
    ///   - ranking: scores, best first.
    ///   - budget: the budget (valid).
    ///   - eligible: the sentences that may be taken.
    ///   - redundancy: cosine at or above which a candidate repeats a taken sentence (> 1: off).
    /// - Returns: the picks in pick order.
    /// - Complexity: O(S × K) for K picks.
    func takeInOrder(_ ranking: [SentenceScore], budget: Budget, eligible: [Int], redundancy: Float) -> [SentenceScore] {
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        let allowed = Set(eligible)
        var used = 0.0
        var picked: [SentenceScore] = []
        for candidate in ranking where allowed.contains(candidate.sentence) {
            let cost = budget.cost(of: cluster.sentences[candidate.sentence], separator: !picked.isEmpty)
            guard used + cost <= capacity else { continue }
            guard isNovel(candidate.sentence, to: picked.lazy.map(\.sentence), redundancy: redundancy) else { continue }
            picked.append(candidate)
            used += cost
        }
        return picked
    }

    /// Budget-aware greedy maximization of a monotone set function (Lin & Bilmes 2010): at each
    /// step the candidate with the best `gain / length^r` (length in words, or in the budget's
    /// unit with `lengthInBudgetUnit`) is taken if it fits, else dropped; the result is then
    /// compared with the best single sentence.
    ///
    /// - Parameters:
    ///   - budget: the budget (valid).
    ///   - eligible: candidate sentences.
    ///   - lengthExponent: r; 0 ignores length, 1 is gain per word.
    ///   - lengthInBudgetUnit: measure a sentence's length for the scaling in the budget's own unit
    ///     (bytes under a byte budget, as Lin & Bilmes's cost) instead of words.
    ///   - redundancy: cosine at or above which a candidate repeats a taken sentence (> 1: off).
    ///   - gain: the marginal gain of a sentence given the current state.
    ///   - commit: records a taken sentence in the state.
    ///   - value: the objective of a set (for the singleton comparison); `nil` skips it.
    /// - Returns: the picks with their marginal gains, in pick order.
    /// - Complexity: O(K × S × cost of `gain`).
    func greedy(
        budget: Budget, eligible: [Int], lengthExponent: Double, lengthInBudgetUnit: Bool = false,
        redundancy: Float = 2, lazy: Bool = false,
        gain: (Int) -> Double, commit: (Int) -> Void, value: (([Int]) -> Double)? = nil
    ) -> [SentenceScore] {
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        var remaining = eligible
        var used = 0.0
        var picked: [SentenceScore] = []
        let scale = eligible.map {
            let length = lengthInBudgetUnit
                ? budget.cost(of: cluster.sentences[$0], separator: false) : Double(cluster.sentences[$0].wordCount)
            return pow(max(length, 1), lengthExponent)
        }
        var position = Array(eligible.indices)  // remaining[k] is eligible[position[k]]
        // Lazy evaluation (Minoux): with a submodular objective a gain never grows, so a stale
        // ratio is an upper bound and only the front-runner needs recomputing.
        var bound = lazy ? eligible.indices.map { gain(eligible[$0]) / scale[$0] } : []
        func q(_ x: Double) -> Double { x.comparisonKey }
        // each bound quantized once, when it is set (not twice per comparison)
        var quantizedBound = bound.map(q)
        while !remaining.isEmpty {
            var bestIndex = -1
            var bestRatio = -Double.infinity
            var bestGain = 0.0
            if lazy {
                while true {
                    var top = 0
                    var topBound = quantizedBound[position[0]]
                    for k in remaining.indices.dropFirst() where quantizedBound[position[k]] > topBound {
                        top = k
                        topBound = quantizedBound[position[k]]
                    }
                    let g = gain(remaining[top])
                    let ratio = g / scale[position[top]]
                    bound[position[top]] = ratio
                    quantizedBound[position[top]] = q(ratio)
                    var rival = -Double.infinity  // the best other bound (a loop: no arrays per step)
                    for k in remaining.indices where k != top { rival = max(rival, bound[position[k]]) }
                    if q(ratio) >= q(rival) { bestIndex = top; bestRatio = ratio; bestGain = g; break }
                }
            } else {
                for (k, i) in remaining.enumerated() {
                    let g = gain(i)
                    let ratio = g / scale[position[k]]
                    // strict > over quantized values: the earlier sentence keeps ties (deterministic)
                    if bestIndex < 0 || q(ratio) > q(bestRatio) { bestIndex = k; bestRatio = ratio; bestGain = g }
                }
            }
            let i = remaining.remove(at: bestIndex)
            position.remove(at: bestIndex)
            guard bestGain > 1e-12 else { break }
            let cost = budget.cost(of: cluster.sentences[i], separator: !picked.isEmpty)
            guard used + cost <= capacity else { continue }
            guard isNovel(i, to: picked.lazy.map(\.sentence), redundancy: redundancy) else { continue }
            used += cost
            picked.append(SentenceScore(sentence: i, score: bestGain, relevance: bestGain, supportingDocuments: []))
            commit(i)
        }
        if let value, !picked.isEmpty {
            // Lin & Bilmes' guarantee needs the best feasible singleton as a fallback.
            let total = value(picked.map(\.sentence))
            var best: (Int, Double)?
            for i in eligible where budget.cost(of: cluster.sentences[i], separator: false) <= capacity {
                let v = value([i])
                if best == nil || v.comparisonKey > best!.1.comparisonKey { best = (i, v) }
            }
            if let (i, v) = best, v.comparisonKey > total.comparisonKey {
                return [SentenceScore(sentence: i, score: v, relevance: v, supportingDocuments: [])]
            }
        }
        return picked
    }
}

/// Shared decoding of the eligibility fields every method's options carry.
extension KeyedDecodingContainer {
    func value<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}

/// The sentence-length window every method's settings carry: a window no sentence can enter
/// (`minimumWords` above `maximumWords`) is a mistake, not an empty digest.
/// - Throws: ``PrecisError`` naming `section`'s fields.
func _checkLengthWindow(_ section: String, minimumWords: Int, maximumWords: Int) throws {
    guard minimumWords >= 0, maximumWords >= max(1, minimumWords) else {
        throw PrecisError.invalidArgument(
            "\(section).minimumWords (\(minimumWords)) and maximumWords (\(maximumWords)) leave no sentence length")
    }
}
