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
    /// Every body sentence, in document order.
    public let sentences: [ClusterSentence]
    /// Each sentence's terms (analyzed).
    public let terms: [[String]]
    /// The TF-IDF model fitted on the sentences.
    public let tfidf: TfidfModel
    /// Unit-length TF-IDF row per sentence.
    public let vectors: DenseMatrix
    /// Cosine similarity of every pair of sentences (sentences × sentences), by BLAS `ssyrk`.
    public let similarity: DenseMatrix

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
        self.documents = documents
        sentences = ClusterSentence.sentences(of: documents, splitter: splitter)
        let sample = documents.prefix(20).map(\.bodyText).joined(separator: "\n")
        let chosen = analyzer ?? Analyzer.detecting(sample)
        // A background model built with other analysis rules would give wrong weights.
        var source = idfSource
        if case .background(let bg) = idfSource, bg.analyzerSignature != chosen.configuration.signature || bg.documentCount == 0 {
            source = .fitted
        }
        terms = chosen.terms(sentences.map(\.text))
        tfidf = TfidfVectorizer(analyzer: chosen, idfSource: source).fit(analyzed: terms)
        vectors = tfidf.transform(analyzed: terms)
        similarity = vectors.gram()
    }

    /// Total words in the cluster's sentences.
    public var totalWords: Int { sentences.reduce(0) { $0 + $1.wordCount } }
}
