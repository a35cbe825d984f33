import PrecisSupport
/// SumBasic (Nenkova & Vanderwende 2005): a word's probability is its share of the cluster's
/// content terms; a sentence's weight is the mean probability of its terms. At each step the
/// best sentence holding the currently most probable word is taken, then the probabilities of
/// its words are squared, so a fact once said loses weight.
public struct SumBasicSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Require the picked sentence to hold the most probable word (the original rule).
        public var requireTopWord: Bool = true
        /// Shortest eligible sentence, in words.
        public var minimumWords: Int = 6
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80

        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("requireTopWord", \.requireTopWord),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("sumbasic", minimumWords: minimumWords, maximumWords: maximumWords)
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

    /// Word probabilities over the cluster's content terms.
    static func probabilities(_ context: MethodContext) -> [Double] {
        var p = [Double](repeating: 0, count: context.vocabularySize)
        var total = 0.0
        for terms in context.termIDs { for t in terms { p[t] += 1; total += 1 } }
        return total > 0 ? p.map { $0 / total } : p
    }

    static func weight(_ terms: [Int], _ p: [Double]) -> Double {
        terms.isEmpty ? 0 : terms.reduce(0) { $0 + p[$1] } / Double(terms.count)
    }

    /// Every sentence by its initial weight (mean term probability), best first.
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let context = MethodContext(cluster)
        let p = Self.probabilities(context)
        return context.ranking(context.termIDs.map { Self.weight($0, p) })
    }

    /// - Complexity: O(K × S × T) for K picks.
    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let context = MethodContext(cluster)
        var p = Self.probabilities(context)
        let capacity = budget.capacity(totalWords: cluster.totalWords)
        var remaining = context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget)
            .filter { !context.termIDs[$0].isEmpty }
        var used = 0.0
        var picked: [SentenceScore] = []
        while true {
            let fits = remaining.filter { used + budget.cost(of: cluster.sentences[$0], separator: !picked.isEmpty) <= capacity }
            guard !fits.isEmpty else { break }
            var pool = fits
            if options.requireTopWord {
                // the most probable word still present in a sentence that fits (lowest column on ties)
                var top = -1
                for i in fits { for t in context.termIDs[i] where top < 0 || p[t] > p[top] || (p[t] == p[top] && t < top) { top = t } }
                pool = fits.filter { context.termIDs[$0].contains(top) }
            }
            var best = pool[0]
            var bestWeight = Self.weight(context.termIDs[best], p)
            for i in pool.dropFirst() {
                let w = Self.weight(context.termIDs[i], p)
                if (w * 1e12).rounded() > (bestWeight * 1e12).rounded() { best = i; bestWeight = w }
            }
            picked.append(SentenceScore(sentence: best, score: bestWeight, relevance: bestWeight, supportingDocuments: []))
            used += budget.cost(of: cluster.sentences[best], separator: picked.count > 1)
            // the pick and its other versions (compressed variants, fusions sharing a source)
            remaining.removeAll { cluster._isVersion($0, ofAnyOf: CollectionOfOne(best)) }
            for t in Set(context.termIDs[best]) { p[t] *= p[t] }
        }
        return picked
    }
}
