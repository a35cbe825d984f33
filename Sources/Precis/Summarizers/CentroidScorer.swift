import PrecisSupport
/// Scores sentences by how central they are to the cluster, how many articles repeat them and
/// how early they stand in their article.
///
/// - **Centroid relevance** (Radev et al.'s MEAD): the centroid is the mean of the documents'
///   TF-IDF vectors; a sentence's relevance is its cosine to the centroid.
/// - **Support**: the number of *other* documents holding a sentence that says the same thing
///   (cosine at least ``Options/sameThreshold``). Facts reported by several outlets matter more.
/// - **Position**: news puts its key facts first; `1 / sqrt(1 + index)` in its document.
///
/// `score = relevance × (1 + supportWeight × support / (documents − 1)) + positionWeight × position`
///
/// ```swift
/// let scores = CentroidScorer().score(cluster)   // one ``SentenceScore`` per sentence
/// ```
public struct CentroidScorer: Sendable {
    /// The scorer's settings.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Cosine at or above which two sentences of different documents say the same thing.
        public var sameThreshold: Float = 0.5
        /// Weight of cross-document support.
        public var supportWeight: Double = 0.5
        /// Weight of the position prior.
        public var positionWeight: Double = 0.1
        /// How much a term's centroid weight drops once a selected sentence holds it (0...1).
        /// Relevance is then measured against what the summary has not covered yet.
        public var coverageDecay: Double = 0.8

        /// The defaults.
        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("sameThreshold", \.sameThreshold),
                .init("supportWeight", \.supportWeight),
                .init("positionWeight", \.positionWeight),
                .init("coverageDecay", \.coverageDecay),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            guard (0...1).contains(coverageDecay) else {
                throw PrecisError.invalidArgument("scorer.coverageDecay must be in 0...1, got \(coverageDecay)")
            }
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

    /// Scores every sentence of a cluster.
    ///
    /// - Parameter cluster: the fitted cluster.
    /// - Returns: one score per sentence, in sentence order.
    /// - Complexity: O(S × V + S²) for S sentences and V terms.
    public func score(_ cluster: ClusterModel) -> [SentenceScore] {
        score(cluster, centroid: Self.centroid(cluster), support: support(cluster))
    }

    /// How the other documents repeat each sentence: computed once per cluster, reused by every
    /// re-scoring during selection.
    public struct Support: Sendable, Hashable {
        /// Per sentence, the other documents saying the same thing (cosine ≥ `sameThreshold`, or an exact copy).
        public var documents: [[Int]]
        /// Per sentence, the mean over the other documents of the best cosine with their sentences.
        public var strength: [Double]
    }

    /// The support of every sentence.
    /// - Complexity: O(S²) for S sentences.
    public func support(_ cluster: ClusterModel) -> Support {
        Support(documents: Self.supportingDocuments(cluster, threshold: options.sameThreshold),
                strength: Self.softSupport(cluster))
    }

    /// Scores every sentence against a given centroid (for instance a residual one, see
    /// ``residualCentroid(_:of:after:)``), with support computed by ``support(_:)``.
    /// - Complexity: O(S × V + S²).
    public func score(_ cluster: ClusterModel, centroid: [Float], support: Support) -> [SentenceScore] {
        let s = cluster.sentences.count
        guard s > 0 else { return [] }
        let relevance = cluster.vectors.multiply(centroid)
        let supporters = support.documents
        return (0..<s).map { i in
            let support = support.strength[i]
            let position = 1 / Double(1 + cluster.sentences[i].index).squareRoot()
            let r = Double(relevance[i])
            let score = r * (1 + options.supportWeight * support) + options.positionWeight * position
            return SentenceScore(sentence: i, score: score, relevance: r, supportingDocuments: supporters[i])
        }
    }

    /// The centroid with the terms of already-selected sentences damped by
    /// ``Options/coverageDecay``: what the summary has not said yet. With a decay of 0 it is the
    /// plain centroid, and selection is classic MMR.
    /// - Complexity: O(K × V) for K selected sentences.
    public func residualCentroid(_ centroid: [Float], of cluster: ClusterModel, after selected: [Int]) -> [Float] {
        guard options.coverageDecay > 0 else { return centroid }
        var out = centroid
        let v = cluster.vectors.columns
        let keep = Float(1 - options.coverageDecay)
        for i in selected {
            for c in 0..<v where cluster.vectors.values[i * v + c] != 0 { out[c] *= keep }
        }
        return out
    }

    /// The unit-length mean of the documents' (unit-length) TF-IDF vectors.
    static func centroid(_ cluster: ClusterModel) -> [Float] {
        let v = cluster.vectors.columns
        var perDocument = [[Float]](repeating: [Float](repeating: 0, count: v), count: cluster.documents.count)
        for (d, indices) in cluster.documentSentences.enumerated() {
            for i in indices {
                let base = i * v
                for c in 0..<v where cluster.vectors.values[base + c] != 0 {
                    perDocument[d][c] += cluster.vectors.values[base + c]
                }
            }
        }
        var centroid = [Float](repeating: 0, count: v)
        for var doc in perDocument {
            let norm = doc.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { continue }
            for c in 0..<v { doc[c] /= norm; centroid[c] += doc[c] }
        }
        let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? centroid.map { $0 / norm } : centroid
    }

    /// For each sentence, the mean over the other documents of its best cosine with that
    /// document's sentences: how strongly the other articles repeat it, paraphrases included.
    static func softSupport(_ cluster: ClusterModel) -> [Double] {
        let s = cluster.sentences.count
        let d = cluster.documents.count
        guard d > 1 else { return [Double](repeating: 0, count: s) }
        return (0..<s).map { i in
            var best = [Float](repeating: 0, count: d)
            for j in 0..<s {
                let sim = cluster.similarity[i, j]
                let dj = cluster.sentences[j].document
                best[dj] = max(best[dj], sim)
                for copy in cluster.copies[j] { best[copy] = max(best[copy], sim) }
            }
            for copy in cluster.copies[i] { best[copy] = 1 }
            best[cluster.sentences[i].document] = 0
            return Double(best.reduce(0, +)) / Double(d - 1)
        }
    }

    /// For each sentence, the sorted indices of the other documents holding a sentence at
    /// least `threshold` similar to it.
    static func supportingDocuments(_ cluster: ClusterModel, threshold: Float) -> [[Int]] {
        let s = cluster.sentences.count
        return (0..<s).map { i in
            let own = cluster.sentences[i].document
            var docs = Set(cluster.copies[i])
            for j in 0..<s where j != i && cluster.similarity[i, j] >= threshold {
                docs.insert(cluster.sentences[j].document)
                docs.formUnion(cluster.copies[j])
            }
            docs.remove(own)
            return docs.sorted()
        }
    }
}
