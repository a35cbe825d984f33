extension StopWords {
    /// The shipped list of a language (`Models/stopwords-CODE.txt`; see `Models/README.md` for
    /// each list's source), or an empty list for a language that has none.
    /// - Parameter language: the language.
    /// - Returns: the list; English's is ``english``.
    public static func forLanguage(_ language: Language) -> StopWords {
        language == .english ? .english : _shipped[language] ?? .none
    }

    /// Whether a list ships for `language`.
    public static func hasList(for language: Language) -> Bool {
        language == .english || _shipped[language] != nil
    }

    /// Every shipped non-English list, read once.
    private static let _shipped: [Language: StopWords] = {
        var lists: [Language: StopWords] = [:]
        for language in Language.all where language != .english {
            // Serbian, Tamil and Yiddish have no list
            let name = "stopwords-\(language.code).txt"
            guard ModelFiles.names.contains(name) else { continue }
            let text = ModelFiles.required(name)
            lists[language] = StopWords(ModelFiles.lines(of: text).map { WordTokenizer.lowercased($0, in: language) }, lowercasing: false)
        }
        return lists
    }()

    /// Creates a list from words already lowercase by their language's rules.
    init<S: Sequence>(_ words: S, lowercasing: Bool) where S.Element == String {
        if lowercasing { self.init(words) } else { self.init(exactly: Set(words)) }
    }
}
