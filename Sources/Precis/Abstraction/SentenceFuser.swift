import PrecisSupport

/// Fuses restatements of one fact (sentences from different articles saying the same thing) into
/// one shorter sentence, by a word graph: Filippova (2010), "Multi-sentence compression: finding
/// shortest paths in word graphs", with Boudin & Morin (2013)'s keyphrase reranking (as the
/// MIT-licensed `takahe` describes them), without a part-of-speech tagger: closed-class words
/// (``WordClasses``) play the stop words' part.
///
/// Every fused sentence returned passes ``FaithfulnessGuard/violations(fused:sources:classes:)``:
/// each word trigram occurs in one source, numbers and names come from the sources, quotes and
/// brackets balance, and negations, modals and hedges are those of every source.
///
/// ```swift
/// SentenceFuser().fuse([
///     "Zelensky will travel to Ankara on Wednesday to meet Erdogan, his office said.",
///     "Zelensky will travel to Ankara to meet Erdogan, Ukraine's president said on Tuesday.",
/// ])?.text
/// ```
public struct SentenceFuser: Sendable {
    /// Fewest words of a fused sentence.
    public var minimumWords = 8
    /// Paths tried, cheapest first, before the search stops.
    public var maximumPaths = 200
    /// The word lists.
    public let classes: WordClasses

    public init(classes: WordClasses = .english) { self.classes = classes }

    /// Words a fused sentence's opening shares with one source.
    static let opening = 4

    /// A fused sentence.
    public struct Fusion: Sendable, Hashable {
        /// The text.
        public let text: String
        /// Its whitespace-separated words.
        public let wordCount: Int
        /// The indices of the sources whose words it uses.
        public let sources: [Int]
        /// Boudin & Morin's score (lower is better).
        public let score: Double
    }

    /// The best fused sentence of `sentences`: shorter than the shortest of them, different from
    /// each, passing the guard; nil when no path qualifies.
    /// - Parameter sentences: two or more restatements of one fact.
    /// - Returns: the fusion, or nil.
    /// - Complexity: O(*p* · *n* log *p*) for *n* graph nodes and *p* ≤ ``maximumPaths`` paths.
    public func fuse(_ sentences: [String]) -> Fusion? {
        candidates(sentences).first
    }

    /// Every qualifying fused sentence, best first.
    /// - Parameter sentences: two or more restatements of one fact.
    /// - Returns: the fusions, best (lowest score) first; ties by text.
    /// - Complexity: as ``fuse(_:)``.
    public func candidates(_ sentences: [String]) -> [Fusion] {
        candidates(sentences, tokenized: sentences.map(CompressionToken.tokenize))
    }

    /// ``fuse(_:)`` of sentences already tokenized.
    /// - Parameters:
    ///   - sentences: two or more restatements of one fact.
    ///   - tokenized: each one's ``CompressionToken/tokenize(_:)``.
    func fuse(_ sentences: [String], tokenized: [[CompressionToken]]) -> Fusion? {
        candidates(sentences, tokenized: tokenized).first
    }

    /// ``candidates(_:)`` of sentences already tokenized.
    func candidates(_ sentences: [String], tokenized: [[CompressionToken]]) -> [Fusion] {
        precondition(tokenized.count == sentences.count, "one token list per sentence")
        guard sentences.count >= 2 else { return [] }
        let graph = WordGraph(tokenized, classes: classes)
        let shortest = sentences.map(CompressionToken.wordCount).min()!
        // made for the first path that needs them: most groups have none
        var checks: SourceChecks?
        var keywords: [String: Double]?
        var seen = Set<String>()
        var result: [Fusion] = []
        for path in graph.cheapestPaths(limit: maximumPaths) {
            // most paths are too long or too short: counted from the graph, their text is not built
            let counted = graph.wordCount(of: path)
            if let counted, counted < minimumWords || counted >= shortest { continue }
            // a path whose own keys are its text's and fail the checks on keys is dropped before
            // its text is built: any later path of the same text fails them too, so its text
            // need not be remembered (`seen`)
            if counted != nil, let known = checks, known.failsKeyChecks(path) { continue }
            let text = graph.text(of: path)
            let words = counted ?? CompressionToken.wordCount(text)
            guard words >= minimumWords, words < shortest, seen.insert(text).inserted,
                  graph.hasVerb(path), !graph.hasCapitalizedOpenerInside(path) else { continue }
            if checks == nil { checks = SourceChecks(tokenized, graph: graph, classes: classes) }
            guard checks!.accept(text, path: path) else { continue }
            if keywords == nil { keywords = graph.keywordScores() }
            // Boudin & Morin: path weight / (length × (1 + keyword weight covered))
            let covered = Set(path.map { graph.nodes[$0].key }).sorted().reduce(0.0) { $0 + (keywords![$1] ?? 0) }
            let score = (graph.weight(of: path) / (Double(words) * (1 + covered))).comparisonKey / 1e9
            let sources = Set(path.flatMap { graph.nodes[$0].sentences }).sorted()
            result.append(Fusion(text: text, wordCount: words, sources: sources, score: score))
        }
        return result.sorted { ($0.score, $0.text) < ($1.score, $1.text) }
    }
}
