import Foundation
import PrecisSupport

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
    public enum IDFSource: Sendable, Hashable {
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
        var ids: [String: Int32] = [:]
        var terms: [String] = []
        let termIDs = analyzed.map { text in
            text.map { t -> Int32 in
                let id = ids.value(forKey: t, inserting: Int32(terms.count))
                if Int(id) == terms.count { terms.append(t) }
                return id
            }
        }
        return _fit(termIDs: termIDs, terms: terms).model
    }

    /// How many texts hold each term, for terms as ids in `0..<terms`.
    /// - Complexity: O(total terms), counting with the last text that counted each term (no set
    ///   per text).
    static func _documentFrequencies(_ termIDs: [[Int32]], terms: Int) -> [Int] {
        var df = [Int](repeating: 0, count: terms)
        var lastText = [Int](repeating: -1, count: terms)
        for (r, text) in termIDs.enumerated() {
            for t in text where lastText[Int(t)] != r {
                lastText[Int(t)] = r
                df[Int(t)] += 1
            }
        }
        return df
    }

    /// ``fit(analyzed:)`` over terms as ids into `terms` (distinct strings; an id no text holds
    /// stays out of the vocabulary): document frequencies in arrays, no string hashing.
    /// - Returns: the model, and each id's column (-1: not in the vocabulary).
    func _fit(termIDs: [[Int32]], terms: [String]) -> (model: TfidfModel, columnOf: [Int32]) {
        let df = Self._documentFrequencies(termIDs, terms: terms.count)
        let held = terms.indices.filter { df[$0] > 0 }.sorted { terms[$0] < terms[$1] }
        let vocabulary = held.map { terms[$0] }
        var columnOf = [Int32](repeating: -1, count: terms.count)
        var index = [String: Int](minimumCapacity: vocabulary.count)
        for (c, t) in held.enumerated() {
            columnOf[t] = Int32(c)
            index[terms[t]] = c
        }
        let idf: [Float]
        switch idfSource {
        case .fitted:
            let n = Double(termIDs.count)
            idf = held.map { Float(log((1 + n) / (1 + Double(df[$0]))) + 1) }
        case .background(let background):
            idf = vocabulary.map { background.idf(of: $0) }
        }
        let model = TfidfModel(analyzer: analyzer, vocabulary: vocabulary, index: index, idf: idf, sublinearTF: sublinearTF)
        return (model, columnOf)
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
        _transform(columns: analyzed.map { $0.compactMap { index[$0] } })
    }

    /// ``transform(analyzed:)`` over terms already turned into columns.
    func _transform(columns: [[Int]]) -> DenseMatrix {
        var matrix = DenseMatrix(rows: columns.count, columns: vocabulary.count)
        // term counts of the row in one array over the vocabulary, reset after each row by the
        // columns it touched (no hashing of the columns)
        var counts = [Int](repeating: 0, count: vocabulary.count)
        var touched: [Int] = []
        for (r, row) in columns.enumerated() {
            for c in row {
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
