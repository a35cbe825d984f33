import Foundation
import PrecisSupport

/// What a reader brings to a cluster besides its articles: a topic to answer, and earlier
/// articles already read. Fitted against one ``ClusterModel`` (its vocabulary and stems) and
/// carried by it (``ClusterModel/focus``), so every method can read it:
///
/// - **topic**: each sentence's TF-IDF cosine to the topic (``topicRelevance``). Methods that
///   score sentences multiply their scores by ``prior(_:)`` (LexRank restarts its walk in
///   proportion to relevance instead: biased LexRank, Otterbacher et al. 2005); the concept
///   method weighs each concept up by the relevance of the sentences holding it.
/// - **earlier articles** (update summarization, DUC 2007): each sentence's highest cosine to an
///   earlier sentence (``earlierSimilarity``); a sentence at or above
///   ``Options/noveltyThreshold`` repeats what was read and is never picked
///   (``repeatsEarlier(_:)``), as is one whose content the earlier articles hold for the most
///   part (``earlierContainment``; ``Options/noveltyContainment``, ``Options/noveltyShare``).
///   The concept method also weighs concepts the earlier articles hold by
///   ``Options/earlierConceptWeight`` (0 drops them, as ICSI's update system did).
///
/// ```swift
/// let cluster = try digester.fit(newDocuments, focus: DigestFocus(topic: "Euro launch", earlier: oldDocuments))
/// cluster.focus?.repeatsEarlier(0)
/// ```
public struct ClusterFocus: Sendable {
    /// How strongly a topic and earlier articles steer a digest. Every JSON field is optional.
    /// The defaults were chosen on DUC 2007-update (9 of its 10 topics, by the rule of
    /// `Evaluation/results/update-protocol.md`, with the concept method's ICSI selection,
    /// `Evaluation/configs/update.json`): a light topic prior, earlier concepts kept, near-copies
    /// of earlier sentences left out, the tenth of the sentences most made of what the
    /// earlier articles hold (`noveltyShare`, chosen by the protocol's v4 addendum), and each
    /// article's first sentence a concept of its own (`leadSentenceWeight`, v5).
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// How much topic relevance multiplies a score: a sentence (or concept) as relevant as
        /// the most relevant one counts `1 + topicWeight` times (0: the topic is ignored).
        public var topicWeight: Double = 0.25
        /// Cosine (TF-IDF) to some earlier sentence at or above which a sentence repeats what
        /// was read and is not picked (above 1: off).
        public var noveltyThreshold: Float = 0.8
        /// Weight factor of a concept the earlier articles already hold, in [0, 1] (0: dropped).
        public var earlierConceptWeight: Double = 1
        /// How much a concept's words appearing in the topic multiply its weight: a bigram with
        /// both words in the topic counts `1 + topicTermWeight` times, with one `1 +
        /// topicTermWeight / 2` (0: off). The concept method only.
        public var topicTermWeight: Double = 0
        /// Share of a sentence's content (its distinct terms, weighed by IDF) that the earlier
        /// articles hold, at or above which the sentence repeats what was read and is not picked
        /// (above 1: off). Catches restatements that reword and reorder earlier sentences, which
        /// the cosine to any one earlier sentence misses.
        public var noveltyContainment: Float = 2
        /// Share of the cluster's sentences, those whose content the earlier articles hold the
        /// most (``ClusterFocus/earlierContainment``), that are not picked, in [0, 1) (0: off).
        /// Relative, so it bars as much with twenty earlier articles as with three, where a
        /// fixed containment bar bars nearly everything once the earlier articles are many.
        /// The default, 0.1, was chosen by the v4 rule of `update-protocol.md` among the values
        /// with which the Istanbul split's update digest picks no hand-labelled repeat.
        public var noveltyShare: Double = 0.1
        /// Least topic relevance of a sentence that may be output, as a fraction of the highest
        /// sentence relevance, in [0, 1] (0: off; see ``ClusterFocus/isOffTopic(_:)``).
        public var minimumRelevance: Double = 0
        /// Weight of each document's first sentence as a concept of its own, covered by that
        /// sentence alone, in the unit of the bigram concepts (a bigram held by this many
        /// documents); 0: off. A position prior for topic and update digests: news articles open
        /// with what they add, and the best DUC 2007 update system's summaries are mostly leads.
        /// The concept method only. The default, 4, was chosen by the v5 rule of
        /// `update-protocol.md` (a noise-level gain: see `update.md`).
        public var leadSentenceWeight: Double = 4
        /// Sentences of pseudo-relevance feedback (0: off): the topic is expanded by the centroid
        /// of this many sentences most relevant to it (``ClusterFocus/expanded(_:similarity:sentences:weight:)``).
        public var expansionSentences: Int = 0
        /// Weight of the feedback centroid beside the topic (Rocchio's β); read only when
        /// ``expansionSentences`` is above 0.
        public var expansionWeight: Double = 1

        /// The defaults.
        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("topicWeight", \.topicWeight),
                .init("noveltyThreshold", \.noveltyThreshold),
                .init("earlierConceptWeight", \.earlierConceptWeight),
                .init("topicTermWeight", \.topicTermWeight),
                .init("noveltyContainment", \.noveltyContainment),
                .init("noveltyShare", \.noveltyShare),
                .init("minimumRelevance", \.minimumRelevance),
                .init("leadSentenceWeight", \.leadSentenceWeight),
                .init("expansionSentences", \.expansionSentences),
                .init("expansionWeight", \.expansionWeight),
            ]
        }

        /// Checks the settings.
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            guard topicWeight >= 0, topicWeight.isFinite else {
                throw PrecisError.invalidArgument("focus.topicWeight must be a finite number, at least 0, got \(topicWeight)")
            }
            guard noveltyThreshold > 0, noveltyThreshold.isFinite else {
                throw PrecisError.invalidArgument("focus.noveltyThreshold must be above 0, got \(noveltyThreshold)")
            }
            guard topicTermWeight >= 0, topicTermWeight.isFinite else {
                throw PrecisError.invalidArgument("focus.topicTermWeight must be a finite number, at least 0, got \(topicTermWeight)")
            }
            guard noveltyContainment > 0, noveltyContainment.isFinite else {
                throw PrecisError.invalidArgument("focus.noveltyContainment must be above 0, got \(noveltyContainment)")
            }
            guard noveltyShare >= 0, noveltyShare < 1 else {
                throw PrecisError.invalidArgument("focus.noveltyShare must be in [0, 1), got \(noveltyShare)")
            }
            guard (0...1).contains(minimumRelevance) else {
                throw PrecisError.invalidArgument("focus.minimumRelevance must be in [0, 1], got \(minimumRelevance)")
            }
            guard leadSentenceWeight >= 0, leadSentenceWeight.isFinite else {
                throw PrecisError.invalidArgument("focus.leadSentenceWeight must be a finite number, at least 0, got \(leadSentenceWeight)")
            }
            guard expansionSentences >= 0, expansionWeight >= 0, expansionWeight.isFinite else {
                throw PrecisError.invalidArgument("focus.expansionSentences and focus.expansionWeight must be finite and at least 0, got \(expansionSentences) and \(expansionWeight)")
            }
            guard (0...1).contains(earlierConceptWeight) else {
                throw PrecisError.invalidArgument("focus.earlierConceptWeight must be in [0, 1], got \(earlierConceptWeight)")
            }
        }
    }

    /// The settings.
    public let options: Options
    /// Per sentence of the cluster, its cosine to the topic (empty: no topic).
    public internal(set) var topicRelevance: [Float]
    /// Per sentence of the cluster, its highest cosine to an earlier sentence (empty: no
    /// earlier articles).
    public let earlierSimilarity: [Float]
    /// Per sentence of the cluster, the share of its content the earlier articles hold: the
    /// IDF of its distinct terms found in an earlier sentence over the IDF of all its distinct
    /// terms (empty: no earlier articles).
    public let earlierContainment: [Float]
    /// Per sentence of the cluster, whether it has no content term ("Much of it was."): it adds
    /// nothing to what the earlier articles said (empty: no earlier articles).
    let earlierContentFree: [Bool]
    /// The containment at or above which a sentence is among the ``Options/noveltyShare`` most
    /// held by the earlier articles (above 1: no sentence is; also when the share is 0).
    let containmentBar: Float
    /// The highest topic relevance (0: no topic, or no sentence shares a term with it).
    let topRelevance: Float
    /// Surface bigrams of the earlier sentences, as pairs of the cluster's stem ids
    /// (`first × 2²² + second`); pairs with a word the cluster lacks are left out. Like the two
    /// sets below, collected only when ``Options/earlierConceptWeight`` is below 1 (empty
    /// otherwise): the concept method reads them then only.
    let earlierSurfacePairs: Set<Int>
    /// Adjacent content terms of the earlier sentences, as pairs of the cluster's vocabulary
    /// columns (same key).
    let earlierTermPairs: Set<Int>
    /// The earlier sentences' terms, as the cluster's vocabulary columns.
    let earlierTerms: Set<Int>
    /// The topic's terms (stop words left out) as the cluster's stem ids.
    let topicStems: Set<Int>
    /// The topic's terms as the cluster's vocabulary columns.
    let topicColumns: Set<Int>

    /// Whether earlier articles were given.
    public var hasEarlier: Bool { !earlierSimilarity.isEmpty }
    /// Whether a topic was given.
    public var hasTopic: Bool { !topicRelevance.isEmpty }

    /// Whether sentence `i` repeats what the earlier articles said, so it may not be picked: its
    /// cosine to an earlier sentence is at or above ``Options/noveltyThreshold``, or the share
    /// of its content they hold at or above ``Options/noveltyContainment``, or it is among the
    /// ``Options/noveltyShare`` of the sentences they hold the most, or it has no content term.
    public func repeatsEarlier(_ i: Int) -> Bool {
        hasEarlier && (earlierContentFree[i] || earlierSimilarity[i] >= options.noveltyThreshold
            || earlierContainment[i] >= min(options.noveltyContainment, containmentBar))
    }

    /// The factor a sentence's score is multiplied by for the topic: `1 + topicWeight ×
    /// relevance / top relevance` (1 without a topic).
    public func prior(_ i: Int) -> Double {
        guard hasTopic, topRelevance > 0 else { return 1 }
        return 1 + options.topicWeight * Double(topicRelevance[i] / topRelevance)
    }

    /// Fits a focus to a cluster.
    ///
    /// - Parameters:
    ///   - cluster: the fitted cluster (its analyzer, vocabulary, stems).
    ///   - topic: what the reader wants to know (a title and a few sentences), or `nil`.
    ///   - earlierSentences: the sentences of the articles already read (empty: none).
    ///   - options: the settings (valid).
    ///   - idfSource: where the cluster's IDF came from: a term the cluster lacks is weighed by
    ///     the background model then (so cosines are exact), else as the cluster's rarest term.
    /// - Complexity: O(E × t × p) for E earlier sentences of t terms, each term held by p of the
    ///   cluster's sentences, plus the topic's O(S × t).
    public init(_ cluster: ClusterModel, topic: String?, earlierSentences: [String], options: Options = Options(),
                idfSource: TfidfVectorizer.IDFSource = .background(.shipped)) {
        self.options = options
        let count = cluster.sentences.count
        let analyzer = cluster.tfidf.analyzer
        let unknownIDF = Self.unknownIDF(cluster.tfidf, source: idfSource)
        if let topic, !topic.isEmpty {
            let terms = analyzer.terms(topic)
            let vector = Self.sparseVector(terms, in: cluster.tfidf, unknownIDF: unknownIDF)
            let relevance = (0..<count).map { Self.dot(vector, row: $0, of: cluster.vectors) }
            topicRelevance = options.expansionSentences > 0
                ? Self.expanded(relevance, similarity: cluster.similarity, sentences: options.expansionSentences,
                                weight: options.expansionWeight)
                : relevance
            topicStems = Set(terms.compactMap { cluster._analysisState.stemIDs[$0].map(Int.init) })
            topicColumns = Set(terms.compactMap { cluster.tfidf.index[$0] })
        } else {
            topicRelevance = []
            topicStems = []
            topicColumns = []
        }
        topRelevance = topicRelevance.max() ?? 0
        guard !earlierSentences.isEmpty else {
            earlierSimilarity = []
            earlierContainment = []
            earlierContentFree = []
            containmentBar = 2
            earlierSurfacePairs = []
            earlierTermPairs = []
            earlierTerms = []
            return
        }
        let earlier = Self._earlier(earlierSentences, in: cluster, unknownIDF: unknownIDF,
                                    keepingPairs: options.earlierConceptWeight < 1)
        // rounded as every score is, so BLAS's summation order cannot move a sentence across the threshold
        earlierSimilarity = earlier.similarity.map { ($0 * 1e6).rounded() / 1e6 }
        earlierSurfacePairs = earlier.surfacePairs
        earlierTermPairs = earlier.termPairs
        earlierTerms = earlier.terms
        earlierContainment = Self.containment(of: cluster, held: earlier.heldColumns)
        earlierContentFree = cluster._termColumns.map(\.isEmpty)
        containmentBar = Self.bar(barring: options.noveltyShare, of: earlierContainment)
    }

    /// The containment of the sentence at rank ⌈share × count⌉ by containment, highest first (so
    /// that share of the sentences, and any tied with the last, are at or above it); above 1 when
    /// the share bars none, or no sentence holds any earlier content.
    /// - Complexity: O(S log S).
    static func bar(barring share: Double, of containment: [Float]) -> Float {
        let count = Int((share * Double(containment.count)).rounded(.up))
        guard count > 0 else { return 2 }
        let bar = containment.sorted(by: >)[min(count, containment.count) - 1]
        return bar > 0 ? bar : 2
    }

    /// The key of an ordered pair of ids (ids are far below 2²²).
    static func pairKey(_ first: Int, _ second: Int) -> Int { first &* 4_194_304 &+ second }

    /// The IDF of a term a model lacks: the background model's when the model's IDF came from
    /// it (and its analysis matches, as ``ClusterModel`` checks), else the model's highest.
    static func unknownIDF(_ model: TfidfModel, source: TfidfVectorizer.IDFSource) -> (String) -> Float {
        if case .background(let background) = source, background.documentCount > 0,
           background.analyzerSignature == model.analyzer.configuration.signature {
            return { background.idf(of: $0) }
        }
        let highest = model.idf.max() ?? 1
        return { _ in highest }
    }

    /// A text's TF-IDF weights over the model's columns, scaled to unit length counting the
    /// terms the model lacks too (weighed by `unknownIDF`), so a text mostly about other things
    /// is not made to look close: with the background IDF the model was fitted with, the
    /// cosine with a row of the model is exactly that of a model fitted on both texts.
    /// - Complexity: O(terms).
    static func sparseVector(_ terms: [String], in model: TfidfModel, unknownIDF: (String) -> Float) -> [(column: Int, weight: Float)] {
        var counts: [String: Int] = [:]
        for t in terms { counts[t, default: 0] += 1 }
        var norm: Float = 0
        var vector: [(column: Int, weight: Float)] = []
        for (term, tf) in counts.sorted(by: { $0.key < $1.key }) {
            let w = model.sublinearTF ? 1 + Float(log(Double(tf))) : Float(tf)
            if let c = model.index[term] {
                let weight = w * model.idf[c]
                vector.append((c, weight))
                norm += weight * weight
            } else {
                let weight = w * unknownIDF(term)
                norm += weight * weight
            }
        }
        guard norm > 0 else { return [] }
        let scale = 1 / norm.squareRoot()
        return vector.map { ($0.column, $0.weight * scale) }
    }

    /// The dot product of a sparse vector with a row of a matrix.
    @inline(__always) static func dot(_ vector: [(column: Int, weight: Float)], row: Int, of matrix: DenseMatrix) -> Float {
        var sum: Float = 0
        let base = row * matrix.columns
        for (c, w) in vector { sum += w * matrix.values[base + c] }
        return sum
    }
}
