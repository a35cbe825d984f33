import Foundation
import PrecisSupport

/// What a reader brings to a day's brief: a topic to follow, and what was read before
/// (yesterday's articles, or yesterday's stories as ``Brief/previousArticles()`` gives them).
///
/// With a topic, stories are ranked by their relevance to it (ties by importance) and each
/// digest favours what answers it. With earlier articles, each story shown is marked
/// ``StoryStatus/new`` or ``StoryStatus/continuing`` (some article of it has cosine at or
/// above the grouping threshold with an earlier article), and a continuing story's digest says
/// only what is new (``Digester/digest(_:focus:)`` with the earlier articles it matches).
///
/// ```swift
/// let brief = try Briefer().brief(today, focus: BriefFocus(topic: "earthquake relief", earlier: yesterday))
/// ```
public struct BriefFocus: Sendable, Hashable {
    /// What the reader follows, or `nil`.
    public var topic: String?
    /// What was read before (empty: none).
    public var earlier: [Article]

    /// A focus.
    /// - Parameters:
    ///   - topic: what the reader follows, or `nil`.
    ///   - earlier: what was read before.
    public init(topic: String? = nil, earlier: [Article] = []) {
        self.topic = topic
        self.earlier = earlier
    }
}

/// Whether a story was in what the reader saw before.
public enum StoryStatus: String, Sendable, Hashable, Codable {
    /// No earlier article matches it.
    case new
    /// Some earlier article matches one of its articles.
    case continuing
}

extension Brief {
    /// The brief's stories as articles, for a later brief's ``BriefFocus/earlier``: one per
    /// story, its id `story-<rank>`, its text the headline, the article titles and the digest's
    /// items (what a reader of the brief read).
    public func previousArticles() -> [Article] {
        stories.map { story in
            var lines = [story.headline] + story.articles.map(\.title)
            lines += story.digest?.items.map(\.text) ?? []
            let text = lines.map { $0.hasSuffix(".") || $0.hasSuffix("?") || $0.hasSuffix("!") ? $0 : $0 + "." }
                .joined(separator: "\n\n")
            return Article(id: "story-\(story.rank)", title: story.headline, text: text)
        }
    }
}

extension Briefer {
    /// At most this many earlier articles are given to a continuing story's digest, the most
    /// similar first.
    static let earlierPerStory = 20

    /// Orders stories by topic relevance, most relevant first; ties (to 1e-4) keep `order`
    /// (importance). A story's relevance is the mean, over its (at most `digestArticles` most
    /// central) articles, of the article's TF-IDF cosine to the topic (background IDF).
    /// - Returns: the new order and each candidate's relevance (by candidate index).
    /// - Complexity: O(total text of the stories ranked).
    func topicOrder(_ order: [Int], members: [[Int]], articles: [Article], topic: String) -> (order: [Int], relevance: [Int: Double]) {
        let model = TfidfVectorizer(analyzer: .english, idfSource: .background(.shipped)).fit([topic])
        let unknownIDF = ClusterFocus.unknownIDF(model, source: .background(.shipped))
        let topicVector = ClusterFocus.sparseVector(model.analyzer.terms(topic), in: model, unknownIDF: unknownIDF)
        var weight = [Float](repeating: 0, count: model.vocabulary.count)
        for (c, w) in topicVector { weight[c] = w }
        var relevance = [Double](repeating: 0, count: order.count)
        relevance.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            parallelFor(order.count) { k in
                let list = members[order[k]].prefix(options.digestArticles)
                var sum = 0.0
                for i in list {
                    let text = (articles[i].title.map { $0 + "\n" } ?? "") + articles[i].text
                    let vector = ClusterFocus.sparseVector(model.analyzer.terms(text), in: model, unknownIDF: unknownIDF)
                    sum += Double(vector.reduce(Float(0)) { $0 + $1.weight * weight[$1.column] })
                }
                base[k] = list.isEmpty ? 0 : sum / Double(list.count)
            }
        }
        let q = relevance.map { ($0 * 1e4).rounded() }
        let sorted = order.indices.sorted { q[$0] != q[$1] ? q[$0] > q[$1] : $0 < $1 }
        var byCandidate: [Int: Double] = [:]
        for k in order.indices { byCandidate[order[k]] = relevance[k] }
        return (sorted.map { order[$0] }, byCandidate)
    }

    /// For each story shown, the earlier articles it continues, most similar first (at most
    /// ``earlierPerStory``): those whose TF-IDF cosine (background IDF, over the stories'
    /// vocabulary, unit length counting every term) with one of the story's `chosen` articles
    /// reaches the grouping threshold.
    /// - Complexity: O(E × (earlier text + K × t)) for E earlier articles, K chosen articles and
    ///   t terms per earlier article; the earlier articles are analysed on all cores.
    func continuations(chosen: [[Int]], articles: [Article], earlier: [Article]) -> [[(article: Int, similarity: Float)]] {
        let all = chosen.flatMap { $0 }
        guard !all.isEmpty, !earlier.isEmpty else { return chosen.map { _ in [] } }
        let texts = all.map { (articles[$0].title.map { $0 + "\n" } ?? "") + articles[$0].text }
        let model = TfidfVectorizer(analyzer: .english, idfSource: .background(.shipped)).fit(texts)
        let rows = model.transform(texts)  // K × V, unit rows
        let unknownIDF = ClusterFocus.unknownIDF(model, source: .background(.shipped))
        let storyOf = chosen.enumerated().flatMap { k, list in list.map { _ in k } }
        // the chosen rows by column (their non-zeros), so an earlier article meets only the rows
        // sharing one of its terms
        var entries: [(row: Int, column: Int, value: Float)] = []
        for r in 0..<rows.rows {
            for c in 0..<rows.columns where rows.values[r * rows.columns + c] != 0 {
                entries.append((r, c, rows.values[r * rows.columns + c]))
            }
        }
        let byColumn = _TextCosines(columns: rows.columns, entries: entries)
        let threshold = options.grouping.threshold
        var best = [[Float]](repeating: [], count: earlier.count)
        best.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            // one chunk of earlier articles per task: the analysis numbers stems within a chunk,
            // and each stem's column and IDF are looked up once per chunk
            let chunk = 256
            parallelFor((earlier.count + chunk - 1) / chunk) { c in
                let range = (c * chunk)..<min(earlier.count, (c + 1) * chunk)
                let analysis = model.analyzer._analyze(
                    range.map { (earlier[$0].title.map { $0 + "\n" } ?? "") + earlier[$0].text }, surface: false)
                let column = analysis.stems.map { model.index[$0] ?? -1 }
                let idf = analysis.stems.indices.map { column[$0] >= 0 ? model.idf[column[$0]] : unknownIDF(analysis.stems[$0]) }
                var dot = [Float](repeating: 0, count: all.count)
                var touched: [Int] = []
                for (n, e) in range.enumerated() {
                    // term counts in stem-id order (deterministic sums)
                    let scale = byColumn.accumulate(sortedTermIDs: analysis.termIDs[n].sorted(), column: column, idf: idf,
                                                    sublinearTF: model.sublinearTF, into: &dot, touched: &touched)
                    var perStory = [Float](repeating: 0, count: chosen.count)
                    if scale > 0 {
                        for r in touched where dot[r] * scale > perStory[storyOf[r]] { perStory[storyOf[r]] = dot[r] * scale }
                    }
                    for r in touched { dot[r] = 0 }
                    touched.removeAll(keepingCapacity: true)
                    base[e] = perStory
                }
            }
        }
        return chosen.indices.map { k in
            let matched = earlier.indices.compactMap { e -> (article: Int, similarity: Float)? in
                let s = (best[e][k] * 1e6).rounded() / 1e6
                return s >= threshold ? (e, s) : nil
            }
            return Array(matched.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.article < $1.article }
                .prefix(Self.earlierPerStory))
        }
    }
}
