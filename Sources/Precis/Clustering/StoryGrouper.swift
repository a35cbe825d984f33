import CBLAS
import Foundation
import PrecisSupport

/// Groups a day's articles into stories without being told how many: TF-IDF document vectors,
/// cosine similarity in row blocks through BLAS, and average-link clustering with a threshold;
/// then a second average-link pass from those stories over shared-nearest-neighbour
/// similarities (`SharedNeighbors`), which joins the parts of a broad story.
///
/// The n × n similarity matrix is never held: rows are taken a block at a time, the block's
/// similarities to every later row are computed (`SimilarityBlocks`), and only pairs at or
/// above ``Options/minimumSimilarity`` are kept. Memory is the n × d dense part, the sparse
/// part's postings, one block and the kept pairs, never n². A day of
/// ``Options/candidatePairsFrom`` articles or more does not compare every pair: candidate pairs
/// come from an inverted index over each article's top-weighted terms (`CandidatePairs`), and
/// only those get an exact cosine (the 100k-article day: 14M candidates, not 5 × 10⁹ pairs).
///
/// ```swift
/// let grouping = StoryGrouper().group(articles.map(\.document))
/// grouping.stories   // [[0, 3, 4], [1], [2, 5]]: article indexes, largest story first
/// ```
public struct StoryGrouper: Sendable {
    /// Settings of the grouping. Defaults were chosen at the event grain on the development day
    /// of DUC 2003 and DUC 2007 (`Evaluation/results/brief-protocol.md`, figures in
    /// `Evaluation/results/brief.md`).
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Two groups merge while the average cosine of their articles' pairs is at least this.
        public var threshold: Float = 0.25
        /// A merge also needs the groups' average to reach this fraction of the more cohesive
        /// group's own average (0: plain average link).
        public var relativeThreshold: Double = 0.3
        /// Pairs below this cosine are not kept (they count as 0 in averages).
        public var minimumSimilarity: Float = 0.05
        /// At most this many neighbours are kept per article (the most similar), bounding memory.
        public var maximumNeighbors: Int = 400
        /// Terms in fewer articles than this are left out (they cannot link two articles).
        public var minimumDocumentFrequency: Int = 2
        /// Terms in more than this fraction of the articles are left out (they link everything);
        /// applied on days of at least ``minimumArticlesForFraction`` articles only (in a handful
        /// of articles on one event, the shared words are the event).
        public var maximumDocumentFraction: Double = 0.5
        /// The smallest day ``maximumDocumentFraction`` applies to.
        public var minimumArticlesForFraction: Int = 50
        /// The most frequent terms go to a dense n × d matrix multiplied by BLAS `sgemm`; rarer
        /// terms are added exactly from an inverted index. This is d.
        public var denseDimensions: Int = 256
        /// Rows per block × n is at most this; each core computes the similarities of a
        /// sub-block (at most 256 of a block's rows) × n at a time, so this bounds the memory per core.
        public var blockFloats: Int = 1 << 24
        /// Days of at least this many articles compare only candidate pairs (`CandidatePairs`):
        /// two articles get a cosine when they share one of their ``candidateTerms``
        /// highest-weighted terms, instead of every pair (n² of them) getting one. Smaller days
        /// compare every pair.
        public var candidatePairsFrom: Int = 20_000
        /// Each article's this many highest-weighted terms find its candidate pairs.
        public var candidateTerms: Int = 30
        /// At most this many candidates of an article get an exact cosine: those whose shared
        /// top terms give the largest part of the dot product (bounds the work where one term
        /// tops thousands of articles).
        public var candidatesPerArticle: Int = 150
        /// Two articles are candidates when a term they share is among the top terms of either
        /// (true) or of both (false: fewer candidates, lower recall).
        public var candidateEitherTop: Bool = true
        /// Counted text: the title is added this many times to the body.
        public var titleRepeats: Int = 1
        /// A second pass merges the stories further on shared-neighbour similarities
        /// (`SharedNeighbors`): each article's list is itself plus its this many most similar
        /// articles, and a pair's similarity becomes `sqrt(overlap / (k + 1) × cosine)`, so the
        /// parts of a broad story, close to the same other articles, join even when their own
        /// cosines are low. The relative check stays in cosines. 0 turns the pass off.
        public var sharedNeighbors: Int = 10
        /// Two stories merge in the second pass while the average shared-neighbour similarity
        /// of their articles' pairs is at least this.
        public var sharedNeighborThreshold: Float = 0.2
        /// Only neighbours with at least this cosine enter the shared-neighbour lists (on a small
        /// day every article is weakly similar to every other; those links must not count).
        public var neighborFloor: Float = 0.1
        /// Time scale, in days, of the date decay (`StoryGrouper.timeDecay(days:scale:power:)`):
        /// a pair's cosine is multiplied by `1 / (1 + (Δ / scale)^power)` for articles published
        /// Δ days apart, so two articles on one subject weeks apart count as less alike than the
        /// same two on one day. 0 turns it off; articles without a date are not decayed.
        public var timeScaleDays: Double = 0
        /// The power of the date decay.
        public var timeDecayPower: Double = 1
        /// Time scale of the date decay measured in articles instead of days: Δ is the number of
        /// the day's dated articles published between the two (ties share their mean rank), as
        /// TDT systems measure windows in stories; where news is dense, a week holds many
        /// events, where it is sparse, one subject's articles months apart are still neighbours.
        /// 0 turns it off. Both decays may be on; their factors multiply.
        public var timeScaleArticles: Double = 0
        /// Whether an article vector's norm counts its terms that are in too few articles to be
        /// kept (``minimumDocumentFrequency``): they link nothing, but an article with many
        /// words of its own is then less alike to others than one made only of shared words.
        public var rareTermsInNorm: Bool = false
        /// Days of fewer articles than this count the rare terms in the norm whatever
        /// ``rareTermsInNorm`` says: on a small day most of an article's words are its own, and
        /// without them its vector is the few everyday words it shares with others. 0: never.
        /// 50 (the small-day bound of ``minimumArticlesForFraction``) was adopted on 300 small
        /// development days (`Evaluation/results/brief-protocol.md`, session 13).
        public var rareTermsInNormBelow: Int = 50
        /// The body's first ``leadWords`` words count this many more times (a report's lead
        /// names its event). 1 was chosen in the second round on eight development days
        /// (`Evaluation/results/brief-protocol.md`).
        public var leadRepeats: Int = 1
        /// Words of the lead (``leadRepeats``).
        public var leadWords: Int = 40
        /// The body's name-like words (capitalised, not opening a sentence) count this many more
        /// times: events on one subject differ in who and where.
        public var nameRepeats: Int = 0
        /// Passes of reassignment after the linkage
        /// (`StoryGrouper.reassigned(_:pairs:count:threshold:)`): each article moves to the
        /// story it is on average most similar to, when that beats its own and reaches the
        /// threshold. 0: none.
        public var reassignPasses: Int = 0
        /// The story split after the linkage (`StoryGrouper.split(_:pairs:count:ratio:minimumPart:balance:)`):
        /// a story whose merge tree's first balanced merge (both sides at least ``splitMinimumPart``
        /// articles) has a cross average below this × the smaller side's own average cosine is cut
        /// there, and its sides are checked again. 0: no split.
        public var splitRatio: Double = 0
        /// The fewest articles each side of a split may have (``splitRatio``).
        public var splitMinimumPart: Int = 5
        /// The smallest fraction of a merge's articles each side of a split may hold
        /// (``splitRatio``); 0: only ``splitMinimumPart`` counts.
        public var splitBalance: Double = 0

        public init() {}

        /// The document-vector settings among these.
        package var vectors: DocumentVectors.Options {
            var vectors = DocumentVectors.Options()
            vectors.minimumDocumentFrequency = minimumDocumentFrequency
            vectors.rareTermsInNorm = rareTermsInNorm
            vectors.rareTermsInNormBelow = rareTermsInNormBelow
            vectors.leadRepeats = leadRepeats
            vectors.leadWords = leadWords
            vectors.nameRepeats = nameRepeats
            vectors.maximumDocumentFraction = maximumDocumentFraction
            vectors.minimumArticlesForFraction = minimumArticlesForFraction
            vectors.denseDimensions = denseDimensions
            vectors.titleRepeats = titleRepeats
            vectors.rowPostingsBelow = candidatePairsFrom
            return vectors
        }

        /// The pair limits among these. Pairs are kept down to the threshold when it is below
        /// ``minimumSimilarity``: the clustering can only join what was kept.
        var similarityLimits: SimilarityBlocks.Limits {
            SimilarityBlocks.Limits(minimumSimilarity: min(minimumSimilarity, threshold), maximumNeighbors: maximumNeighbors,
                                    blockFloats: blockFloats)
        }

        /// How candidate pairs are found (``candidateTerms``, ``candidatesPerArticle``).
        var candidateLimits: CandidatePairs.Limits {
            CandidatePairs.Limits(topTerms: candidateTerms, candidatesPerRow: candidatesPerArticle, eitherTop: candidateEitherTop)
        }

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("threshold", \.threshold),
                .init("minimumSimilarity", \.minimumSimilarity),
                .init("relativeThreshold", \.relativeThreshold),
                .init("maximumNeighbors", \.maximumNeighbors),
                .init("minimumDocumentFrequency", \.minimumDocumentFrequency),
                .init("maximumDocumentFraction", \.maximumDocumentFraction),
                .init("minimumArticlesForFraction", \.minimumArticlesForFraction),
                .init("denseDimensions", \.denseDimensions),
                .init("blockFloats", \.blockFloats),
                .init("titleRepeats", \.titleRepeats),
                .init("candidatePairsFrom", \.candidatePairsFrom),
                .init("candidateTerms", \.candidateTerms),
                .init("candidatesPerArticle", \.candidatesPerArticle),
                .init("candidateEitherTop", \.candidateEitherTop),
                .init("sharedNeighbors", \.sharedNeighbors),
                .init("neighborFloor", \.neighborFloor),
                .init("sharedNeighborThreshold", \.sharedNeighborThreshold),
                .init("timeScaleDays", \.timeScaleDays),
                .init("timeDecayPower", \.timeDecayPower),
                .init("timeScaleArticles", \.timeScaleArticles),
                .init("rareTermsInNorm", \.rareTermsInNorm),
                .init("rareTermsInNormBelow", \.rareTermsInNormBelow),
                .init("leadRepeats", \.leadRepeats),
                .init("leadWords", \.leadWords),
                .init("nameRepeats", \.nameRepeats),
                .init("reassignPasses", \.reassignPasses),
                .init("splitRatio", \.splitRatio),
                .init("splitMinimumPart", \.splitMinimumPart),
                .init("splitBalance", \.splitBalance),
            ]
        }

        /// Checks the settings are usable.
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            guard threshold > 0 && threshold <= 1 else { throw PrecisError.invalidArgument("threshold must be in (0, 1], got \(threshold)") }
            guard minimumSimilarity > 0 && minimumSimilarity <= threshold else {
                throw PrecisError.invalidArgument("minimumSimilarity must be in (0, threshold], got \(minimumSimilarity)")
            }
            guard maximumNeighbors >= 1 else { throw PrecisError.invalidArgument("maximumNeighbors must be at least 1") }
            guard rareTermsInNormBelow >= 0 else {
                throw PrecisError.invalidArgument("rareTermsInNormBelow must be at least 0, got \(rareTermsInNormBelow)")
            }
            guard denseDimensions >= 0, blockFloats >= 1, minimumDocumentFrequency >= 1, titleRepeats >= 0 else {
                throw PrecisError.invalidArgument("denseDimensions, blockFloats, minimumDocumentFrequency and titleRepeats must be positive")
            }
            guard relativeThreshold >= 0 && relativeThreshold < 1 else {
                throw PrecisError.invalidArgument("relativeThreshold must be in [0, 1), got \(relativeThreshold)")
            }
            // The neighbour lists take articles × k entries: k past a thousand only costs memory.
            guard (0...1000).contains(sharedNeighbors) else {
                throw PrecisError.invalidArgument("sharedNeighbors must be in 0...1000, got \(sharedNeighbors)")
            }
            guard denseDimensions <= 65_536, blockFloats <= 1 << 30 else {
                throw PrecisError.invalidArgument("denseDimensions must be at most 65536 and blockFloats at most 2^30")
            }
            guard sharedNeighborThreshold > 0 && sharedNeighborThreshold <= 1 else {
                throw PrecisError.invalidArgument("sharedNeighborThreshold must be in (0, 1], got \(sharedNeighborThreshold)")
            }
            guard neighborFloor >= 0 && neighborFloor <= 1 else {
                throw PrecisError.invalidArgument("neighborFloor must be in [0, 1], got \(neighborFloor)")
            }
            guard timeScaleDays >= 0 && timeScaleDays.isFinite, timeScaleArticles >= 0 && timeScaleArticles.isFinite, timeDecayPower > 0 && timeDecayPower <= 8 else {
                throw PrecisError.invalidArgument("timeScaleDays and timeScaleArticles must be at least 0, timeDecayPower in (0, 8]")
            }
            guard candidatePairsFrom >= 2, candidateTerms >= 1, candidatesPerArticle >= 1 else {
                throw PrecisError.invalidArgument("candidatePairsFrom must be at least 2, candidateTerms and candidatesPerArticle at least 1")
            }
            guard maximumDocumentFraction > 0 && maximumDocumentFraction <= 1 else {
                throw PrecisError.invalidArgument("maximumDocumentFraction must be in (0, 1]")
            }
            guard (0...16).contains(leadRepeats), (0...16).contains(nameRepeats), leadWords >= 1, (0...16).contains(reassignPasses) else {
                throw PrecisError.invalidArgument("leadRepeats, nameRepeats and reassignPasses must be in 0...16, leadWords at least 1")
            }
            guard splitRatio >= 0 && splitRatio <= 1, (2...1000).contains(splitMinimumPart), splitBalance >= 0 && splitBalance <= 0.5 else {
                throw PrecisError.invalidArgument("splitRatio must be in [0, 1], splitMinimumPart in 2...1000 and splitBalance in [0, 0.5]")
            }
        }
    }

    /// The stories found.
    public struct Grouping: Sendable, Hashable {
        /// Stories as article indexes (ascending), largest story first, ties by first article.
        public var stories: [[Int]]
        /// Each story's cohesion: the average cosine of its pairs (1 for a single article).
        public var cohesion: [Double]
        /// Pairs kept at or above ``Options/minimumSimilarity``.
        public var keptPairs: Int
        /// Terms used (after the document-frequency limits), and how many went dense.
        public var terms: Int
        public var denseTerms: Int
    }

    /// The settings.
    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Groups documents into stories.
    /// - Parameters:
    ///   - documents: the day's documents, cleaned.
    ///   - progress: called with a stage name and a fraction done, one call at a time.
    /// - Returns: the stories, largest first.
    /// - Complexity: O(text) to vectorize, O(n² × d / BLAS speed + Σ df² of rare terms) for the
    ///   similarities (on a day of ``Options/candidatePairsFrom`` articles or more, O(n × (top
    ///   terms × their postings + candidates × row terms)) instead), O(E log E + E × k) for the clustering of E kept pairs (k shared
    ///   neighbours). Memory O(n × d + n × k + E + block).
    public func group(_ documents: [Document], progress: (@Sendable (String, Double) -> Void)? = nil) -> Grouping {
        let vectors = DocumentVectors(texts: documents.map { ($0.title, $0.bodyText) }, options: options.vectors, progress: progress)
        return group(vectors, progress: progress)
    }

    /// Groups already vectorized documents.
    /// - Parameters:
    ///   - vectors: the documents' vectors.
    ///   - times: each document's publication time (seconds since 1970) when known, for the date
    ///     decay (``Options/timeScaleDays``); empty: no dates.
    ///   - progress: called with a stage name and a fraction done, one call at a time.
    package func group(_ vectors: DocumentVectors, times: [Double?] = [],
                       progress: (@Sendable (String, Double) -> Void)? = nil) -> Grouping {
        let n = vectors.count
        let cosines = keptPairs(vectors, progress: progress)
        // The similarity stage's per-row lists (and the vectors' per-document ones) are freed
        // small arrays; the clustering's large arrays would not reuse their pages.
        releaseFreedMemory()
        let pairs = Self.decayed(cosines, times: times, options: options)
        progress?("clustering", 0)
        let firstPass = AverageLinkage(count: n, threshold: options.threshold, relative: options.relativeThreshold)
        var clusters: AverageLinkage.Result
        if options.sharedNeighbors > 0 {
            // Second pass: from those stories, merges on shared-neighbour similarities; the
            // relative check and the cohesions stay in cosines. Only the pairs between stories
            // that share a neighbour take part (those inside a story count through its cosine
            // sum). The first pass is sequential: the neighbour lists and every pair's
            // shared-neighbour similarity are computed meanwhile, on the other cores.
            var first: AverageLinkage.Result?
            var weights: [Float] = []
            concurrently({ first = firstPass.cluster(pairs) }, {
                weights = SharedNeighbors.weights(pairs, count: n, k: options.sharedNeighbors, floor: options.neighborFloor)
            })
            let story = Self.storyOf(first!.members, count: n)
            let linked = SharedNeighbors.reweight(pairs, weights: weights, story: story)
            clusters = AverageLinkage(count: n, threshold: options.sharedNeighborThreshold, relative: options.relativeThreshold)
                .cluster(linked.pairs, check: linked.cosine, initial: first!.members, initialInner: first!.inner)
        } else {
            clusters = firstPass.cluster(pairs)
        }
        for _ in 0..<options.reassignPasses {
            let stories = Self.reassigned(clusters.members, pairs: pairs, count: n, threshold: options.threshold)
            if stories == clusters.members { break }
            clusters.members = stories
        }
        if options.splitRatio > 0 {
            clusters.members = Self.split(clusters.members, pairs: pairs, count: n, ratio: options.splitRatio,
                                          minimumPart: options.splitMinimumPart, balance: options.splitBalance)
        }
        if options.sharedNeighbors > 0 || options.timeScaleDays > 0 || options.timeScaleArticles > 0 || options.reassignPasses > 0
            || options.splitRatio > 0 {
            clusters.cohesion = Self.cosineCohesion(clusters.members, cosines, count: n)
        }
        progress?("clustering", 1)
        return Grouping(stories: clusters.members, cohesion: clusters.cohesion, keptPairs: cosines.count,
                        terms: vectors.termCount, denseTerms: vectors.denseCount)
    }

    /// The pairs the clustering sees: every pair's cosine on a small day, the candidates' on a
    /// day of at least ``Options/candidatePairsFrom`` articles.
    func keptPairs(_ vectors: DocumentVectors, progress: (@Sendable (String, Double) -> Void)? = nil) -> SimilarityBlocks.Pairs {
        if vectors.count >= options.candidatePairsFrom || !vectors.hasRowPostings {
            return CandidatePairs(vectors: vectors, limits: options.similarityLimits, candidates: options.candidateLimits)
                .keptPairs(progress: progress)
        }
        return SimilarityBlocks(vectors: vectors, options: options.similarityLimits).keptPairs(progress: progress)
    }

    /// Average cosine of each story's pairs (kept pairs; the others count as 0), 1 for a single
    /// article.
    static func cosineCohesion(_ stories: [[Int]], _ pairs: SimilarityBlocks.Pairs, count n: Int) -> [Double] {
        let story = storyOf(stories, count: n)
        var sum = [Double](repeating: 0, count: stories.count)
        for e in 0..<pairs.count {
            let s = story[Int(pairs.first[e])]
            if s == story[Int(pairs.second[e])] { sum[Int(s)] += Double(pairs.similarity[e]) }
        }
        return stories.indices.map { s in
            let m = Double(stories[s].count)
            return m > 1 ? sum[s] / (m * (m - 1) / 2) : 1
        }
    }

    /// Each article's story index.
    static func storyOf(_ stories: [[Int]], count n: Int) -> [Int32] {
        var story = [Int32](repeating: 0, count: n)
        for (s, members) in stories.enumerated() { for i in members { story[i] = Int32(s) } }
        return story
    }
}
