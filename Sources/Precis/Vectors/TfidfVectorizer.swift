import Foundation

/// TF-IDF vectors, after scikit-learn's `TfidfVectorizer`: sublinear term frequency
/// (`1 + ln tf`), smoothed IDF, rows scaled to unit length.
///
/// `fit` learns a vocabulary (and, with ``IDFSource/fitted``, IDF) from texts and returns an
/// immutable ``TfidfModel``; the model's `transform` turns any texts into vectors.
///
/// ```swift
/// let model = TfidfVectorizer().fit(["Zelensky invites Putin.", "Putin declines."])
/// let matrix = model.transform(["Putin invites Zelensky."])   // 1 x vocabulary, unit rows
/// ```
public struct TfidfVectorizer: Sendable {
    /// Where IDF comes from.
    public enum IDFSource: Sendable, Hashable, Codable {
        /// From the texts given to `fit` (scikit-learn's behaviour).
        case fitted
        /// From background document frequencies, such as ``DocumentFrequencies/shipped``.
        case background(DocumentFrequencies)

        public static func == (a: IDFSource, b: IDFSource) -> Bool {
            switch (a, b) {
            case (.fitted, .fitted): return true
            case (.background(let x), .background(let y)): return x == y
            default: return false
            }
        }

        public func hash(into hasher: inout Hasher) {
            switch self {
            case .fitted: hasher.combine(0)
            case .background(let m): hasher.combine(1); hasher.combine(m.documentCount)
            }
        }

        public init(from decoder: Decoder) throws {
            let name = try decoder.singleValueContainer().decode(String.self)
            self = name == "fitted" ? .fitted : .background(.shipped)
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .fitted: try c.encode("fitted")
            case .background: try c.encode("background")
            }
        }
    }

    /// The analyzer producing terms.
    public var analyzer: Analyzer
    /// Where IDF comes from.
    public var idfSource: IDFSource
    /// Use `1 + ln(tf)` instead of raw counts.
    public var sublinearTF: Bool

    public init(analyzer: Analyzer = .english, idfSource: IDFSource = .fitted, sublinearTF: Bool = true) {
        self.analyzer = analyzer
        self.idfSource = idfSource
        self.sublinearTF = sublinearTF
    }

    /// Learns the vocabulary (terms sorted, so column order is deterministic) and IDF.
    ///
    /// - Parameter texts: the texts of the collection (sentences or documents).
    /// - Returns: the fitted model.
    /// - Complexity: O(total text length + V log V).
    public func fit(_ texts: [String]) -> TfidfModel {
        fit(analyzed: texts.map(analyzer.terms))
    }

    /// ``fit(_:)`` over texts already turned into terms.
    public func fit(analyzed: [[String]]) -> TfidfModel {
        // Document frequency with the last text that counted each term: one look-up per term
        // occurrence, no set per text; tables sized up front (growing one rehashes every key)
        var df = [String: (count: Int, lastText: Int)](minimumCapacity: analyzed.reduce(0) { $0 + $1.count })
        func count(_ entry: inout (count: Int, lastText: Int), inText r: Int) {
            if entry.lastText != r { entry = (entry.count + 1, r) }
        }
        for (r, terms) in analyzed.enumerated() {
            for t in terms { count(&df[t, default: (0, -1)], inText: r) }
        }
        let vocabulary = df.keys.sorted()
        var index = [String: Int](minimumCapacity: vocabulary.count)
        for (i, t) in vocabulary.enumerated() { index[t] = i }
        let idf: [Float]
        switch idfSource {
        case .fitted:
            let n = Double(analyzed.count)
            idf = vocabulary.map { Float(log((1 + n) / (1 + Double(df[$0]!.count))) + 1) }
        case .background(let background):
            idf = vocabulary.map { background.idf(of: $0) }
        }
        return TfidfModel(analyzer: analyzer, vocabulary: vocabulary, index: index, idf: idf, sublinearTF: sublinearTF)
    }
}

/// A fitted TF-IDF model: vocabulary and IDF weights. Immutable and `Sendable`.
public struct TfidfModel: Sendable {
    /// The analyzer the model was fitted with.
    public let analyzer: Analyzer
    /// The terms, in column order (sorted).
    public let vocabulary: [String]
    /// Term → column.
    public let index: [String: Int]
    /// IDF weight per column.
    public let idf: [Float]
    /// Whether term frequency is sublinear.
    public let sublinearTF: Bool

    /// Unit-length TF-IDF rows for texts; terms outside the vocabulary are ignored.
    /// - Complexity: O(total text length + rows × vocabulary).
    public func transform(_ texts: [String]) -> DenseMatrix {
        transform(analyzed: texts.map(analyzer.terms))
    }

    /// ``transform(_:)`` over texts already turned into terms.
    public func transform(analyzed: [[String]]) -> DenseMatrix {
        var matrix = DenseMatrix(rows: analyzed.count, columns: vocabulary.count)
        // term counts of the row in one array over the vocabulary, reset after each row by the
        // columns it touched (no hashing of the columns)
        var counts = [Int](repeating: 0, count: vocabulary.count)
        var touched: [Int] = []
        for (r, terms) in analyzed.enumerated() {
            for t in terms {
                guard let c = index[t] else { continue }
                if counts[c] == 0 { touched.append(c) }
                counts[c] += 1
            }
            for c in touched {
                let tf = counts[c]
                let weight = sublinearTF ? 1 + Float(log(Double(tf))) : Float(tf)
                matrix[r, c] = weight * idf[c]
                counts[c] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        matrix.normalizeRows()
        return matrix
    }
}
