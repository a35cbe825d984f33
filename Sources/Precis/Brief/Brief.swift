import PrecisSupport
/// A day's brief: the stories found among the articles, most important first, each digested.
///
/// The JSON form (`precis brief --format json`, ``BriefRenderer``) is versioned by
/// ``schemaVersion``: an object with `stories`, most important first; each story has
/// `headline`, `documents` (article ids: paths relative to the folder read, or JSON Lines ids),
/// `sources` (how many distinct sources) and `digest` (a ``Digest``, shaped as in
/// `precis digest --format json`).
public struct Brief: Sendable, Hashable, Codable {
    /// Version of the JSON schema.
    public static let currentSchemaVersion = 1

    /// The JSON schema version.
    public var schemaVersion: Int = Brief.currentSchemaVersion
    /// Articles read.
    public var articleCount: Int
    /// Stories found (all sizes), of which ``stories`` shows the first ones.
    public var storyCount: Int
    /// The newest publication time among the articles, as given, when any was given.
    public var latest: String?
    /// The stories shown, most important first.
    public var stories: [Story]
    /// Stories shown without a digest, and why (one line each); absent when every story has one.
    public var warnings: [String]?

    public init(articleCount: Int, storyCount: Int, latest: String?, stories: [Story], warnings: [String]? = nil) {
        self.articleCount = articleCount
        self.storyCount = storyCount
        self.latest = latest
        self.stories = stories
        self.warnings = warnings
    }
}

/// One story of a brief: a group of articles about the same event, with its digest.
public struct Story: Sendable, Hashable, Codable {
    /// 1-based rank: 1 is the most important story.
    public var rank: Int
    /// The headline: the digest's title (the article title closest to the story's centroid),
    /// else its first sentence.
    public var headline: String
    /// The articles' ids, in input order.
    public var documents: [String]
    /// Number of distinct sources among the articles (articles with no source are not counted).
    public var sources: Int
    /// The distinct sources, sorted.
    public var sourceNames: [String]
    /// The newest publication time among the story's articles, as given, when known.
    public var latest: String?
    /// The ranking score (higher first), rounded to 6 decimals; see ``StoryRanker``.
    public var score: Double
    /// Average cosine of the story's article pairs, rounded to 6 decimals (1 for one article).
    public var cohesion: Double
    /// The story's digest, made from its most central articles; `nil` when digests were not asked for.
    public var digest: Digest?

    public init(rank: Int, headline: String, documents: [String], sources: Int, sourceNames: [String],
                latest: String?, score: Double, cohesion: Double, digest: Digest?) {
        self.rank = rank
        self.headline = headline
        self.documents = documents
        self.sources = sources
        self.sourceNames = sourceNames
        self.latest = latest
        self.score = score
        self.cohesion = cohesion
        self.digest = digest
    }
}
