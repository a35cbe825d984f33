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
        var stemIDs = [String: Int32](minimumCapacity: surface ? texts.count * 8 : 0)
        func id(_ stem: String) -> Int32 {
            if let known = stemIDs[stem] { return known }
            let new = Int32(stemIDs.count)
            stemIDs[stem] = new
            return new
        }
        // Each distinct word is analysed once: a text repeats its words, and every look-up saved
        // (stop list, stem, stem id) is a string hash saved.
        var analysed: [String: _WordAnalysis] = [:]
        analysed.reserveCapacity(texts.count * 8)
        var allTerms: [[String]] = []
        var allSurface: [[Int32]] = []
        allTerms.reserveCapacity(texts.count)
        for text in texts {
            var out: [String] = []
            var words: [Int32] = []
            for word in tokenizer.words(in: text) {
                let analysis: _WordAnalysis
                if let known = analysed[word] {
                    analysis = known
                } else {
                    analysis = _analyzeWord(word, surfaceID: surface ? id : nil)
                    analysed[word] = analysis
                }
                if let term = analysis.term { out.append(term) }
                if surface { words.append(analysis.surface) }
            }
            allTerms.append(out)
            if surface { allSurface.append(words) }
        }
        return (allTerms, allSurface)
    }

    /// A word's term (nil: a stop word or too short) and its surface code (stem id `<< 1`, low
    /// bit set for a stop word; 0 when no surface analysis was asked for).
    struct _WordAnalysis {
        var term: String?
        var surface: Int32
    }

    /// Analyses one word; `surfaceID` numbers stems for the surface code.
    private func _analyzeWord(_ word: String, surfaceID: ((String) -> Int32)?) -> _WordAnalysis {
        let isIdeograph = word.unicodeScalars.count == 1 && WordTokenizer.isIdeograph(word.unicodeScalars.first!)
        let isStopWord = stopWords.contains(word)
        if isStopWord || (!isIdeograph && word.count < configuration.minimumWordLength) {
            let code = surfaceID.map { isStopWord ? $0(Self._stopWordStem(word)) << 1 | 1 : $0(word) << 1 } ?? 0
            return _WordAnalysis(term: nil, surface: code)
        }
        let stemmed = stem(word)
        return _WordAnalysis(term: stemmed, surface: surfaceID.map { $0(stemmed) << 1 } ?? 0)
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
