/// LexRank (Erkan & Radev 2004), continuous: sentences are nodes of a graph weighted by their
/// idf-modified cosine (the cluster's TF-IDF cosine); a sentence's score is its stationary
/// probability under a random walk with damping, computed by power iteration through BLAS
/// `sgemv`. The summary takes sentences best first, skipping any too similar to one taken.
///
/// ```swift
/// let ranking = LexRankSummarizer().rank(cluster)   // every sentence with its centrality
/// ```
public struct LexRankSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable {
        /// Probability of following a link (1 − the restart probability).
        public var damping: Double = 0.85
        /// Edges below this cosine are dropped (0: continuous LexRank).
        public var threshold: Float = 0
        /// Keep each sentence's link to itself (cosine 1), as the paper's matrix does.
        public var selfLinks: Bool = false
        /// A candidate this similar (cosine) to a taken sentence is skipped.
        public var redundancyThreshold: Float = 0.5
        /// Shortest eligible sentence, in words.
        public var minimumWords: Int = 6
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80

        public init() {}

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Options()
            damping = try c.value(.damping, default: d.damping)
            threshold = try c.value(.threshold, default: d.threshold)
            selfLinks = try c.value(.selfLinks, default: d.selfLinks)
            redundancyThreshold = try c.value(.redundancyThreshold, default: d.redundancyThreshold)
            minimumWords = try c.value(.minimumWords, default: d.minimumWords)
            maximumWords = try c.value(.maximumWords, default: d.maximumWords)
        }
    }

    /// The settings.
    public var options: Options

    public init(options: Options = Options()) {
        precondition((0...1).contains(options.damping), "LexRank damping must be in 0...1, got \(options.damping)")
        self.options = options
    }

    /// The stationary probability of every sentence, in sentence order.
    /// - Complexity: O(S² + iterations × S²).
    public func centrality(_ cluster: ClusterModel) -> [Float] {
        var graph = cluster.similarity
        let n = graph.rows
        for i in 0..<n {
            for j in 0..<n {
                let w = graph.values[i * n + j]
                if (i == j && !options.selfLinks) || w < options.threshold || w < 0 { graph.values[i * n + j] = 0 }
            }
        }
        return PowerIteration.stationary(graph, damping: options.damping).distribution
    }

    /// - Complexity: O(iterations × S²).
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        MethodContext(cluster).ranking(centrality(cluster).map { Double($0) })
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let context = MethodContext(cluster)
        return context.takeInOrder(rank(cluster), budget: budget,
            eligible: context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget),
            redundancy: options.redundancyThreshold)
    }
}
