import Foundation
import PrecisSupport

/// LexRank (Erkan & Radev 2004), continuous: sentences are nodes of a graph weighted by their
/// idf-modified cosine (the cluster's TF-IDF cosine, or the paper's cosine over words as
/// written: ``Options/similarity``); a sentence's score is its stationary
/// probability under a random walk with damping, computed by power iteration through BLAS
/// `sgemv`. The summary takes sentences best first, skipping any too similar to one taken.
///
/// ```swift
/// let ranking = LexRankSummarizer().rank(cluster)   // every sentence with its centrality
/// ```
public struct LexRankSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// How the graph's edges are weighted.
        public var similarity: Similarity = .cluster
        /// Probability of following a link (1 − the restart probability).
        public var damping: Double = 0.85
        /// Edges below this cosine are dropped (0: continuous LexRank).
        public var threshold: Float = 0
        /// Keep each sentence's link to itself (cosine 1), as the paper's matrix does.
        public var selfLinks: Bool = false
        /// A candidate this similar (the cluster's cosine, whatever ``similarity``) to a taken
        /// sentence is skipped.
        public var redundancyThreshold: Float = 0.5
        /// Shortest eligible sentence, in words.
        public var minimumWords: Int = 6
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80

        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("similarity", \.similarity),
                .init("damping", \.damping),
                .init("threshold", \.threshold),
                .init("selfLinks", \.selfLinks),
                .init("redundancyThreshold", \.redundancyThreshold),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("lexrank", minimumWords: minimumWords, maximumWords: maximumWords)
            guard (0...1).contains(damping) else { throw PrecisError.invalidArgument("lexrank.damping must be in 0...1, got \(damping)") }
        }
    }

    /// How two sentences are compared to weight the graph.
    public enum Similarity: String, Sendable, Hashable, Codable {
        /// The cluster's TF-IDF cosine (``ClusterModel/similarity``: stemmed terms, stop words
        /// dropped, sublinear TF, the digest's IDF).
        case cluster
        /// Erkan & Radev's idf-modified cosine over words as written, as in MEAD's cosine
        /// (with Precis's word tokenizer): lowercased words, no stemming, stop words kept, raw
        /// counts; IDF `log(N / df)` over the cluster's N sentences (MEAD reads IDF from a news
        /// corpus; Precis's background model is keyed by stems, so it cannot serve words).
        case words
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

    /// The stationary probability of every sentence, in sentence order.
    /// - Complexity: O(S² + iterations × S²).
    public func centrality(_ cluster: ClusterModel) -> [Float] {
        var graph = options.similarity == .words ? Self.wordCosine(cluster) : cluster.similarity
        let n = graph.rows
        for i in 0..<n {
            for j in 0..<n {
                let w = graph.values[i * n + j]
                if (i == j && !options.selfLinks) || w < options.threshold || w < 0 { graph.values[i * n + j] = 0 }
            }
        }
        // With a topic, the walk restarts in proportion to each sentence's topic prior
        // (biased LexRank, Otterbacher et al. 2005).
        let restart = cluster.focus.flatMap { focus in focus.hasTopic ? (0..<n).map { Float(focus.prior($0)) } : nil }
        return PowerIteration.stationary(graph, damping: options.damping, restart: restart).distribution
    }

    /// The idf-modified cosine of every pair of sentences over their words as written
    /// (``Similarity/words``).
    /// - Complexity: O(S² × W) for W distinct words, in BLAS.
    static func wordCosine(_ cluster: ClusterModel) -> DenseMatrix {
        // With nothing dropped or stemmed, every word is a term and the analysis numbers the
        // distinct words in order of first appearance: the ids are the columns.
        let words = Analyzer(.init(removeStopWords: false, stemming: .none, minimumWordLength: 1))
            ._analyze(cluster.sentences.map(\.text), surface: false)
        let df = TfidfVectorizer._documentFrequencies(words.termIDs, terms: words.stems.count)
        let n = Double(words.termIDs.count)
        let idf = df.map { Float(log(n / Double($0))) }
        var matrix = DenseMatrix(rows: words.termIDs.count, columns: df.count)
        for (r, sentence) in words.termIDs.enumerated() {
            for w in sentence { matrix[r, Int(w)] += idf[Int(w)] }  // raw count × idf
        }
        matrix.normalizeRows()
        return matrix.gram()
    }

    /// - Complexity: O(iterations × S²).
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        // the topic already biased the walk: its prior is not applied twice
        MethodContext(cluster).ranking(centrality(cluster).map { Double($0) }, topicPrior: false)
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let context = MethodContext(cluster)
        return context.takeInOrder(rank(cluster), budget: budget,
            eligible: context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget),
            redundancy: options.redundancyThreshold)
    }
}
