import Foundation
import PrecisSupport

/// TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by word overlap,
/// `|Sᵢ ∩ Sⱼ| / (log|Sᵢ| + log|Sⱼ|)` over analyzed terms, by power iteration through BLAS.
/// The summary takes sentences best first, skipping any too similar to one taken.
public struct TextRankSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Probability of following a link.
        public var damping: Double = 0.85
        /// A candidate this similar (cosine) to a taken sentence is skipped.
        public var redundancyThreshold: Float = 0.5
        /// Shortest eligible sentence, in words.
        public var minimumWords: Int = 6
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80

        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("damping", \.damping),
                .init("redundancyThreshold", \.redundancyThreshold),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("textrank", minimumWords: minimumWords, maximumWords: maximumWords)
            guard (0...1).contains(damping) else { throw PrecisError.invalidArgument("textrank.damping must be in 0...1, got \(damping)") }
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

    /// The overlap graph (zero diagonal): shared-term counts are the Gram matrix of the binary
    /// sentence-term matrix (BLAS `ssyrk`).
    /// - Complexity: O(S² × V), in BLAS.
    func graph(_ context: MethodContext) -> DenseMatrix {
        let n = context.termIDs.count
        let v = context.vocabularySize
        var binary = DenseMatrix(rows: n, columns: v)
        var sizes = [Int](repeating: 0, count: n)
        for (i, terms) in context.termIDs.enumerated() {
            for t in terms { binary.values[i * v + t] = 1 }
            sizes[i] = Set(terms).count
        }
        var m = binary.gram()
        for i in 0..<n {
            for j in 0..<n {
                let common = m.values[i * n + j]
                if i == j || common == 0 || sizes[i] < 2 || sizes[j] < 2 { m.values[i * n + j] = 0; continue }
                m.values[i * n + j] = Float(Double(common) / (log(Double(sizes[i])) + log(Double(sizes[j]))))
            }
        }
        return m
    }

    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let context = MethodContext(cluster)
        let p = PowerIteration.stationary(graph(context), damping: options.damping).distribution
        return context.ranking(p.map { Double($0) })
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let context = MethodContext(cluster)
        return context.takeInOrder(rank(cluster), budget: budget,
            eligible: context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget),
            redundancy: options.redundancyThreshold)
    }
}
