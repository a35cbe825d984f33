import Foundation
import PrecisSupport

/// KL-Sum (Haghighi & Vanderwende 2009), greedy: the summary's smoothed unigram distribution
/// should be close to the cluster's; each step adds the sentence that most lowers
/// `KL(P_cluster ‖ Q_summary)`.
public struct KLSumSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Additive smoothing of the summary distribution.
        public var smoothing: Double = 0.01
        /// Stop when no sentence lowers the divergence (otherwise fill the budget).
        public var requireDecrease: Bool = false
        /// Shortest eligible sentence, in words.
        public var minimumWords: Int = 6
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80

        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("smoothing", \.smoothing),
                .init("requireDecrease", \.requireDecrease),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("klsum", minimumWords: minimumWords, maximumWords: maximumWords)
            guard smoothing > 0 else { throw PrecisError.invalidArgument("klsum.smoothing must be positive, got \(smoothing)") }
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

    /// `KL(P ‖ Q)` with `Q = (counts + δ) / (total + δV)` over the terms where P > 0.
    /// - Parameters:
    ///   - p: the cluster distribution (sparse: term, probability).
    ///   - counts: the summary's term counts.
    ///   - total: the summary's term total.
    ///   - vocabulary: V.
    static func divergence(_ p: [(Int, Double)], counts: [Double], total: Double, smoothing: Double, vocabulary: Int) -> Double {
        let denominator = total + smoothing * Double(vocabulary)
        return p.reduce(0) { $0 + $1.1 * log($1.1 * denominator / (counts[$1.0] + smoothing)) }
    }

    static func distribution(_ context: MethodContext) -> [(Int, Double)] {
        var counts = [Double](repeating: 0, count: context.vocabularySize)
        var total = 0.0
        for terms in context.termIDs { for t in terms { counts[t] += 1; total += 1 } }
        return counts.enumerated().compactMap { $1 > 0 ? ($0, $1 / total) : nil }
    }

    /// Every sentence by `−KL(P ‖ Q_sentence)`: how well it alone stands for the cluster.
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let context = MethodContext(cluster)
        let p = Self.distribution(context)
        var counts = [Double](repeating: 0, count: context.vocabularySize)
        let scores = context.termIDs.map { terms -> Double in
            for t in terms { counts[t] += 1 }
            defer { for t in terms { counts[t] -= 1 } }
            return -Self.divergence(p, counts: counts, total: Double(terms.count), smoothing: options.smoothing, vocabulary: context.vocabularySize)
        }
        return context.ranking(scores)
    }

    /// The picks, each scored by the divergence after it (lower is better, so the score is its
    /// negative).
    /// - Complexity: O(K × S × |P|) for K picks.
    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let context = MethodContext(cluster)
        let p = Self.distribution(context)
        let v = context.vocabularySize
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        var remaining = context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget)
        var counts = [Double](repeating: 0, count: v)
        var total = 0.0
        // The empty summary has no distribution: any first sentence is an improvement.
        var current = Double.infinity
        var used = 0.0
        var picked: [SentenceScore] = []
        while true {
            var best = -1
            var bestKL = Double.infinity
            for i in remaining where used + budget.cost(of: cluster.sentences[i], separator: !picked.isEmpty) <= capacity {
                for t in context.termIDs[i] { counts[t] += 1 }
                let kl = Self.divergence(p, counts: counts, total: total + Double(context.termIDs[i].count), smoothing: options.smoothing, vocabulary: v)
                for t in context.termIDs[i] { counts[t] -= 1 }
                if kl.comparisonKey < bestKL.comparisonKey { best = i; bestKL = kl }
            }
            guard best >= 0, !options.requireDecrease || bestKL < current else { break }
            for t in context.termIDs[best] { counts[t] += 1 }
            total += Double(context.termIDs[best].count)
            used += budget.cost(of: cluster.sentences[best], separator: !picked.isEmpty)
            current = bestKL
            picked.append(SentenceScore(sentence: best, score: -bestKL, relevance: -bestKL, supportingDocuments: []))
            // the pick and its other versions (compressed variants, fusions sharing a source)
            remaining.removeAll { cluster._isVersion($0, ofAnyOf: CollectionOfOne(best)) }
        }
        return picked
    }
}
