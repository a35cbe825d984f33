import Foundation
import PrecisSupport

/// The MEAD centroid summarizer (Radev et al. 2004): a sentence scores
/// `wc × C + wp × P + wf × F`, where C is the summed centroid weight of its terms (the
/// centroid: each term's mean TF × IDF over the documents, its top ``Options/centroidSize``
/// terms kept), P its position (`(n − i)/n` for the i-th of n sentences, 0-based) and F its
/// cosine with its document's first sentence. Sentences shorter than the length cutoff are
/// left out; the summary takes sentences best first, skipping any too similar to one taken.
public struct MEADCentroidSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Weight of the centroid score (normalized to at most 1).
        public var centroidWeight: Double = 1
        /// Weight of the position score.
        public var positionWeight: Double = 1
        /// Weight of the overlap with the document's first sentence.
        public var firstSentenceWeight: Double = 1
        /// Terms kept in the centroid (0: all).
        public var centroidSize: Int = 100
        /// A candidate this similar (cosine) to a taken sentence is skipped (MEAD's reranker).
        public var redundancyThreshold: Float = 0.7
        /// Length cutoff: shortest eligible sentence, in words.
        public var minimumWords: Int = 9
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80

        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("centroidWeight", \.centroidWeight),
                .init("positionWeight", \.positionWeight),
                .init("firstSentenceWeight", \.firstSentenceWeight),
                .init("centroidSize", \.centroidSize),
                .init("redundancyThreshold", \.redundancyThreshold),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("centroid", minimumWords: minimumWords, maximumWords: maximumWords)
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

    /// The centroid: per term, its mean over documents of raw TF × IDF; only the top
    /// ``Options/centroidSize`` terms keep a non-zero weight.
    /// - Complexity: O(total terms + V log V).
    func centroid(_ context: MethodContext) -> [Double] {
        let idf = context.cluster.tfidf.idf
        var weight = [Double](repeating: 0, count: context.vocabularySize)
        for (i, terms) in context.termIDs.enumerated() {
            let holders = Double(context.documentsOf[i].count)
            for t in terms { weight[t] += holders * Double(idf[t]) }
        }
        let documents = Double(max(context.cluster.documents.count, 1))
        weight = weight.map { $0 / documents }
        if options.centroidSize > 0 && options.centroidSize < weight.count {
            let order = weight.indices.sorted { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : $0 < $1 }
            for t in order[options.centroidSize...] { weight[t] = 0 }
        }
        return weight
    }

    /// Every sentence's MEAD score, in sentence order.
    func scores(_ context: MethodContext) -> [Double] {
        let cluster = context.cluster
        let centroid = centroid(context)
        let raw = context.termIDs.map { Set($0).reduce(0) { $0 + centroid[$1] } }
        let top = max(raw.max() ?? 0, 1e-12)
        var length = [Int: Int]()
        var first = [Int: Int]()
        for (i, s) in cluster.sentences.enumerated() {
            length[s.document] = max(length[s.document] ?? 0, s.index + 1)
            if s.index == 0 { first[s.document] = i }
        }
        return cluster.sentences.enumerated().map { i, s in
            let n = Double(length[s.document]!)
            let position = (n - Double(s.index)) / n
            let overlap = first[s.document].map { Double(cluster.similarity[i, $0]) } ?? 0
            return options.centroidWeight * raw[i] / top + options.positionWeight * position + options.firstSentenceWeight * overlap
        }
    }

    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let context = MethodContext(cluster)
        return context.ranking(scores(context))
    }

    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let context = MethodContext(cluster)
        return context.takeInOrder(context.ranking(scores(context)), budget: budget,
            eligible: context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget),
            redundancy: options.redundancyThreshold)
    }
}
