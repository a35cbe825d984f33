import PrecisSupport
/// A day's brief: the stories found among the articles, most important first, each digested.
///
/// The JSON form (`precis brief --format json`, ``BriefRenderer``) is versioned by
/// ``schemaVersion``: an object with `stories`, most important first; each story has
/// `headline`, `articles` (each with its `id`, `title`, and `source`, `url`, `published` when
/// known), `sources` (the distinct source names) beside `sourceCount`, `importance` (the
/// ranking's inputs and score) and `digest` (a ``Digest``, shaped as in
/// `precis digest --format json`). Version 2 replaced version 1's `documents` (bare ids),
/// `sources` (a count), `sourceNames` and `score`.
public struct Brief: Sendable, Hashable, Codable {
    /// Version of the JSON schema.
    public static let currentSchemaVersion = 2

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

    init(articleCount: Int, storyCount: Int, latest: String?, stories: [Story], warnings: [String]? = nil) {
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
    /// The headline, at most about 15 words (`Briefer.headline(central:articles:digest:)`):
    /// the most central article's title, else the most central lead sentence that fits whole
    /// (English leads shortened by the compressor when that makes them fit) and is not a
    /// digest item, else the shortest such lead cut short.
    public var headline: String
    /// The articles, in input order.
    public var articles: [StoryArticle]
    /// Number of distinct sources among the articles (articles with no source are not counted).
    public var sourceCount: Int
    /// The distinct sources, sorted.
    public var sources: [String]
    /// The newest publication time among the story's articles, as given, when known.
    public var latest: String?
    /// What the ranking weighed, and its score (`StoryRanker`).
    public var importance: StoryImportance
    /// Average cosine of the story's article pairs, rounded to 6 decimals (1 for one article).
    public var cohesion: Double
    /// The story's digest, made from its most central articles; `nil` when digests were not asked for.
    public var digest: Digest?
    /// With earlier articles (``BriefFocus/earlier``): whether the story is new or continues
    /// one read before; absent otherwise.
    public var status: StoryStatus? = nil
    /// The ids of the earlier articles (or stories) a continuing story matches, most similar
    /// first (at most 20); absent otherwise.
    public var continues: [String]? = nil
    /// With a topic (``BriefFocus/topic``): the story's relevance to it (mean TF-IDF cosine of its
    /// articles to the topic, rounded to 6 decimals), which ranks the stories; absent otherwise.
    public var topicRelevance: Double? = nil

    init(rank: Int, headline: String, articles: [StoryArticle], sources: [String],
                latest: String?, importance: StoryImportance, cohesion: Double, digest: Digest?) {
        self.rank = rank
        self.headline = headline
        self.articles = articles
        self.sourceCount = sources.count
        self.sources = sources
        self.latest = latest
        self.importance = importance
        self.cohesion = cohesion
        self.digest = digest
    }
}

/// An article as a story lists it: enough to name it and link to it.
public struct StoryArticle: Sendable, Hashable, Codable {
    /// The article's id (its path relative to the folder read, or its JSON Lines id).
    public var id: String
    /// Its title, or when it has none its first words (`Article.displayTitle`).
    public var title: String
    public var source: String?
    /// Its address, as given (renderers link only plain http(s) addresses).
    public var url: String?
    public var published: String?

    init(id: String, title: String, source: String? = nil, url: String? = nil, published: String? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.url = url
        self.published = published
    }
}

/// The inputs of a story's rank and the score they give (`StoryRanker`).
public struct StoryImportance: Sendable, Hashable, Codable {
    /// Distinct sources.
    public var sources: Int
    /// Articles.
    public var articles: Int
    /// Burst: the most of the story's articles published within any 24 hours.
    public var peakDay: Int
    /// Where the story's newest article falls between the day's oldest (0) and newest (1); 0
    /// when no article has a time.
    public var recency: Double
    /// The score, rounded to 6 decimals: higher ranks first.
    public var score: Double

    init(sources: Int, articles: Int, peakDay: Int, recency: Double, score: Double) {
        self.sources = sources
        self.articles = articles
        self.peakDay = peakDay
        self.recency = recency
        self.score = score
    }
}
