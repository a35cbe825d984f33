/// A ranked, attributed digest of one cluster: the sentences that carry the story, each with its
/// score, its source document and the other documents that say the same thing.
///
/// The JSON form (``DigestRenderer``, `precis digest --format json`) is versioned by
/// ``schemaVersion``; see the README for the schema.
public struct Digest: Sendable, Hashable, Codable {
    /// Version of the JSON schema this value encodes to.
    public static let currentSchemaVersion = 2

    /// The JSON schema version.
    public var schemaVersion: Int
    /// The story's headline: the document title closest to the cluster's centroid.
    public var title: String?
    /// The documents' names, in input order.
    public var documents: [String]
    /// The budget the digest was made under.
    public var budget: Budget
    /// How ``items`` are ordered.
    public var order: DigestOrder
    /// Total words of the items' text.
    public var wordCount: Int
    /// The digest's sentences.
    public var items: [DigestItem]
    /// Present when whole sentences could not fill the budget: how much they fill and why no
    /// more was taken (absent from the JSON otherwise).
    public var note: String?

    public init(title: String?, documents: [String], budget: Budget, order: DigestOrder, items: [DigestItem], note: String? = nil) {
        schemaVersion = Self.currentSchemaVersion
        self.title = title
        self.documents = documents
        self.budget = budget
        self.order = order
        self.items = items
        self.note = note
        wordCount = items.reduce(0) { $0 + ClusterSentence.countWords($1.text) }
    }
}

/// One sentence of a digest, or of a full ranking (``Digester/ranking(_:)``).
public struct DigestItem: Sendable, Hashable, Codable {
    /// 1-based rank: 1 is the most important sentence.
    public var rank: Int
    /// The sentence, as written in its source (or shortened or fused, ``kind``), with given names
    /// completed on a person's first mention (``names``).
    public var text: String
    /// The sentence's score (higher is better), rounded to 6 decimals.
    public var score: Double
    /// The source document's name.
    public var document: String
    /// 0-based index of the sentence among its document's body sentences.
    public var sentenceIndex: Int
    /// Names of the other documents that say the same thing, in input order.
    public var supportingDocuments: [String]
    /// In a full ranking, the sentence's ``SentenceScore/relevance`` (cosine to the centroid for
    /// centroid relevance with support, else the method's score before a topic's prior), rounded
    /// to 6 decimals; nil in a digest.
    public var relevance: Double?
    /// Whether the text is a source sentence as written, a shortened one or a fusion of several
    /// (schema version 2).
    public var kind: DigestItemKind
    /// Every source sentence the text was made from, the first being ``document`` and
    /// ``sentenceIndex`` (schema version 2).
    public var sources: [SentenceSource]
    /// The full names given to bare surnames on their first mention in the digest, each with the
    /// earlier sentence of the same article that wrote it (``NameCompletion``); `nil` (absent
    /// from the JSON) when none was.
    public var names: [NameSource]?

    /// Creates an item.
    /// - Parameters:
    ///   - rank: 1-based rank (1: the most important sentence).
    ///   - text: the sentence as the digest shows it.
    ///   - score: the sentence's score (higher is better), stored as given.
    ///   - document: the source document's name.
    ///   - sentenceIndex: 0-based index of the sentence among that document's body sentences.
    ///   - supportingDocuments: the other documents that say the same thing, in input order.
    ///   - relevance: in a full ranking, its ``SentenceScore/relevance``; `nil` (default) in a digest.
    ///   - kind: how the text was made (default: extracted).
    ///   - sources: the sentences it was made from; `nil` (default): the one at `document` and
    ///     `sentenceIndex`.
    ///   - names: the full names completed in `text` (default none).
    public init(rank: Int, text: String, score: Double, document: String, sentenceIndex: Int, supportingDocuments: [String],
                relevance: Double? = nil, kind: DigestItemKind = .extracted, sources: [SentenceSource]? = nil,
                names: [NameSource]? = nil) {
        self.relevance = relevance
        self.rank = rank
        self.text = text
        self.score = score
        self.document = document
        self.sentenceIndex = sentenceIndex
        self.supportingDocuments = supportingDocuments
        self.kind = kind
        self.sources = sources ?? [SentenceSource(document: document, sentenceIndex: sentenceIndex)]
        self.names = names
    }
}

/// The order of a digest's items.
public enum DigestOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// Best first.
    case rank
    /// As in the sources: by document, then by position (reads like an article).
    case source
}
