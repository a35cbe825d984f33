import PrecisSupport
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

        /// The text's language: which stop words, and how words are lowercased (English folds
        /// diacritics; other languages keep them for their stemmers).
        public var language: Language

        public init(removeStopWords: Bool = true, stemming: Stemming = .porter, minimumWordLength: Int = 2,
                    language: Language = .english) {
            self.removeStopWords = removeStopWords
            self.stemming = stemming
            self.minimumWordLength = minimumWordLength
            self.language = language
        }

        /// A language's rules: its stop words and stemmer (Porter for English, Snowball otherwise).
        /// - Parameter language: the text's language.
        public init(language: Language) {
            self.init(stemming: language.stemming, language: language)
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            removeStopWords = try c.decode(Bool.self, forKey: .removeStopWords)
            stemming = try c.decode(Stemming.self, forKey: .stemming)
            minimumWordLength = try c.decode(Int.self, forKey: .minimumWordLength)
            language = try c.decodeIfPresent(Language.self, forKey: .language) ?? .english
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
            guard language == .english else {
                // other languages keep diacritics: their terms are not English-analysed terms
                let code = language.code
                return "tokens=unicode-words-\(code);stopwords=\(removeStopWords ? code : "none");stem=\(stem);min=\(minimumWordLength)"
            }
            return "tokens=unicode-words;stopwords=\(removeStopWords ? "en" : "none");stem=\(stem);min=\(minimumWordLength)"
        }
    }

    /// The configuration this analyzer applies.
    public let configuration: Configuration
    private let tokenizer: WordTokenizer
    private let stopWords: StopWords
    private let porter = PorterStemmer()
    private let snowball: _SnowballStemmer?
    /// Stop words' stems under this analyzer's stemming, for a language other than English
    /// (English's are ``_stopWordStems``, computed once per process).
    private let otherStopWordStems: [String: String]

    /// Creates an analyzer.
    /// - Parameter configuration: what to apply; a Snowball algorithm libstemmer lacks means no stemming.
    public init(_ configuration: Configuration = .english) {
        self.configuration = configuration
        let language = configuration.language
        tokenizer = WordTokenizer(language: language)
        stopWords = configuration.removeStopWords ? .forLanguage(language) : .none
        var snowball: _SnowballStemmer? = nil
        if case .snowball(let name) = configuration.stemming { snowball = _SnowballStemmer(algorithm: name) }
        self.snowball = snowball
        let porter = self.porter
        otherStopWordStems = language == .english ? [:] : Dictionary(uniqueKeysWithValues: stopWords.words.map { word in
            switch configuration.stemming {
            case .none: (word, word)
            case .porter: (word, porter.stem(word))
            case .snowball: (word, snowball?.stem(word) ?? word)
            }
        })
    }

    /// The analyzer of a language: its stop words, its stemmer (Porter for English).
    /// - Parameter language: the text's language.
    public init(language: Language) {
        self.init(Configuration(language: language))
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

    /// Texts analysed: terms as ids into `stems`, and with `surface` every word as a stem id
    /// (`id << 1`, low bit set for a stop word), what concept coverage pairs into surface
    /// bigrams without reading the text again.
    struct _Analysis {
        /// Per text, its terms in order, as ids into ``stems``.
        var termIDs: [[Int32]]
        /// The stems, numbered in order of first appearance (the terms' and, with `surface`,
        /// those of stop words and of words too short to be terms).
        var stems: [String]
        /// Per text, its words' surface codes (empty without `surface`).
        var surface: [[Int32]]

        /// Per text, its terms as strings.
        var terms: [[String]] { termIDs.map { $0.map { stems[Int($0)] } } }
    }

    /// The words an analysis has met and the stems they numbered, so that a later analysis of
    /// other texts can go on from them (``_analyze(_:surface:continuing:)``): known words are
    /// not analysed again, and known stems keep their ids.
    struct _AnalysisState {
        var stemIDs: [String: Int32]
        var stems: [String] = []
        var words: ByteStringTable
        var analysed: [_WordAnalysis] = []
        /// Whether the words were analysed with surface codes.
        let surface: Bool

        init(capacity: Int, surface: Bool) {
            stemIDs = [String: Int32](minimumCapacity: capacity)
            words = ByteStringTable(minimumCapacity: capacity)
            analysed.reserveCapacity(capacity)
            self.surface = surface
        }
    }

    /// Terms, and with `surface` every word of each text as a stem id, in one pass. A word too
    /// short to be a term keeps its own text as its stem; a stop word's stem is its Porter stem.
    /// - Complexity: O(total length), with one stemmer call per distinct word.
    func _analyze(_ texts: [String], surface: Bool) -> _Analysis {
        var state = _AnalysisState(capacity: texts.count * 8, surface: surface)
        return _analyze(texts, surface: surface, continuing: &state)
    }

    /// ``_analyze(_:surface:)`` going on from an earlier analysis by this analyzer: its stems keep
    /// their ids, new stems are numbered after them, and the stems returned are all of them.
    /// - Precondition: `state` has surface codes when `surface` is asked for.
    func _analyze(_ texts: [String], surface: Bool, continuing state: inout _AnalysisState) -> _Analysis {
        precondition(state.surface || !surface, "an analysis without surface codes cannot go on with them")
        func id(_ stem: String) -> Int32 {
            let new = Int32(state.stems.count)
            let id = state.stemIDs.value(forKey: stem, inserting: new)
            if id == new { state.stems.append(stem) }
            return id
        }
        // Each distinct word is analysed once, found again by its bytes: a text repeats its
        // words, and every look-up saved (stop list, stem, stem id) is a string hash saved.
        var allTerms: [[Int32]] = []
        var allSurface: [[Int32]] = []
        allTerms.reserveCapacity(texts.count)
        // one buffer each for every text, each text's words copied out at their count: one
        // allocation per text instead of an array grown word by word
        var out: [Int32] = [], codes: [Int32] = []
        for text in texts {
            out.removeAll(keepingCapacity: true)
            codes.removeAll(keepingCapacity: true)
            tokenizer._forEachWord(in: text) { bytes in
                let (k, isNew) = state.words.insert(bytes)
                if isNew {
                    // analysed before the append: `id` changes `state` too
                    let analysis = _analyzeWord(String(decoding: bytes, as: UTF8.self), surface: state.surface, id: id)
                    state.analysed.append(analysis)
                }
                let analysis = state.analysed[k]
                if analysis.term >= 0 { out.append(analysis.term) }
                if surface { codes.append(analysis.surface) }
            }
            allTerms.append(out.withUnsafeBufferPointer { Array($0) })
            if surface { allSurface.append(codes.withUnsafeBufferPointer { Array($0) }) }
        }
        return _Analysis(termIDs: allTerms, stems: state.stems, surface: allSurface)
    }

    /// A word's term as a stem id (-1: a stop word or too short) and its surface code (stem id
    /// `<< 1`, low bit set for a stop word; 0 when no surface analysis was asked for).
    struct _WordAnalysis {
        var term: Int32
        var surface: Int32
    }

    /// Analyses one word; `id` numbers stems.
    private func _analyzeWord(_ word: String, surface: Bool, id: (String) -> Int32) -> _WordAnalysis {
        // one scalar, an ideograph; too short in characters (an ASCII word has one per byte:
        // counting `Character`s costs a grapheme walk)
        var scalars = word.unicodeScalars.makeIterator()
        let first = scalars.next()
        let isIdeograph = first.map(WordTokenizer.isIdeograph) == true && scalars.next() == nil
        let minimum = configuration.minimumWordLength
        let isShort = word.utf8.count < minimum || (!isASCII(word) && word.count < minimum)
        let isStopWord = stopWords.contains(word)
        if isStopWord || (!isIdeograph && isShort) {
            let code = !surface ? 0 : isStopWord ? id(stopWordStem(word)) << 1 | 1 : id(word) << 1
            return _WordAnalysis(term: -1, surface: code)
        }
        let term = id(stem(word))
        return _WordAnalysis(term: term, surface: surface ? term << 1 : 0)
    }

    /// English stop words' Porter stems, computed once per process.
    static let _stopWordStems: [String: String] = {
        let porter = PorterStemmer()
        return Dictionary(uniqueKeysWithValues: StopWords.english.words.map { ($0, porter.stem($0)) })
    }()

    static func _stopWordStem(_ word: String) -> String { _stopWordStems[word] ?? word }

    /// A stop word's stem under this analyzer's language.
    private func stopWordStem(_ word: String) -> String {
        configuration.language == .english ? Self._stopWordStem(word) : otherStopWordStems[word] ?? word
    }

    /// The stem of one word under this analyzer's stemming.
    public func stem(_ word: String) -> String {
        switch configuration.stemming {
        case .none: return word
        case .porter: return porter.stem(word)
        case .snowball: return snowball?.stem(word) ?? word
        }
    }
}
