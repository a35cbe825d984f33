import Foundation
import PrecisSupport

/// Picks sentences under a budget by Maximal Marginal Relevance (Carbonell & Goldstein 1998),
/// never taking two that say the same thing.
///
/// At each step the candidate maximizing `λ × score/maxScore − (1 − λ) × maxSim(selected)` is
/// taken if it fits the remaining budget. Candidates at least ``Options/redundancyThreshold``
/// similar to a selected sentence are dropped, as are versions of a selected sentence
/// (``ClusterSentence/isVersion(of:)``) and sentences outside the length bounds or that are not
/// whole sentences (see ``ClusterSentence/isWholeSentence``).
///
/// ```swift
/// let picked = MMRSelector().select(scores, in: cluster, budget: .words(100))
/// ```
public struct MMRSelector: Sendable {
    /// The selector's settings.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Trade-off between relevance (1) and novelty (0).
        public var lambda: Double = 0.7
        /// A candidate this similar (cosine) to a selected sentence is redundant.
        public var redundancyThreshold: Float = 0.4
        /// Shortest eligible sentence, in words.
        public var minimumWords: Int = 6
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80
        /// Exponent r of the length normalization `score / (words / 20)^r`; 0 ignores length.
        public var lengthExponent: Double = 0

        /// The defaults.
        public init() {}

        /// The defaults, with the trade-off between relevance and novelty changed.
        init(lambda: Double) { self.lambda = lambda }

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("lambda", \.lambda),
                .init("redundancyThreshold", \.redundancyThreshold),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
                .init("lengthExponent", \.lengthExponent),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("selector", minimumWords: minimumWords, maximumWords: maximumWords)
            guard (0...1).contains(lambda) else { throw PrecisError.invalidArgument("selector.lambda must be in 0...1, got \(lambda)") }
        }
    }

    /// The settings.
    public let options: Options

    /// The default settings.
    public init() { options = Options() }

    /// The settings given.
    /// - Throws: ``PrecisError`` naming the first setting that is not usable.
    public init(options: Options) throws {
        try options.validate()
        self.options = options
    }

    /// Settings the library made and knows to be valid.
    init(knownValid options: Options) {
        assert((try? options.validate()) != nil, "invalid settings: \(options)")
        self.options = options
    }

    /// Selects sentences.
    ///
    /// - Parameters:
    ///   - scores: one score per sentence of `cluster` (any order).
    ///   - cluster: the fitted cluster.
    ///   - budget: how much to select; validate it first.
    /// - Returns: the selected scores in the order they were picked (best first).
    /// - Complexity: O(K × S) for K picks among S sentences.
    public func select(_ scores: [SentenceScore], in cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        select(in: cluster, budget: budget) { _ in scores }
    }

    /// Selects sentences, re-scoring after every pick.
    ///
    /// Scorers whose relevance depends on what the summary already says (such as
    /// ``CentroidScorer`` with a residual centroid) re-score here; the MMR penalty and the
    /// redundancy cut still apply.
    ///
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - budget: how much to select; validate it first.
    ///   - rescore: given the sentences selected so far (indices), one score per sentence.
    /// - Returns: the selected sentences' scores at the time they were picked, in pick order.
    /// - Complexity: O(K × (S + cost of `rescore`)) for K picks among S sentences.
    public func select(
        in cluster: ClusterModel, budget: Budget, rescore: ([Int]) -> [SentenceScore]
    ) -> [SentenceScore] {
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        // when no sentence meets the bounds (a one-sentence article, headline-only text), any
        // non-empty one may be chosen rather than returning nothing
        var eligible = Set(cluster._outputCandidates(minimumWords: options.minimumWords, maximumWords: options.maximumWords))
        var selected: [SentenceScore] = []
        var used = 0.0
        var maxScore = 0.0
        var maxSimilarity = [Float](repeating: 0, count: cluster.sentences.count)
        while !eligible.isEmpty {
            var ranked = rescore(selected.map(\.sentence))
            if let focus = cluster.focus, focus.hasTopic {
                for k in ranked.indices { ranked[k].score *= focus.prior(ranked[k].sentence) }
            }
            ranked = ranked.ranked(in: cluster)
            if selected.isEmpty { maxScore = max(ranked.first?.score ?? 1, 1e-12) }
            var best: SentenceScore?
            var bestValue = -Double.infinity
            for c in ranked where eligible.contains(c.sentence) {
                let cost = budget.cost(of: cluster.sentences[c.sentence], separator: !selected.isEmpty)
                guard used + cost <= capacity else { continue }
                // Budget-aware gain (Lin & Bilmes 2010): relevance per word^r, so a long sentence must earn its room.
                let lengthFactor = pow(Double(max(cluster.sentences[c.sentence].wordCount, 1)) / 20, options.lengthExponent)
                let value = options.lambda * c.score / maxScore / lengthFactor
                    - (1 - options.lambda) * Double(maxSimilarity[c.sentence])
                // strict > keeps the earlier (better-ranked) candidate on ties: deterministic
                if best == nil || value.comparisonKey > bestValue.comparisonKey {
                    bestValue = value
                    best = c
                }
            }
            guard let pick = best else { break }
            used += budget.cost(of: cluster.sentences[pick.sentence], separator: !selected.isEmpty)
            selected.append(pick)
            eligible.remove(pick.sentence)
            for j in 0..<cluster.sentences.count {
                maxSimilarity[j] = max(maxSimilarity[j], cluster.similarity[pick.sentence, j])
            }
            eligible = eligible.filter {
                maxSimilarity[$0] < options.redundancyThreshold && !cluster._isVersion($0, ofAnyOf: CollectionOfOne(pick.sentence))
            }
        }
        return selected
    }

    /// Continues a selection made by any method: adds sentences from `ranking`, best first, while
    /// they fit the remaining budget and are neither redundant with what is already selected nor
    /// versions of it (``ClusterSentence/isVersion(of:)``).
    ///
    /// Methods that select by coverage can stop short of the budget, or select nothing when no
    /// concept clears their threshold (one short article, identical copies); the fill keeps the
    /// digest from coming back empty.
    ///
    /// - Parameters:
    ///   - selected: the method's picks, in pick order.
    ///   - ranking: a full ranking to fill from (for instance ``CentroidScorer``'s).
    ///   - cluster: the fitted cluster.
    ///   - budget: the budget the picks were made under.
    /// - Returns: `selected` followed by the fill, in pick order.
    /// - Complexity: O(S × (K + log S)) for S sentences and K picks.
    public func fill(
        _ selected: [SentenceScore], from ranking: [SentenceScore], in cluster: ClusterModel, budget: Budget
    ) -> [SentenceScore] {
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        var out = selected
        var used = 0.0
        for (n, s) in selected.enumerated() { used += budget.cost(of: cluster.sentences[s.sentence], separator: n > 0) }
        var maxSimilarity = [Float](repeating: 0, count: cluster.sentences.count)
        func note(_ pick: Int) {
            for j in 0..<cluster.sentences.count { maxSimilarity[j] = max(maxSimilarity[j], cluster.similarity[pick, j]) }
        }
        selected.forEach { note($0.sentence) }
        let taken = Set(selected.map(\.sentence))
        let ranking = ranking.filter { cluster._isFresh($0.sentence) }
        let bounds = options.minimumWords...max(options.minimumWords, options.maximumWords)
        var candidates = ranking.filter { !taken.contains($0.sentence) && cluster._isPreferredOutput($0.sentence, within: bounds) }
        if candidates.isEmpty && selected.isEmpty {
            candidates = ranking.filter { cluster.sentences[$0.sentence].wordCount > 0 }
        }
        for c in candidates where maxSimilarity[c.sentence] < options.redundancyThreshold {
            guard !cluster._isVersion(c.sentence, ofAnyOf: out.lazy.map(\.sentence)) else { continue }
            let cost = budget.cost(of: cluster.sentences[c.sentence], separator: !out.isEmpty)
            guard used + cost <= capacity else { continue }
            used += cost
            out.append(c)
            note(c.sentence)
        }
        return out
    }
}
