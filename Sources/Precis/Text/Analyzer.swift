/// Turns text into the terms vectors are built from: tokenize, drop stop words, stem.
///
/// ```swift
/// let analyzer = Analyzer.english
/// analyzer.terms("The talks were scheduled in Istanbul")   // ["talk", "schedul", "istanbul"]
/// ```
///
/// An analyzer is immutable and `Sendable`; one value can serve any number of threads.
public struct Analyzer: Sendable {
    /// What an analyzer does, as a value that can be saved with a model and compared.
    public struct Configuration: Sendable, Hashable, Codable {
        /// Remove the shipped English stop words.
        public var removeStopWords: Bool
        /// How words are stemmed.
        public var stemming: Stemming
        /// Words shorter than this (in characters) are dropped; ideographs always count as words.
        public var minimumWordLength: Int

        public init(removeStopWords: Bool = true, stemming: Stemming = .porter, minimumWordLength: Int = 2) {
            self.removeStopWords = removeStopWords
            self.stemming = stemming
            self.minimumWordLength = minimumWordLength
        }

        /// English: stop words removed, original Porter stems, words of two or more letters.
        public static let english = Configuration()

        /// A short, stable description saved in model files to check compatibility.
        public var signature: String {
            let stem: String
            switch stemming {
            case .none: stem = "none"
            case .porter: stem = "porter"
            case .snowball(let name): stem = "snowball-\(name)"
            }
            return "tokens=unicode-words;stopwords=\(removeStopWords ? "en" : "none");stem=\(stem);min=\(minimumWordLength)"
        }
    }

    /// The configuration this analyzer applies.
    public let configuration: Configuration
    private let tokenizer = WordTokenizer()
    private let stopWords: StopWords
    private let porter = PorterStemmer()
    private let snowball: _SnowballStemmer?

    /// Creates an analyzer.
    /// - Parameter configuration: what to apply; a Snowball algorithm libstemmer lacks means no stemming.
    public init(_ configuration: Configuration = .english) {
        self.configuration = configuration
        stopWords = configuration.removeStopWords ? .english : .none
        if case .snowball(let name) = configuration.stemming {
            snowball = _SnowballStemmer(algorithm: name)
        } else {
            snowball = nil
        }
    }

    /// The English analyzer.
    public static let english = Analyzer()

    /// An analyzer suited to the script of `text`: English rules for Latin text, Snowball
    /// stemming for Cyrillic and Greek, and no stemming for other scripts.
    public static func detecting(_ text: String) -> Analyzer {
        let script = Script.detect(text)
        return script == .latin ? .english : Analyzer(Configuration(stemming: .forScript(script)))
    }

    /// The terms of `text`.
    /// - Parameter text: any text.
    /// - Returns: the terms in order, stop words removed, stemmed.
    /// - Complexity: O(*n*) in the length of `text`.
    public func terms(_ text: String) -> [String] {
        terms([text])[0]
    }

    /// The terms of many texts, stemming each distinct word once.
    /// - Parameter texts: the texts (sentences or documents).
    /// - Returns: one term list per text, as ``terms(_:)`` gives.
    /// - Complexity: O(total length), with one stemmer call per distinct word.
    public func terms(_ texts: [String]) -> [[String]] {
        _analyze(texts, surface: false).terms
    }

    /// Terms, and with `surface` every word of each text as a stem id (`id << 1`, low bit set
    /// for a stop word), in one pass: what concept coverage pairs into surface bigrams without
    /// reading the text again. A word too short to be a term keeps its own text as its stem;
    /// a stop word's stem is its Porter stem.
    /// - Complexity: O(total length), with one stemmer call per distinct word.
    func _analyze(_ texts: [String], surface: Bool) -> (terms: [[String]], surface: [[Int32]]) {
        var stems: [String: String] = [:]
        var stemIDs: [String: Int32] = [:]
        func id(_ stem: String) -> Int32 {
            if let known = stemIDs[stem] { return known }
            let new = Int32(stemIDs.count)
            stemIDs[stem] = new
            return new
        }
        var allTerms: [[String]] = []
        var allSurface: [[Int32]] = []
        allTerms.reserveCapacity(texts.count)
        for text in texts {
            var out: [String] = []
            var words: [Int32] = []
            for word in tokenizer.words(in: text) {
                let isIdeograph = word.unicodeScalars.count == 1 && WordTokenizer.isIdeograph(word.unicodeScalars.first!)
                let isStopWord = stopWords.contains(word)
                if isStopWord || (!isIdeograph && word.count < configuration.minimumWordLength) {
                    if surface { words.append(isStopWord ? id(Self._stopWordStem(word)) << 1 | 1 : id(word) << 1) }
                    continue
                }
                let stemmed: String
                if let known = stems[word] {
                    stemmed = known
                } else {
                    stemmed = stem(word)
                    stems[word] = stemmed
                }
                out.append(stemmed)
                if surface { words.append(id(stemmed) << 1) }
            }
            allTerms.append(out)
            if surface { allSurface.append(words) }
        }
        return (allTerms, allSurface)
    }

    /// English stop words' Porter stems, computed once per process.
    static let _stopWordStems: [String: String] = {
        let porter = PorterStemmer()
        return Dictionary(uniqueKeysWithValues: StopWords.english.words.map { ($0, porter.stem($0)) })
    }()

    static func _stopWordStem(_ word: String) -> String { _stopWordStems[word] ?? word }

    /// The stem of one word under this analyzer's stemming.
    public func stem(_ word: String) -> String {
        switch configuration.stemming {
        case .none: return word
        case .porter: return porter.stem(word)
        case .snowball: return snowball?.stem(word) ?? word
        }
    }
}
