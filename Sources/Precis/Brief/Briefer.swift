import Foundation
import PrecisSupport

/// Makes a day's brief: groups articles into stories (``StoryGrouper``), ranks the stories
/// (`StoryRanker`), and digests the ones shown with ``Digester``.
///
/// ```swift
/// let articles = try ArticleReader().read(path: "day/").articles
/// let brief = try Briefer(options: .init(stories: 10, words: 80)).brief(articles)
/// print(BriefRenderer.render(brief, as: .markdown))
/// ```
public struct Briefer: Sendable {
    /// Settings of a brief. `Codable`; every field optional in JSON.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// How many stories to show (the most important ones).
        public var stories: Int = 10
        /// Words per story digest.
        public var words: Int = 80
        /// Stories with fewer articles are not shown.
        public var minimumStorySize: Int = 2
        /// A story's digest is made from at most this many of its articles, the closest to its centroid.
        public var digestArticles: Int = 20
        /// Make digests (off: grouping and ranking only, for scoring or speed).
        public var digests: Bool = true
        /// The grouping.
        public var grouping: StoryGrouper.Options = .init()

        /// The defaults.
        public init() {}

        /// The defaults, with the settings given changed.
        public init(stories: Int? = nil, words: Int? = nil, minimumStorySize: Int? = nil) {
            if let stories { self.stories = stories }
            if let words { self.words = words }
            if let minimumStorySize { self.minimumStorySize = minimumStorySize }
        }

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("stories", \.stories),
                .init("words", \.words),
                .init("minimumStorySize", \.minimumStorySize),
                .init("digestArticles", \.digestArticles),
                .init("digests", \.digests),
                .init("grouping", \.grouping),
            ]
        }

        /// Loads a settings file (JSON; every field optional, e.g. `{"grouping": {"threshold": 0.1}}`).
        ///
        /// - Parameter path: the file.
        /// - Throws: ``PrecisError`` when the file cannot be read or is not valid settings JSON;
        ///   the message names the offending field.
        public init(contentsOf path: String) throws {
            self = try decodeSettingsFile(Self.self, from: path)
        }

        /// Checks the settings.
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            guard stories >= 1 else { throw PrecisError.invalidArgument("stories must be at least 1, got \(stories)") }
            guard words >= 1 else { throw PrecisError.invalidArgument("words must be at least 1, got \(words)") }
            guard minimumStorySize >= 1 else { throw PrecisError.invalidArgument("minimumStorySize must be at least 1, got \(minimumStorySize)") }
            guard digestArticles >= 1 else { throw PrecisError.invalidArgument("digestArticles must be at least 1") }
            try grouping.validate()
        }
    }

    /// The settings.
    public let options: Options

    /// - Throws: ``PrecisError`` when the settings are not usable.
    public init(options: Options = Options()) throws {
        try options.validate()
        self.options = options
    }

    /// Makes the brief.
    /// - Parameters:
    ///   - articles: the day's articles (ids unique).
    ///   - progress: called with a stage name and the fraction done.
    /// - Returns: the brief, stories most important first.
    /// - Throws: ``PrecisError`` when there are no articles.
    /// - Complexity: that of ``StoryGrouper/group(_:progress:)``, plus one digest per story shown.
    public func brief(_ articles: [Article], progress: (@Sendable (String, Double) -> Void)? = nil) throws -> Brief {
        try brief(articles, focus: BriefFocus(), progress: progress)
    }

    /// Makes the brief for a reader with a focus (``BriefFocus``): stories ranked by the topic,
    /// and marked new or continuing against the earlier articles, a continuing story's digest
    /// saying only what is new.
    /// - Parameters:
    ///   - articles: the day's articles (ids unique).
    ///   - focus: the topic and the earlier articles.
    ///   - progress: called with a stage name and the fraction done.
    /// - Returns: the brief, stories most relevant (with a topic) or most important first.
    /// - Throws: ``PrecisError`` when there are no articles.
    /// - Complexity: that of ``brief(_:progress:)``, plus the analysis of the earlier articles
    ///   (`continuations(chosen:articles:earlier:)`) and, with a topic, of the stories' articles.
    public func brief(_ articles: [Article], focus: BriefFocus,
                      progress: (@Sendable (String, Double) -> Void)? = nil) throws -> Brief {
        guard !articles.isEmpty else { throw PrecisError.invalidInput("no articles") }
        let vectors = DocumentVectors(texts: articles.map { ($0.title, $0.text) }, options: options.grouping.vectors, progress: progress)
        let times = articles.map(\.publishedTime)
        let grouping = StoryGrouper(options: options.grouping).group(vectors, times: times, progress: progress)
        let known = times.compactMap { $0 }
        let oldestTime = known.min(), newestTime = known.max()
        let candidates = grouping.stories.map { members -> StoryRanker.Candidate in
            let sources = Set(members.compactMap { articles[$0].source })
            let dated = members.compactMap { times[$0] }
            return StoryRanker.Candidate(members: members, sources: sources.count,
                                         newest: dated.max(), peakDay: StoryRanker.peakDay(dated))
        }
        let ranker = StoryRanker()
        let scores = ranker.scores(candidates, oldest: oldestTime, newest: newestTime)
        var order = ranker.order(candidates, oldest: oldestTime, newest: newestTime)
            .filter { candidates[$0].members.count >= options.minimumStorySize }
        let topic = focus.topic.flatMap(DigestFocus.topic(from:))
        var relevance: [Int: Double] = [:]
        if let topic { (order, relevance) = topicOrder(order, members: candidates.map(\.members), articles: articles, topic: topic) }
        let shown = Array(order.prefix(options.stories))
        progress?("digests", 0)
        var digests = [Digest?](repeating: nil, count: shown.count)
        var failures = [PrecisError?](repeating: nil, count: shown.count)
        var continued = [[(article: Int, similarity: Float)]](repeating: [], count: shown.count)
        if !focus.earlier.isEmpty {
            let chosen = shown.map { c in
                let members = candidates[c].members
                return members.count > options.digestArticles ? Array(vectors.central(members).prefix(options.digestArticles)).sorted() : members
            }
            continued = continuations(chosen: chosen, articles: articles, earlier: focus.earlier)
        }
        if options.digests {
            let digester = try Digester(options: DigestOptions(budget: .words(options.words)))
            let limit = options.digestArticles
            // Each story's articles first (on all cores), then the digests, longest text first:
            // they are handed out to the cores in that order, so a long one does not start last
            // and keep one core busy alone (the order changes nothing in a digest).
            var chosen = [[Int]](repeating: [], count: shown.count)
            chosen.withUnsafeMutableBufferPointer { out in
                let base = out.baseAddress!
                parallelFor(shown.count) { k in
                    let members = candidates[shown[k]].members
                    base[k] = members.count > limit ? Array(vectors.central(members).prefix(limit)).sorted() : members
                }
            }
            let length = chosen.map { $0.reduce(0) { $0 + articles[$1].text.utf8.count } }
            let longestFirst = shown.indices.sorted { length[$0] != length[$1] ? length[$0] > length[$1] : $0 < $1 }
            digests.withUnsafeMutableBufferPointer { out in
                failures.withUnsafeMutableBufferPointer { failed in
                    let base = out.baseAddress!, failedBase = failed.baseAddress!
                    parallelFor(shown.count) { order in
                        let k = longestFirst[order]
                        do {
                            let documents = chosen[k].map { articles[$0].document() }
                            base[k] = topic == nil && continued[k].isEmpty ? try digester.digest(documents)
                                : try digester.digest(documents, focus: DigestFocus(
                                    topic: topic, earlier: continued[k].map { focus.earlier[$0.article].document() }))
                        } catch {
                            // the story is still shown, with its articles; the brief says why it has no digest
                            failedBase[k] = error as? PrecisError ?? PrecisError.invalidInput("\(error)")
                        }
                    }
                }
            }
        }
        progress?("digests", 1)
        var stories = shown.enumerated().map { k, c -> Story in
            let candidate = candidates[c]
            let members = candidate.members
            let digest = digests[k]
            let newest = members.filter { times[$0] != nil }.max { times[$0]! < times[$1]! }
            let central = members.count > 1 ? vectors.central(members) : members
            let importance = StoryImportance(
                sources: candidate.sources, articles: members.count, peakDay: candidate.peakDay,
                recency: StoryRanker.recency(candidate, oldest: oldestTime, newest: newestTime).roundedForOutput,
                score: scores[c].roundedForOutput)
            return Story(
                rank: k + 1, headline: Self.headline(central: central, articles: articles, digest: digest),
                articles: members.map { i in
                    let a = articles[i]
                    return StoryArticle(id: a.id, title: a.displayTitle, source: a.source, url: a.url, published: a.published)
                },
                sources: Set(members.compactMap { articles[$0].source }).sorted(),
                latest: newest.flatMap { articles[$0].published },
                importance: importance,
                cohesion: grouping.cohesion[c].roundedForOutput, digest: digest)
        }
        for k in stories.indices {
            if topic != nil { stories[k].topicRelevance = relevance[shown[k]]?.roundedForOutput }
            if !focus.earlier.isEmpty {
                stories[k].status = continued[k].isEmpty ? .new : .continuing
                if !continued[k].isEmpty { stories[k].continues = continued[k].map { focus.earlier[$0.article].id } }
            }
        }
        let newestArticle = articles.indices.filter { times[$0] != nil }.max { times[$0]! < times[$1]! }
        let warnings = stories.indices.compactMap { k in
            failures[k].map { "story \(k + 1) (\(stories[k].articles.count) articles): no digest: \($0.description)" }
        }
        return Brief(articleCount: articles.count, storyCount: grouping.stories.count,
                     latest: newestArticle.flatMap { articles[$0].published }, stories: stories,
                     warnings: warnings.isEmpty ? nil : warnings)
    }
}

extension DocumentVectors {
    /// Members ordered by cosine to their centroid, most central first (ties by index).
    /// - Complexity: O(members × (d + row terms)).
    func central(_ members: [Int]) -> [Int] {
        let d = denseCount
        var dense = [Float](repeating: 0, count: d)
        var sparse: [Int32: Float] = [:]
        for i in members {
            for c in 0..<d { dense[c] += self.dense[i * d + c] }
            for k in rowStart[i]..<rowStart[i + 1] { sparse[rowTerms[k], default: 0] += rowWeights[k] }
        }
        let score = members.map { i -> Float in
            var s: Float = 0
            for c in 0..<d { s += self.dense[i * d + c] * dense[c] }
            for k in rowStart[i]..<rowStart[i + 1] { s += rowWeights[k] * (sparse[rowTerms[k]] ?? 0) }
            return (s * 1e4).rounded()
        }
        return members.indices.sorted { score[$0] != score[$1] ? score[$0] > score[$1] : members[$0] < members[$1] }
            .map { members[$0] }
    }
}
