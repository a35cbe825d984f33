import PrecisSupport

/// A cluster of documents, fitted: its sentences, their TF-IDF vectors and the cosine similarity
/// of every pair, computed once and shared by every scorer and selector. Immutable.
///
/// ```swift
/// let cluster = ClusterModel(documents: documents)
/// cluster.sentences.count
/// cluster.similarity[0, 1]   // cosine of sentences 0 and 1
/// ```
public struct ClusterModel: Sendable {
    /// The documents, as read and cleaned.
    public let documents: [Document]
    /// Every distinct body sentence, in document order. A sentence repeated verbatim (after
    /// normalization) in several documents appears once, at its first occurrence; the other
    /// documents holding it are in ``copies``. Wire copies and syndicated articles therefore do
    /// not multiply the work (a thousand identical articles cost what one does).
    public internal(set) var sentences: [ClusterSentence]
    /// For each sentence, the other documents holding an exact copy of it, sorted.
    public let copies: [[Int]]
    /// For each document, the indices (into ``sentences``) of the sentences it holds, copies included.
    public let documentSentences: [[Int]]
    /// Per sentence, ``ClusterSentence/standsAlone``, read once (the readability rules ask it of
    /// every sentence several times).
    let _standsAlone: [Bool]
    /// Each sentence's terms (analyzed), built on demand from the ids the fit keeps.
    public var terms: [[String]] { _termIDs.map { $0.map { _stems[Int($0)] } } }
    /// Each sentence's terms as ids into `_stems`, in text order.
    let _termIDs: [[Int32]]
    /// The analysis's stems, by id.
    let _stems: [String]
    /// Each sentence's words as stem ids with a stop-word bit (``Analyzer``'s surface
    /// analysis), for methods that pair words as written.
    let _surface: [[Int32]]
    /// Each sentence's terms as vocabulary columns, in text order (repeats kept).
    let _termColumns: [[Int]]
    /// The words the sentences' analysis met and the stems it numbered (``_stems``), for an
    /// analysis of other texts to go on from (earlier articles, ``ClusterFocus``).
    let _analysisState: Analyzer._AnalysisState
    /// Each sentence's folding key (``TextNormalizer/matchKey(_:)``), kept for a fit that adds
    /// sentences (``init(adding:to:idfSource:)``).
    let _matchKeys: [String]
    /// The TF-IDF model fitted on the sentences.
    public let tfidf: TfidfModel
    /// Unit-length TF-IDF row per sentence.
    public let vectors: DenseMatrix
    /// Cosine similarity of every pair of sentences (sentences × sentences), by BLAS `ssyrk`.
    public let similarity: DenseMatrix
    /// A topic to answer and earlier articles already read, when the digest has them
    /// (``ClusterFocus``; `nil`: a plain digest).
    public var focus: ClusterFocus? = nil

    /// Fits a cluster.
    ///
    /// - Parameters:
    ///   - documents: the cluster's documents.
    ///   - analyzer: turns sentences into terms; `nil` picks one by the text's script
    ///     (English rules for Latin text).
    ///   - idfSource: where IDF weights come from.
    ///   - splitter: the sentence splitter.
    /// - Complexity: O(S² × V) for S sentences and V terms, in BLAS.
    public init(
        documents: [Document], analyzer: Analyzer? = nil,
        idfSource: TfidfVectorizer.IDFSource = .background(.shipped),
        splitter: SentenceSplitter = SentenceSplitter()
    ) {
        self.init(documents: documents, split: ClusterSentence.sentences(of: documents, splitter: splitter),
                  analyzer: analyzer, idfSource: idfSource)
    }

    /// Fits a cluster from its documents' sentences, already split (in document order).
    init(documents: [Document], split: [ClusterSentence], analyzer: Analyzer?, idfSource: TfidfVectorizer.IDFSource) {
        let folded = _Folded(split, documentCount: documents.count)
        let sample = documents.prefix(20).map(\.bodyText).joined(separator: "\n")
        let chosen = analyzer ?? Analyzer.detecting(sample)
        // terms stay ids from the analysis to the vectors: no string hashing per occurrence
        var state = Analyzer._AnalysisState(capacity: folded.sentences.count * 8, surface: true)
        var analysis: Analyzer._Analysis?
        var standsAlone: [Bool] = []
        // the readability reading needs no terms: both at once (on two cores when there are)
        concurrently({ analysis = chosen._analyze(folded.sentences.map(\.text), surface: true, continuing: &state) },
                     { standsAlone = folded.sentences.map(\.standsAlone) })
        self.init(documents: documents, folded: folded, standsAlone: standsAlone, analyzer: chosen,
                  idfSource: idfSource, analysis: analysis!, state: state)
    }

    /// The split's sentences with exact copies folded into their first occurrence (``sentences``,
    /// ``copies``, ``documentSentences``).
    struct _Folded {
        var sentences: [ClusterSentence] = []
        var copies: [[Int]] = []
        var documentSentences: [[Int]]
        /// Each sentence's key.
        var keys: [String] = []
        /// Each sentence's index in the split (its first occurrence).
        var splitIndices: [Int] = []

        /// - Parameters:
        ///   - split: the sentences, in document order.
        ///   - documentCount: the documents.
        ///   - knownKeys: per sentence of `split`, its key when already known (`matchKey` of its text).
        /// - Complexity: O(total characters), one normalization per sentence whose key is not known.
        init(_ split: [ClusterSentence], documentCount: Int, knownKeys: [String?]? = nil) {
            documentSentences = [[Int]](repeating: [], count: documentCount)
            // sized up front: growing it rehashed every key (only looked up, never iterated)
            var firstByKey = [String: Int](minimumCapacity: split.count)
            for (k, sentence) in split.enumerated() {
                let key = knownKeys?[k] ?? TextNormalizer.matchKey(sentence.text)
                if let first = firstByKey[key] {
                    if sentences[first].document != sentence.document && !copies[first].contains(sentence.document) {
                        copies[first].append(sentence.document)
                    }
                    if !documentSentences[sentence.document].contains(first) { documentSentences[sentence.document].append(first) }
                    continue
                }
                firstByKey[key] = sentences.count
                documentSentences[sentence.document].append(sentences.count)
                sentences.append(sentence)
                keys.append(key)
                splitIndices.append(k)
                copies.append([])
            }
        }
    }

    /// The fit of folded sentences already analysed (by `analyzer`, with surface codes; `state`
    /// is where the analysis ended). `model`, when given, is the TF-IDF model the fit would give
    /// (its vocabulary is the analysis's terms; ``init(adding:to:idfSource:)`` knows when).
    init(documents: [Document], folded: _Folded, standsAlone: [Bool], analyzer chosen: Analyzer,
         idfSource: TfidfVectorizer.IDFSource, analysis: Analyzer._Analysis, state: Analyzer._AnalysisState,
         model: TfidfModel? = nil) {
        self.documents = documents
        sentences = folded.sentences
        _standsAlone = standsAlone
        copies = folded.copies
        documentSentences = folded.documentSentences
        _matchKeys = folded.keys
        // A background model built with other analysis rules would give wrong weights.
        var source = idfSource
        if case .background(let bg) = idfSource, bg.analyzerSignature != chosen.configuration.signature || bg.documentCount == 0 {
            source = .fitted
        }
        _analysisState = state
        _termIDs = analysis.termIDs
        _stems = analysis.stems
        _surface = analysis.surface
        let columnOf: [Int32]
        if let model {
            tfidf = model
            columnOf = analysis.stems.map { model.index[$0].map(Int32.init) ?? -1 }
        } else {
            (tfidf, columnOf) = TfidfVectorizer(analyzer: chosen, idfSource: source)._fit(termIDs: analysis.termIDs, terms: analysis.stems)
        }
        _termColumns = analysis.termIDs.map { $0.map { Int(columnOf[Int($0)]) } }
        vectors = tfidf._transform(columns: _termColumns)
        similarity = vectors.gram()
    }

    /// Total words in the cluster's sentences.
    public var totalWords: Int { sentences.reduce(0) { $0 + $1.wordCount } }
}
