/// A natural language the text rules know: its stemmer, stop words and sentence-splitting rules.
///
/// Every language Debian's libstemmer stems is here, named by its ISO 639-1 code (`"de"`,
/// `"fr"`, `"tr"` …) or its English name (`"german"`). English keeps the original Porter
/// stemmer and the English lists; the others use their Snowball stemmer, a stop-word list from
/// `Models/stopwords-CODE.txt` (Snowball's lists where Snowball has one, see `Models/README.md`)
/// and, where `Models/sentence-rules-CODE.txt` exists, abbreviations and month names for the
/// sentence splitter.
///
/// ```swift
/// let german = Language(code: "de")!
/// german.snowballAlgorithm     // "german"
/// Language(code: "klingon")    // nil
/// ```
public struct Language: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ISO 639-1 code (`"de"`), lowercase.
    public let code: String
    /// The English name, lowercase (`"german"`), as libstemmer names its algorithm.
    public let name: String

    private init(_ code: String, _ name: String) {
        self.code = code
        self.name = name
    }

    /// The language with this ISO 639-1 code or English name (case-insensitive), or `nil` when
    /// it is not one the text rules know.
    /// - Parameter code: `"de"`, `"DE"`, `"german"`, `"de-AT"` (the region is ignored).
    public init?(code: String) {
        let key = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard let found = Self.all.first(where: { $0.code == key || $0.name == key }) else { return nil }
        self = found
    }

    /// English.
    public static let english = Language("en", "english")

    /// Every known language: those libstemmer stems, in order of code.
    public static let all: [Language] = [
        Language("ar", "arabic"), Language("ca", "catalan"), Language("da", "danish"), Language("de", "german"),
        Language("el", "greek"), english, Language("es", "spanish"), Language("eu", "basque"),
        Language("fi", "finnish"), Language("fr", "french"), Language("ga", "irish"), Language("hi", "hindi"),
        Language("hu", "hungarian"), Language("hy", "armenian"), Language("id", "indonesian"),
        Language("it", "italian"), Language("lt", "lithuanian"), Language("ne", "nepali"), Language("nl", "dutch"),
        Language("no", "norwegian"), Language("pt", "portuguese"), Language("ro", "romanian"),
        Language("ru", "russian"), Language("sr", "serbian"), Language("sv", "swedish"), Language("ta", "tamil"),
        Language("tr", "turkish"), Language("yi", "yiddish"),
    ]

    /// The libstemmer algorithm for this language (English's is the original Porter, in Swift).
    public var snowballAlgorithm: String { name }

    /// How an ``Analyzer`` stems this language: original Porter for English, Snowball otherwise.
    public var stemming: Stemming { self == .english ? .porter : .snowball(name) }

    /// Whether case folding follows Turkish rules (`I` → `ı`, `İ` → `i`): Turkish (and
    /// Azerbaijani, which libstemmer does not stem).
    public var hasTurkishCasing: Bool { code == "tr" }

    public var description: String { code }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let language = Language(code: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "unknown language '\(text)'; known: \(Language.all.map(\.code).joined(separator: ", "))"))
        }
        self = language
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
