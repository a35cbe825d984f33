import Foundation
import PrecisSupport

extension ConceptCoverageSummarizer {
    /// The concepts as counted, before a focus reweighs them: what learned weights
    /// (``Options/learnedWeights``) and the training table (``conceptTable(_:references:)``) read.
    struct _CountedConcepts {
        /// Per sentence, its distinct concepts (bigrams and unigrams).
        var ofSentence: [[Int]]
        /// Per concept, whether it is a unigram.
        var isUnigram: [Bool]
        /// Per concept, its key (a column below `vocabularySize`, else a bigram number plus it).
        var keyOf: [Int]
        /// The bigram numbering.
        var bigrams: _BigramKeys
        /// The number of vocabulary columns.
        var vocabularySize: Int
        /// Per concept, the weight the document count gives it (0: under the threshold).
        var countWeight: [Double]
    }

    /// Each bigram concept's features (``ConceptFeature``, all of them, in declaration order);
    /// nil for unigrams and for concepts `wanted` refuses.
    /// - Complexity: O(total concepts held + distinct stems).
    func _conceptFeatures(_ context: MethodContext, _ counted: _CountedConcepts,
                          wanted: (Int) -> Bool = { _ in true }) -> [[Double]?] {
        let cluster = context.cluster
        let conceptCount = counted.keyOf.count
        var documents = [Int](repeating: 0, count: conceptCount)
        var leadDocuments = [Int](repeating: 0, count: conceptCount)
        var sentences = [Int](repeating: 0, count: conceptCount)
        var earliest = [Double](repeating: 1, count: conceptCount)
        var relevance = [Double](repeating: 0, count: conceptCount)
        // the last document counted for each concept, and for its lead: a concept is counted
        // once per document without a set of pairs
        var lastDocument = [Int](repeating: -1, count: conceptCount)
        var lastLeadDocument = [Int](repeating: -1, count: conceptCount)
        let focus = cluster.focus
        let top = focus.map { $0.hasTopic ? Double($0.topRelevance) : 0 } ?? 0
        for (d, list) in cluster.documentSentences.enumerated() {
            let last = Double(max(list.count - 1, 1))
            for (place, i) in list.enumerated() where context.isSource(i) {
                let lead = cluster.sentences[i].index < options.leadSentences
                for c in counted.ofSentence[i] where !counted.isUnigram[c] {
                    if lastDocument[c] != d { lastDocument[c] = d; documents[c] += 1 }
                    if lead && lastLeadDocument[c] != d { lastLeadDocument[c] = d; leadDocuments[c] += 1 }
                    earliest[c] = min(earliest[c], Double(place) / last)
                }
            }
        }
        for i in counted.ofSentence.indices where context.isSource(i) {
            let r = top > 0 ? max(Double(focus!.topicRelevance[i]) / top, 0) : 0
            for c in counted.ofSentence[i] where !counted.isUnigram[c] { sentences[c] += 1; relevance[c] += r }
        }
        // each word's stop-word mark, IDF and digit, by the id the bigram keys use: stem ids
        // (surface bigrams, stop words among them) or vocabulary columns (content terms)
        let word: (Int) -> String
        var isStop: [Bool]
        if options.surfaceBigrams {
            isStop = [Bool](repeating: false, count: cluster._stems.count)
            for words in cluster._surface { for code in words { isStop[Int(code >> 1)] = code & 1 == 1 } }
            word = { cluster._stems[$0] }
        } else {
            isStop = [Bool](repeating: false, count: counted.vocabularySize)
            word = { cluster.tfidf.vocabulary[$0] }
        }
        let background = DocumentFrequencies.shipped
        var idf = [Double](repeating: -1, count: isStop.count)
        var digit = [Bool](repeating: false, count: isStop.count)
        func describe(_ id: Int) {
            guard idf[id] < 0 else { return }
            let text = word(id)
            idf[id] = Double(background.idf(of: text))
            digit[id] = text.utf8.contains { $0 &- 0x30 < 10 }  // stems are folded to ASCII digits
        }
        let documentCount = max(Set(context.documentsOf.joined()).count, 1)
        return (0..<conceptCount).map { c -> [Double]? in
            guard !counted.isUnigram[c], wanted(c) else { return nil }
            let pair = counted.bigrams.pairs[counted.keyOf[c] - counted.vocabularySize]
            let first = pair / 4_194_304, second = pair % 4_194_304
            describe(first)
            describe(second)
            let stops = (isStop[first] ? 1 : 0) + (isStop[second] ? 1 : 0)
            let idfSum = (isStop[first] ? 0 : idf[first]) + (isStop[second] ? 0 : idf[second])
            let meanIDF = stops == 2 ? 0 : idfSum / Double(2 - stops)
            let held = Double(max(sentences[c], 1))
            return ConceptFeature.allCases.map { feature -> Double in
                switch feature {
                case .logDocuments: log(1 + Double(documents[c]))
                case .logLeadDocuments: log(1 + Double(leadDocuments[c]))
                case .documentFraction: Double(documents[c]) / Double(documentCount)
                case .earliestPosition: earliest[c]
                case .logSentences: log(1 + Double(sentences[c]))
                case .logCountWeight: log(1 + counted.countWeight[c])
                case .meanIDF: meanIDF
                case .stopWords: Double(stops)
                case .hasDigit: digit[first] || digit[second] ? 1 : 0
                case .topicRelevance: relevance[c] / held
                }
            }
        }
    }

    /// Replaces each kept bigram concept's weight by the model's (``Options/learnedWeights``);
    /// unigrams and concepts under the count threshold keep theirs.
    /// - Complexity: O(total concepts held × features).
    func _learnedWeights(_ model: ConceptWeightModel, _ context: MethodContext, _ counted: _CountedConcepts) -> [Double] {
        // only the kept bigrams are weighed: the rest keep their count (0, or a unigram's)
        let features = _conceptFeatures(context, counted, wanted: { counted.countWeight[$0] > 0 })
        let columns = model.featureKinds.map { ConceptFeature.allCases.firstIndex(of: $0)! }
        var weight = counted.countWeight
        var values = [Double](repeating: 0, count: columns.count)
        for c in weight.indices {
            guard let all = features[c] else { continue }
            for (k, column) in columns.enumerated() { values[k] = all[column] }
            weight[c] = model.weight(values)
        }
        return weight
    }

    /// One bigram concept of a cluster, for training a ``ConceptWeightModel``.
    public struct ConceptRow: Sendable, Hashable {
        /// The bigram's two stems (or terms), space-separated.
        public var bigram: String
        /// Whether the document count keeps it (at or above the threshold).
        public var kept: Bool
        /// How many of the reference summaries hold the bigram, by the same analysis.
        public var references: Int
        /// Every ``ConceptFeature``, in declaration order.
        public var features: [Double]
    }

    /// Every bigram concept of a cluster with its features and the number of reference summaries
    /// holding it, analysed by the cluster's own analyzer and bigram keys (so labels and concepts
    /// agree word for word). In order of first appearance.
    ///
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - references: each reference summary's sentences.
    /// - Returns: one row per bigram concept.
    /// - Complexity: O(total terms + reference words).
    public func conceptTable(_ cluster: ClusterModel, references: [[String]]) -> [ConceptRow] {
        let context = MethodContext(cluster)
        var counted: _CountedConcepts?
        _ = concepts(context, counted: { counted = $0 })
        guard let counted else { return [] }
        let features = _conceptFeatures(context, counted)
        let referencePairs = references.map { sentences -> Set<Int> in
            guard !sentences.isEmpty else { return [] }
            let held = ClusterFocus._earlier(sentences, in: cluster, unknownIDF: { _ in 1 }, keepingPairs: true)
            return options.surfaceBigrams ? held.surfacePairs : held.termPairs
        }
        let v = counted.vocabularySize
        let word: (Int) -> String = options.surfaceBigrams ? { cluster._stems[$0] } : { cluster.tfidf.vocabulary[$0] }
        return counted.keyOf.indices.compactMap { c -> ConceptRow? in
            guard let values = features[c] else { return nil }
            let pair = counted.bigrams.pairs[counted.keyOf[c] - v]
            return ConceptRow(bigram: word(pair / 4_194_304) + " " + word(pair % 4_194_304), kept: counted.countWeight[c] > 0,
                              references: referencePairs.filter { $0.contains(pair) }.count, features: values)
        }
    }
}
