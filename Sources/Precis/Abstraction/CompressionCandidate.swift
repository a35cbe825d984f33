/// What a compression deleted: a rule's name for each span.
public enum CompressionRule: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// `WASHINGTON (AP) --` opening a sentence.
    case dateline
    /// `… said Monday` → `… said`: the day a statement was made.
    case attributionTime
    /// `However,` `But` `Well,` `Of course,` opening a sentence.
    case leadingDiscourse
    /// `On Tuesday,` `Earlier this week,` opening a sentence about the past.
    case leadingAdverbial
    /// `In a preview of the race,` `As the fighting spread,` opening a sentence (never `If …,`).
    case leadingClause
    /// `that` after a speech verb: `said that the talks` → `said the talks`.
    case complementizer
    /// `(…)` `[…]` of at most twelve words.
    case parenthetical
    /// `really`, `very`, `of course`, `in fact` inside a sentence.
    case filler
    /// An adverb in -ly (`obviously`, `totally`), never one that limits a claim (`partly`).
    case adverb
    /// `, 45,` after a name; `45-year-old`.
    case age
    /// `on Monday`, `this morning`, `yesterday` in a sentence about the past.
    case timeExpression
    /// `, a spokesman for the ministry,` after a name.
    case appositive
    /// `, which …,` `, who …,` (non-restrictive).
    case relativeClause
    /// `Ukrainian President Volodymyr Zelensky` → `Volodymyr Zelensky`.
    case title
    /// `-- … --` and `— … —` asides.
    case dashAside

    /// Light rules delete what a reader never misses; full rules also delete detail.
    public var isLight: Bool {
        switch self {
        case .dateline, .attributionTime, .leadingDiscourse, .leadingAdverbial, .complementizer, .parenthetical, .filler, .adverb, .age: true
        default: false
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A compressed sentence: its source with token spans deleted.
public struct CompressionCandidate: Sendable, Hashable {
    /// The compressed text (the first letter re-capitalized when the start was deleted).
    public let text: String
    /// Its whitespace-separated words (what a word budget counts).
    public let wordCount: Int
    /// The deleted spans, as ranges of token indices into `CompressionToken.tokenize(_:)` of
    /// the source, in order and disjoint (punctuation left dangling by a cut included).
    public let deletedTokens: [Range<Int>]
    /// The rules whose spans were deleted, each once, in ``CompressionRule`` order.
    public let rules: [CompressionRule]
}
