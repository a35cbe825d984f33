import Foundation
import PrecisSupport

/// Concept coverage (Gillick & Favre 2009, the ICSI summarizer): a summary is worth the summed
/// weight of the distinct *concepts* it holds, so a fact repeated in two picked sentences counts
/// once and redundancy needs no threshold.
///
/// Concepts are stemmed content-word bigrams (adjacent terms after stop-word removal), optionally
/// unigrams too. A concept's weight is the number of documents holding it (sentences, for a
/// single-document input), kept when at least ``Options/minimumDocuments``; a concept seen in a
/// document's lead sentences earns ``Options/positionWeight`` more per such document (with
/// ``Options/leadAsDocument``, ICSI's count: lead and body of a document count apart).
///
/// Selection maximizes `Σ weight(c) × [c covered]` under the budget: budget-aware greedy, then
/// local search (swap one sentence for another and refill), then, when at most
/// ``Options/exactLimit`` sentences are eligible, branch and bound that proves the optimum
/// (the ILP's answer) within ``Options/nodeLimit`` nodes.
///
/// ```swift
/// let picks = ConceptCoverageSummarizer().select(cluster, budget: .words(100))
/// ```
public struct ConceptCoverageSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// Least number of documents (or sentences, for one document) holding a concept.
        public var minimumDocuments: Int = 3
        /// Least fraction of the documents holding a concept (the threshold is the larger of
        /// this times the document count, rounded up, and ``minimumDocuments``, but never more
        /// than the document count; ignored for a single document).
        public var minimumDocumentFraction: Double = 0
        /// Weight of unigram concepts relative to bigram ones (0: bigrams only, as ICSI).
        public var unigramWeight: Double = 0
        /// Extra weight per document whose first ``leadSentences`` sentences hold the concept.
        public var positionWeight: Double = 0
        /// How many leading sentences of a document count for ``positionWeight``.
        public var leadSentences: Int = 3
        /// Count a document's lead apart from the rest of it, as ICSI's TAC 2009 system does
        /// (Gillick et al. 2009): a concept held by the first ``leadSentences`` sentences of a
        /// document counts `1 + positionWeight` for that document, held by its other sentences
        /// 1, held by both `2 + positionWeight`; and ``minimumDocuments`` applies to that total,
        /// so a concept in the leads of two documents (2 × 2 with ``positionWeight`` 1) is kept.
        /// A document's lead is its own first sentences, exact copies of another document's
        /// sentences included. Off: a concept weighs the documents holding it plus
        /// ``positionWeight`` per lead holding it, and the threshold counts documents alone.
        public var leadAsDocument: Bool = false
        /// Exponent applied to document counts (1: linear, as ICSI).
        public var weightExponent: Double = 1
        /// Exponent r of the greedy ratio `gain / words^r`.
        public var lengthExponent: Double = 1
        /// Shortest eligible sentence, in words (ICSI drops sentences under 10).
        public var minimumWords: Int = 10
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 60
        /// Weight of *support* concepts (0: off). Every sentence of the cluster is also a
        /// concept, worth this much per document holding it, and covered by any picked
        /// sentence within cosine ``supportSimilarity`` of it. A fact that several articles
        /// state in their own words is a group of such sentences: the first sentence picked
        /// from the group earns the whole group's weight and a paraphrase of it earns nothing,
        /// which bigrams alone cannot do because rewording changes them.
        public var supportWeight: Double = 0
        /// Cosine (TF-IDF) at or above which a picked sentence covers a support concept.
        public var supportSimilarity: Float = 0.4
        /// Cosine (TF-IDF) at or above which a sentence *restates* another article's sentence and
        /// so covers that sentence's concepts too (above 1: off, the default). Bigrams count
        /// repeated wording: a fact told in other words keeps its sentences' bigrams uncovered,
        /// so a later pick that echoes their wording earns them again. With this, the digest's
        /// concepts are those of what it says, in any article's words
        /// (`_coveringRestatements(_:_:)`).
        public var restatementCoverage: Float = 2
        /// Cosine (TF-IDF) at or above which two sentences say the same thing, so only one of
        /// them may be picked (above 1: off, as ICSI). Concepts are exact bigrams: a paraphrase
        /// of a picked sentence still earns its reworded bigrams, and this bound keeps it out.
        public var redundancy: Float = 2
        /// Neighbours per sentence for the paraphrase check (0: off). Each sentence's list is
        /// itself and its this many most similar sentences of other documents; two sentences
        /// whose lists share ``paraphraseOverlap`` of their members may not both be picked,
        /// whatever their own cosine: they are worded apart but near the same sentences.
        public var paraphraseNeighbors: Int = 0
        /// Fraction of a list (``paraphraseNeighbors`` + 1 members) two lists must share, in (0, 1].
        public var paraphraseOverlap: Double = 0.6
        /// Bigrams of the sentence as written (stop words included, pairs of two stop words
        /// left out, as ICSI does) instead of adjacent content terms. ROUGE-2 counts surface
        /// bigrams, and "minister of" is one where content terms would pair across the gap.
        public var surfaceBigrams: Bool = false
        /// Leave out sentences that cannot stand alone: those opening with a quotation mark
        /// (direct speech, whose speaker is named elsewhere) or with a word that points back to
        /// an earlier sentence ("But", "This", "He", "However" …).
        public var standaloneOnly: Bool = false
        /// Improve the greedy summary by swaps.
        public var localSearch: Bool = true
        /// Local search considers only this many candidates, best concept weight per word
        /// first (0: all).
        public var searchPool: Int = 40
        /// Eligible sentences up to which branch and bound proves the optimum.
        public var exactLimit: Int = 60
        /// Nodes branch and bound may visit before keeping its best answer so far.
        public var nodeLimit: Int = 200_000
        /// A learned weight for bigram concepts (nil: off, the document count). Each bigram the
        /// count keeps weighs what the model predicts from its features instead
        /// (``ConceptWeightModel``); unigram and support concepts are unchanged.
        public var learnedWeights: ConceptWeightModel? = nil

        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("minimumDocuments", \.minimumDocuments),
                .init("minimumDocumentFraction", \.minimumDocumentFraction),
                .init("unigramWeight", \.unigramWeight),
                .init("positionWeight", \.positionWeight),
                .init("leadSentences", \.leadSentences),
                .init("leadAsDocument", \.leadAsDocument),
                .init("weightExponent", \.weightExponent),
                .init("lengthExponent", \.lengthExponent),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
                .init("standaloneOnly", \.standaloneOnly),
                .init("surfaceBigrams", \.surfaceBigrams),
                .init("redundancy", \.redundancy),
                .init("paraphraseNeighbors", \.paraphraseNeighbors),
                .init("paraphraseOverlap", \.paraphraseOverlap),
                .init("supportWeight", \.supportWeight),
                .init("supportSimilarity", \.supportSimilarity),
                .init("restatementCoverage", \.restatementCoverage),
                .init("localSearch", \.localSearch),
                .init("searchPool", \.searchPool),
                .init("exactLimit", \.exactLimit),
                .init("nodeLimit", \.nodeLimit),
                .init("learnedWeights", \.learnedWeights),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("concepts", minimumWords: minimumWords, maximumWords: maximumWords)
            guard unigramWeight >= 0, positionWeight >= 0, supportWeight >= 0, leadSentences >= 0 else {
                throw PrecisError.invalidArgument("concepts.unigramWeight, positionWeight, supportWeight and leadSentences must not be negative")
            }
            guard paraphraseNeighbors >= 0, paraphraseOverlap > 0, paraphraseOverlap <= 1 else {
                throw PrecisError.invalidArgument("concepts.paraphraseNeighbors must not be negative and concepts.paraphraseOverlap must be in (0, 1]")
            }
            guard restatementCoverage >= 0 else {
                throw PrecisError.invalidArgument("concepts.restatementCoverage must be a cosine of at least 0 (above 1: off), got \(restatementCoverage)")
            }
            guard minimumDocuments >= 1 else {
                throw PrecisError.invalidArgument("concepts.minimumDocuments must be at least 1, got \(minimumDocuments)")
            }
            try learnedWeights?.validate()
        }
    }

    /// The settings.
    public let options: Options
    /// With ``Options/standaloneOnly``: cosine (TF-IDF) at or above which another article's
    /// sentence restates the sentence a follow-up points back to, so the follow-up may come
    /// right after that restatement ("Zelensky's announcement on X came …" after another
    /// article's report of the announcement). Above 1 (default): only the sentence before it in
    /// its article serves. A digest sets it from ``DigestOptions/referentRestatement``.
    public var referentRestatement: Float = 2

    /// The default settings.
    public init() { options = Options() }

    /// The settings given.
    /// - Throws: ``PrecisError`` naming the first setting that is not usable.
    public init(options: Options) throws {
        try options.validate()
        self.options = options
    }

    /// Concepts of a cluster: per sentence the distinct concept indices it holds, and the
    /// weight of each concept.
    struct Concepts {
        var ofSentence: [[Int]]
        var weight: [Double]
    }

    /// Extracts and weighs the concepts; `counted`, when given, sees them as counted (before
    /// learned weights and a focus).
    /// - Complexity: O(total terms).
    func concepts(_ context: MethodContext, counted: ((_CountedConcepts) -> Void)? = nil) -> Concepts {
        let cluster = context.cluster
        let v = context.vocabularySize
        // documents holding some sentence, exact copies included (fifty copies of one article
        // are fifty documents)
        let documentCount = Set(context.documentsOf.joined()).count
        let byDocument = documentCount > 1
        // Keys are dense: unigrams are vocabulary columns (below v), bigrams v + their pair
        // number. So a key's concept is an array slot (-1: not seen yet), no hashing.
        let bigrams = options.surfaceBigrams ? Self._surfaceBigramKeys(cluster, offset: v)
            : Self._contentBigramKeys(context.termIDs, offset: v)
        var conceptOfKey = [Int](repeating: -1, count: v + bigrams.pairCount)
        // Distinct holders counted through one set of (concept, unit) pairs, not a collection
        // per concept: a cluster has thousands of concepts, most held once.
        let unitCount = byDocument ? cluster.documents.count : cluster.sentences.count
        // the sets sized for every insertion they may see: growing one rehashes every pair
        var insertions = 0, leadInsertions = 0
        for (i, terms) in context.termIDs.enumerated() {
            let keys = bigrams.keys[i].count + (options.unigramWeight > 0 ? terms.count : 0)
            let n = keys * (byDocument ? context.documentsOf[i].count : 1)
            insertions += n
            if cluster.sentences[i].index < options.leadSentences { leadInsertions += n }
        }
        var held = IntSet(minimumCapacity: options.leadAsDocument ? 0 : insertions)
        var leadHeld = IntSet(minimumCapacity: options.leadAsDocument ? insertions : leadInsertions)
        var bodyHeld = IntSet(minimumCapacity: options.leadAsDocument ? insertions : 0)
        var holders: [Int] = []
        var leadHolders: [Int] = []
        var bodyHolders: [Int] = []
        // (sentence, unit) pairs where the sentence is in that unit's lead, for leadAsDocument:
        // a document's own first sentences, copies of earlier documents' sentences included
        var leadOf = IntSet()
        if options.leadAsDocument {
            if byDocument {
                for (d, list) in cluster.documentSentences.enumerated() {
                    // a compressed variant (``ClusterSentence/isVersion(of:)``) is in the lead
                    // when its sentence is: it follows it in the list and takes no place of its own
                    var places = 0
                    var last: ClusterSentence?
                    for i in list {
                        if last == nil || !cluster.sentences[i].isVersion(of: last!) { places += 1; last = cluster.sentences[i] }
                        guard places <= options.leadSentences else { break }
                        leadOf.insert(i * unitCount + d)
                    }
                }
            } else {
                for i in cluster.sentences.indices where cluster.sentences[i].index < options.leadSentences {
                    leadOf.insert(i * unitCount + i)
                }
            }
        }
        var isUnigram: [Bool] = []
        var keyOf: [Int] = []  // each concept's key, for a focus (ClusterFocus)
        var ofSentence: [[Int]] = []
        ofSentence.reserveCapacity(context.termIDs.count)
        var mine: [Int] = []  // one buffer for every sentence's concepts
        for (i, terms) in context.termIDs.enumerated() {
            mine.removeAll(keepingCapacity: true)
            // a variant holds its concepts but does not count among their holders
            let units = !context.isSource(i) ? [] : byDocument ? context.documentsOf[i] : [i]
            let lead = cluster.sentences[i].index < options.leadSentences
            func count(_ key: Int) {
                var c = conceptOfKey[key]
                if c < 0 {
                    c = holders.count
                    conceptOfKey[key] = c
                    holders.append(0); leadHolders.append(0); bodyHolders.append(0); isUnigram.append(key < v)
                    keyOf.append(key)
                }
                for u in units {
                    // ICSI's count needs lead and body holders apart; the plain one, all
                    // holders and the lead ones
                    if options.leadAsDocument {
                        if leadOf.contains(i * unitCount + u) {
                            if leadHeld.insert(c * unitCount + u) { leadHolders[c] += 1 }
                        } else if bodyHeld.insert(c * unitCount + u) {
                            bodyHolders[c] += 1
                        }
                    } else {
                        if held.insert(c * unitCount + u) { holders[c] += 1 }
                        if lead && leadHeld.insert(c * unitCount + u) { leadHolders[c] += 1 }
                    }
                }
                mine.append(c)
            }
            // bigrams, then unigrams: concepts are numbered in that order
            for key in bigrams.keys[i] { count(key) }
            if options.unigramWeight > 0 { for key in terms { count(key) } }
            mine.sort()
            var distinct: [Int] = []
            distinct.reserveCapacity(mine.count)
            for c in mine where c != distinct.last { distinct.append(c) }
            ofSentence.append(distinct)
        }
        // The fraction applies to documents; a single-document input counts sentences and uses
        // ``minimumDocuments`` alone.
        let units = byDocument ? documentCount : cluster.sentences.count
        let fraction = byDocument ? Int((options.minimumDocumentFraction * Double(units)).rounded(.up)) : 0
        let threshold = min(max(options.minimumDocuments, fraction), max(units, 1))
        var weight = holders.indices.map { c -> Double in
            let base: Double
            if options.leadAsDocument {
                let count = Double(bodyHolders[c]) + (1 + options.positionWeight) * Double(leadHolders[c])
                guard count >= Double(threshold) else { return 0 }
                base = pow(count, options.weightExponent)
            } else {
                guard holders[c] >= threshold else { return 0 }
                base = pow(Double(holders[c]), options.weightExponent) + options.positionWeight * Double(leadHolders[c])
            }
            return isUnigram[c] ? options.unigramWeight * base : base
        }
        if options.learnedWeights != nil || counted != nil {
            let table = _CountedConcepts(ofSentence: ofSentence, isUnigram: isUnigram, keyOf: keyOf, bigrams: bigrams,
                                         vocabularySize: v, countWeight: weight)
            counted?(table)
            if let model = options.learnedWeights { weight = _learnedWeights(model, context, table) }
        }
        if let focus = cluster.focus {
            _focus(&weight, focus, keyOf: keyOf, bigrams: bigrams, vocabularySize: v, ofSentence: ofSentence)
        }
        var concepts = ofSentence
        for i in concepts.indices { concepts[i].removeAll { !(weight[$0] > 0) } }
        if options.restatementCoverage <= 1 {
            concepts = _coveringRestatements(context.cluster, concepts)
        }
        if options.supportWeight > 0 {
            _addSupportConcepts(context, to: &concepts, weight: &weight)
        }
        if let focus = cluster.focus, focus.options.leadSentenceWeight > 0 {
            _addLeadConcepts(cluster, worth: focus.options.leadSentenceWeight, to: &concepts, weight: &weight)
        }
        return Concepts(ofSentence: concepts, weight: weight)
    }

    /// Per sentence, bigram keys numbered densely from `offset` in order of first appearance,
    /// and how many distinct pairs there are (keys lie in `offset ..< offset + pairCount`).
    struct _BigramKeys {
        var keys: [[Int]]
        var pairCount: Int
        /// Each pair's key (``ClusterFocus/pairKey(_:_:)``), by number.
        var pairs: [Int] = []
    }

    /// Numbers `(first, second)` pairs of ids in order of first appearance.
    struct _PairNumbering {
        private var numberOf: [Int: Int]
        /// Each pair's key, by number.
        private(set) var pairs: [Int] = []
        var count: Int { numberOf.count }

        /// Room for `capacity` pairs up front: growing the table rehashes every pair.
        init(capacity: Int) { numberOf = Dictionary(minimumCapacity: capacity) }

        mutating func number(_ first: Int, _ second: Int) -> Int {
            let pair = first &* 4_194_304 &+ second  // ids are far below 2^22
            let number = numberOf.value(forKey: pair, inserting: numberOf.count)
            if number == pairs.count { pairs.append(pair) }
            return number
        }
    }

    /// Per sentence, its surface bigrams (stemmed, stop words kept, stop-word pairs dropped).
    /// - Complexity: O(total words).
    static func _surfaceBigramKeys(_ cluster: ClusterModel, offset: Int) -> _BigramKeys {
        // words come analysed by the fit (stem ids with a stop-word bit): pairs are keyed by
        // their two stem ids, no text read again
        var pairs = _PairNumbering(capacity: cluster._surface.reduce(0) { $0 + $1.count })
        let keys = cluster._surface.map { words -> [Int] in
            guard words.count > 1 else { return [] }
            var keys: [Int] = []
            keys.reserveCapacity(words.count - 1)
            for k in 1..<words.count where (words[k - 1] & words[k] & 1) == 0 {
                keys.append(offset + pairs.number(Int(words[k - 1] >> 1), Int(words[k] >> 1)))
            }
            return keys
        }
        return _BigramKeys(keys: keys, pairCount: pairs.count, pairs: pairs.pairs)
    }

    /// Per sentence, its content bigrams (adjacent terms after stop-word removal).
    /// - Complexity: O(total terms).
    static func _contentBigramKeys(_ termIDs: [[Int]], offset: Int) -> _BigramKeys {
        var pairs = _PairNumbering(capacity: termIDs.reduce(0) { $0 + $1.count })
        let keys = termIDs.map { terms -> [Int] in
            guard terms.count > 1 else { return [] }
            return (1..<terms.count).map { offset + pairs.number(terms[$0 - 1], terms[$0]) }
        }
        return _BigramKeys(keys: keys, pairCount: pairs.count, pairs: pairs.pairs)
    }

    /// Adds one support concept per source sentence (see ``Options/supportWeight``; variants
    /// add none, ``MethodContext/isVariant``): sentence `i`'s concept weighs `supportWeight` ×
    /// the documents holding `i`, and every sentence within ``Options/supportSimilarity`` of `i`
    /// (and `i` itself, and its variants) covers it.
    /// - Complexity: O(S²).
    func _addSupportConcepts(_ context: MethodContext, to concepts: inout [[Int]], weight: inout [Double]) {
        let similarity = context.cluster.similarity
        let sentences = context.cluster.sentences
        let count = concepts.count
        let sources = (0..<count).filter(context.isSource)
        let base = weight.count
        for i in sources {
            weight.append(options.supportWeight * Double(context.documentsOf[i].count))
        }
        for j in 0..<count {
            for (k, i) in sources.enumerated()
            where i == j || similarity[i, j] >= options.supportSimilarity || (context.hasVersions && sentences[j].isVersion(of: sentences[i])) {
                concepts[j].append(base + k)
            }
        }
    }

    /// Every sentence scored by the weight of the concepts it holds alone, best first.
    /// - Complexity: O(total terms + S log S).
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let context = MethodContext(cluster)
        let concepts = concepts(context)
        return context.ranking(concepts.ofSentence.map { $0.reduce(0) { $0 + concepts.weight[$1] } })
    }

    /// The covered concept weight of a set of sentences.
    static func value(_ set: [Int], _ concepts: Concepts) -> Double {
        var seen = IntSet(minimumCapacity: set.reduce(0) { $0 + concepts.ofSentence[$1].count })
        var total = 0.0
        for i in set { for c in concepts.ofSentence[i] where seen.insert(c) { total += concepts.weight[c] } }
        return total
    }

    /// - Complexity: greedy O(K × S × C) for C concepts per sentence; local search
    ///   O(rounds × K × S × refill); branch and bound at most ``Options/nodeLimit`` nodes.
    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        var context = MethodContext(cluster)
        // the concepts do not read the paraphrase lists: both at once (on two cores when there are)
        var paraphrases: _SentenceParaphrases?
        var found: Concepts?
        concurrently({
            if options.paraphraseNeighbors > 0 {
                paraphrases = _SentenceParaphrases(cluster, neighbors: options.paraphraseNeighbors, overlap: options.paraphraseOverlap)
            }
        }, { found = self.concepts(context) })
        context.paraphrases = paraphrases
        let concepts = found!
        var eligible = context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget)
        if options.standaloneOnly {
            let (readable, prerequisites) = Self._readableEligible(eligible, in: context.cluster, restatement: referentRestatement)
            if !readable.isEmpty { eligible = readable; context.prerequisites = prerequisites }
        }
        var covered = [Bool](repeating: false, count: concepts.weight.count)
        let picks = context.greedy(
            budget: budget, eligible: eligible, lengthExponent: options.lengthExponent,
            redundancy: options.redundancy, lazy: true,
            gain: { i in concepts.ofSentence[i].reduce(0) { covered[$1] ? $0 : $0 + concepts.weight[$1] } },
            commit: { i in for c in concepts.ofSentence[i] { covered[c] = true } },
            value: { Self.value($0, concepts) })
        var set = picks.map(\.sentence)
        let search = CoverageSearch(
            context: context, concepts: concepts, budget: budget, eligible: eligible, redundancy: options.redundancy)
        // the limit counts sentences, not their compressed versions (DigestOptions.compression)
        let distinct = context.hasVersions
            ? Set(eligible.map { [context.cluster.sentences[$0].document, context.cluster.sentences[$0].index] }).count : eligible.count
        if distinct <= options.exactLimit {
            // small enough to prove the optimum: local search would only find a better start
            set = search.branchAndBound(incumbent: set, nodeLimit: options.nodeLimit)
        } else if options.localSearch {
            set = search.improve(set, pool: options.searchPool)
        }
        return Self.ordered(set, concepts)
    }

    /// A set in pick order: each next sentence adds the most not-yet-covered weight; the score
    /// is that marginal weight.
    static func ordered(_ set: [Int], _ concepts: Concepts) -> [SentenceScore] {
        var left = set
        var seen = [Bool](repeating: false, count: concepts.weight.count)
        var out: [SentenceScore] = []
        while !left.isEmpty {
            var best = 0
            var bestGain = -1.0
            for (k, i) in left.enumerated() {
                let g = concepts.ofSentence[i].reduce(0) { seen[$1] ? $0 : $0 + concepts.weight[$1] }
                if g.comparisonKey > bestGain.comparisonKey { best = k; bestGain = g }
            }
            let i = left.remove(at: best)
            for c in concepts.ofSentence[i] { seen[c] = true }
            out.append(SentenceScore(sentence: i, score: bestGain, relevance: bestGain, supportingDocuments: []))
        }
        return out
    }
}

/// Improvement and exact search over concept coverage under a budget.
struct CoverageSearch {
    let context: MethodContext
    let concepts: ConceptCoverageSummarizer.Concepts
    let budget: Budget
    let eligible: [Int]
    let capacity: Double
    /// Cosine at or above which two sentences may not both be picked.
    let redundancy: Float

    init(
        context: MethodContext, concepts: ConceptCoverageSummarizer.Concepts, budget: Budget, eligible: [Int],
        redundancy: Float = 2
    ) {
        self.context = context
        self.concepts = concepts
        self.budget = budget
        self.eligible = eligible.filter { !concepts.ofSentence[$0].isEmpty }
        capacity = budget.capacity(totalWords: context.cluster.totalWords)
        self.redundancy = redundancy
    }

    /// Whether `i` says something no sentence of `set` says (cosine below ``redundancy``).
    func isNovel(_ i: Int, to set: [Int]) -> Bool { context.isNovel(i, to: set, redundancy: redundancy) }

    /// The budget a set uses.
    func cost(_ set: [Int]) -> Double {
        set.enumerated().reduce(0) { $0 + budget.cost(of: context.cluster.sentences[$1.element], separator: $1.offset > 0) }
    }

    /// Cost of adding one sentence to a set of `count` sentences.
    func cost(of i: Int, after count: Int) -> Double {
        budget.cost(of: context.cluster.sentences[i], separator: count > 0)
    }

    private func value(_ set: [Int]) -> Double { ConceptCoverageSummarizer.value(set, concepts) }

    /// Adds, greedily by gain per unit of budget, every sentence that still fits.
    func refill(_ start: [Int]) -> [Int] {
        var set = start
        var used = cost(set)
        var seen = [Bool](repeating: false, count: concepts.weight.count)
        for i in set { for c in concepts.ofSentence[i] { seen[c] = true } }
        while true {
            var best = -1
            var bestRatio = 0.0  // quantized, as compared
            for i in eligible where !set.contains(i) {
                // the cheap budget test before the novelty test (both only filter)
                let c = cost(of: i, after: set.count)
                guard used + c <= capacity, isNovel(i, to: set) else { continue }
                let g = concepts.ofSentence[i].reduce(0) { seen[$1] ? $0 : $0 + concepts.weight[$1] }
                let ratio = (g / max(c, 1e-9)).comparisonKey
                if ratio > bestRatio { best = i; bestRatio = ratio }
            }
            guard best >= 0 else { return set }
            used += cost(of: best, after: set.count)
            set.append(best)
            for c in concepts.ofSentence[best] { seen[c] = true }
        }
    }

    /// Local search: replaces one sentence (or none) by another and refills, taking the best
    /// improvement, until none improves (at most 20 rounds).
    /// - Complexity: O(rounds × K × S × refill).
    func improve(_ start: [Int], pool: Int = 0) -> [Int] {
        let candidates = pool > 0 ? Array(byRatio().prefix(pool)) : eligible
        var set = refill(start)
        var current = value(set)
        for _ in 0..<20 {
            var bestSet = set
            var bestValue = current
            for out in [-1] + set.indices.map({ $0 }) {
                var base = set
                if out >= 0 { base.remove(at: out) }
                let used = cost(base)
                for j in candidates
                where !set.contains(j) && used + cost(of: j, after: base.count) <= capacity && isNovel(j, to: base) {
                    let candidate = refill(base + [j])
                    let v = value(candidate)
                    if v.comparisonKey > bestValue.comparisonKey { bestValue = v; bestSet = candidate }
                }
            }
            guard bestValue > current else { break }
            set = bestSet
            current = bestValue
        }
        return set
    }

    /// Branch and bound over the eligible sentences (include/exclude, best ratio first), bounded
    /// by the fractional knapsack of the remaining marginal gains. Exact when it finishes within
    /// `nodeLimit` nodes; otherwise the best set found (never worse than `incumbent`).
    func branchAndBound(incumbent: [Int], nodeLimit: Int) -> [Int] {
        let items = byRatio()
        var best = incumbent
        var bestValue = value(incumbent)
        var nodes = 0
        var chosen: [Int] = []
        var count = [Int](repeating: 0, count: concepts.weight.count)
        func gain(_ i: Int) -> Double { concepts.ofSentence[i].reduce(0) { count[$1] > 0 ? $0 : $0 + concepts.weight[$1] } }
        // A node's remaining items with a gain: in item order (what the loose bound sums) and by
        // marginal ratio, best first, ties in item order (what the fractional knapsack reads).
        // One pair of buffers per number of chosen items, reused by every node at that depth.
        typealias Entry = (position: Int, ratio: Double, gain: Double, cost: Double)
        var liveAt: [[Entry]] = []
        var byRatioAt: [[Entry]] = []
        /// Visits node `start` and then, in a loop, its chain of exclude children: excluding an
        /// item changes neither the choice nor, therefore, the other items' gains and costs, so
        /// they are computed once per chain and the item is only dropped from the two lists.
        func visit(_ start: Int, used: Double, total: Double) {
            let depth = chosen.count
            if liveAt.count == depth {
                liveAt.append([])
                byRatioAt.append([])
            }
            liveAt[depth].removeAll(keepingCapacity: true)
            if start < items.count {
                for p in start..<items.count {
                    let g = gain(items[p])
                    if g > 0 {
                        let c = max(cost(of: items[p], after: depth), 1e-9)
                        liveAt[depth].append((p, g / c, g, c))
                    }
                }
            }
            byRatioAt[depth].removeAll(keepingCapacity: true)
            byRatioAt[depth].append(contentsOf: liveAt[depth])
            byRatioAt[depth].sort { $0.ratio > $1.ratio }
            var k = start
            while true {
                nodes += 1
                if total > bestValue + 1e-9 { bestValue = total; best = chosen }
                guard k < items.count, nodes < nodeLimit else { return }
                // taking every remaining gain, budget ignored, is a looser bound that needs no sort
                var everything = total
                for entry in liveAt[depth] { everything += entry.gain }
                guard everything > bestValue + 1e-9 else { return }
                // fractional knapsack over marginal gains: an upper bound on what the rest can add
                // (by current marginal ratio, so it is the LP optimum of the relaxation)
                var room = capacity - used
                var bound = total
                for entry in byRatioAt[depth] where room > 0 {
                    let (g, c) = (entry.gain, entry.cost)
                    if c <= room { bound += g; room -= c } else { bound += g * room / c; room = 0 }
                }
                guard bound > bestValue + 1e-9 else { return }
                let i = items[k]
                let c = cost(of: i, after: depth)
                let g = liveAt[depth].first?.position == k ? liveAt[depth][0].gain : 0
                if g > 0 && used + c <= capacity && isNovel(i, to: chosen) {
                    chosen.append(i)
                    for x in concepts.ofSentence[i] { count[x] += 1 }
                    visit(k + 1, used: used + c, total: total + g)
                    for x in concepts.ofSentence[i] { count[x] -= 1 }
                    chosen.removeLast()
                }
                if g > 0 {
                    liveAt[depth].removeFirst()
                    byRatioAt[depth].remove(at: byRatioAt[depth].firstIndex { $0.position == k }!)
                }
                k += 1
            }
        }
        visit(0, used: 0, total: 0)
        return best
    }

    /// The eligible sentences by concept weight per word, best first (equal to 1e-9: by index).
    private func byRatio() -> [Int] {
        // each ratio computed once, not twice per comparison
        let ratio = eligible.map {
            concepts.ofSentence[$0].reduce(0) { $0 + concepts.weight[$1] } / Double(max(context.cluster.sentences[$0].wordCount, 1))
        }
        return eligible.indices.sorted {
            let a = ratio[$0], b = ratio[$1]
            return a.comparisonKey != b.comparisonKey ? a > b : eligible[$0] < eligible[$1]
        }.map { eligible[$0] }
    }
}
