import Foundation

/// TF-IDF vectors of a day's documents, split for fast exact cosine: the most frequent terms in
/// a dense n × d matrix (for BLAS), the rarer ones in sparse rows with an inverted index.
///
/// Weights follow scikit-learn's `TfidfVectorizer(sublinear_tf=True, min_df, max_df)`:
/// `(1 + ln tf) × (ln((1 + n) / (1 + df)) + 1)` over the terms inside the document-frequency
/// limits, rows scaled to unit length, IDF fitted on the day itself. Splitting the vocabulary
/// changes nothing in the cosine: it is the dense dot product plus the sparse one. Terms are
/// from ``Analyzer/english`` (stop words removed, Porter stems).
public struct DocumentVectors: Sendable {
    /// Number of documents (rows).
    public let count: Int
    /// Terms kept after the document-frequency limits.
    public let termCount: Int
    /// Columns of ``dense``.
    public let denseCount: Int
    /// The dense part, row-major n × ``denseCount``.
    public let dense: [Float]
    /// Sparse part, by row: `rowStart[i]..<rowStart[i+1]` index `rowTerms`/`rowWeights`.
    let rowStart: [Int]
    let rowTerms: [Int32]
    let rowWeights: [Float]
    /// Inverted index of the sparse part, by sparse term: documents ascending, with weights.
    let postingStart: [Int]
    let postingDocs: [Int32]
    let postingWeights: [Float]

    /// Vectorizes documents (title and body), analyzing them on all cores.
    /// - Parameters:
    ///   - documents: the documents.
    ///   - options: the document-frequency limits, the dense width and title weight.
    ///   - progress: called with a stage name and the fraction done.
    /// - Complexity: O(total text length + nnz).
    public init(texts: [(title: String?, body: String)], options: StoryGrouper.Options = .init(),
                progress: (@Sendable (String, Double) -> Void)? = nil) {
        let n = texts.count
        count = n
        // 1. Analyze: per-document term counts (parallel, one term table per chunk, counts in
        //    a flat array indexed by the chunk's term ids).
        progress?("vectors", 0)
        let chunks = _parallelChunkRanges(n)
        var chunkStems = [[String]](repeating: [], count: chunks.count)
        var docTerms = [[(Int32, Int32)]](repeating: [], count: n)
        chunkStems.withUnsafeMutableBufferPointer { stemsBuffer in
            docTerms.withUnsafeMutableBufferPointer { buffer in
                let base = buffer.baseAddress!, stemsBase = stemsBuffer.baseAddress!
                _parallelFor(chunks.count) { c in
                    let table = _TermTable()
                    var counts: [Int32] = []
                    var touched: [Int32] = []
                    for i in chunks[c] {
                        func add(_ t: Int32, _ k: Int32) {
                            let t = Int(t)
                            if t >= counts.count { counts.append(contentsOf: repeatElement(0, count: max(t + 1 - counts.count, counts.count))) }
                            if counts[t] == 0 { touched.append(Int32(t)) }
                            counts[t] += k
                        }
                        table.terms(texts[i].body) { add($0, 1) }
                        if let title = texts[i].title, options.titleRepeats > 0 {
                            let k = Int32(options.titleRepeats)
                            table.terms(title) { add($0, k) }
                        }
                        var row: [(Int32, Int32)] = []
                        row.reserveCapacity(touched.count)
                        for t in touched { row.append((t, counts[Int(t)])); counts[Int(t)] = 0 }
                        touched.removeAll(keepingCapacity: true)
                        base[i] = row
                    }
                    stemsBase[c] = table.stems
                }
            }
        }
        progress?("vectors", 0.6)
        // 2. Vocabulary (ids by sorted term, so nothing depends on dictionary order or chunks),
        //    frequencies.
        var ids: [String: Int32] = [:]
        var terms: [String] = []
        var local = [[Int32]](repeating: [], count: chunks.count)  // chunk term id -> vocabulary id
        for c in chunks.indices {
            local[c] = chunkStems[c].map { term in
                if let known = ids[term] { return known }
                let id = Int32(terms.count); ids[term] = id; terms.append(term)
                return id
            }
        }
        chunkStems = []
        ids = [:]
        let sortedIDs = terms.indices.sorted { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }
        var rank = [Int32](repeating: 0, count: terms.count)
        for (r, t) in sortedIDs.enumerated() { rank[t] = Int32(r) }
        terms = []
        var df = [Int32](repeating: 0, count: rank.count)
        for c in chunks.indices {
            let map = local[c]
            for i in chunks[c] {
                for k in docTerms[i].indices {
                    let t = rank[Int(map[Int(docTerms[i][k].0)])]
                    docTerms[i][k].0 = t
                    df[Int(t)] += 1
                }
                docTerms[i].sort { $0.0 < $1.0 }
            }
        }
        local = []
        // 3. Terms inside the limits; the most frequent go dense.
        let maxDF = n >= options.minimumArticlesForFraction ? Int((options.maximumDocumentFraction * Double(n)).rounded(.down)) : n
        let kept = (0..<df.count).filter { df[$0] >= Int32(options.minimumDocumentFrequency) && Int(df[$0]) <= max(maxDF, 1) }
        termCount = kept.count
        let byFrequency = kept.sorted { df[$0] != df[$1] ? df[$0] > df[$1] : $0 < $1 }
        let d = min(options.denseDimensions, kept.count)
        denseCount = d
        // column: >= 0 dense column, < -1 sparse term (-2 - index), -1 not kept
        var column = [Int32](repeating: -1, count: df.count)
        for (c, t) in byFrequency.prefix(d).enumerated() { column[t] = Int32(c) }
        var sparseCount = 0
        for t in byFrequency.dropFirst(d) { column[t] = Int32(-2 - sparseCount); sparseCount += 1 }
        let idf = df.map { Float(log(Double(1 + n) / Double(1 + Int($0))) + 1) }
        // 4. Weights, unit rows.
        var dense = [Float](repeating: 0, count: n * d)
        var rowStart = [Int](repeating: 0, count: n + 1)
        var rowTerms: [Int32] = []
        var rowWeights: [Float] = []
        var postingCount = [Int](repeating: 0, count: sparseCount + 1)
        for i in 0..<n {
            var norm: Float = 0
            var weights: [(Int32, Float)] = []
            for (t, tf) in docTerms[i] where column[Int(t)] != -1 {
                let w = (1 + Float(log(Double(tf)))) * idf[Int(t)]
                norm += w * w
                weights.append((column[Int(t)], w))
            }
            let scale = norm > 0 ? 1 / norm.squareRoot() : 0
            var sparse: [(Int32, Float)] = []
            for (c, w) in weights {
                if c >= 0 { dense[i * d + Int(c)] = w * scale } else { sparse.append((-2 - c, w * scale)) }
            }
            sparse.sort { $0.0 < $1.0 }
            for (s, w) in sparse { rowTerms.append(s); rowWeights.append(w); postingCount[Int(s) + 1] += 1 }
            rowStart[i + 1] = rowTerms.count
            docTerms[i] = []
        }
        // 5. Inverted index of the sparse terms (documents ascending).
        for s in 0..<sparseCount { postingCount[s + 1] += postingCount[s] }
        var fill = postingCount
        var postingDocs = [Int32](repeating: 0, count: rowTerms.count)
        var postingWeights = [Float](repeating: 0, count: rowTerms.count)
        for i in 0..<n {
            for k in rowStart[i]..<rowStart[i + 1] {
                let s = Int(rowTerms[k])
                postingDocs[fill[s]] = Int32(i)
                postingWeights[fill[s]] = rowWeights[k]
                fill[s] += 1
            }
        }
        self.dense = dense
        self.rowStart = rowStart
        self.rowTerms = rowTerms
        self.rowWeights = rowWeights
        self.postingStart = postingCount
        self.postingDocs = postingDocs
        self.postingWeights = postingWeights
        progress?("vectors", 1)
    }

    /// Exact cosine of documents `i` and `j` (dense part plus sparse part).
    /// - Complexity: O(d + terms of the two rows).
    public func cosine(_ i: Int, _ j: Int) -> Float {
        var s: Float = 0
        for c in 0..<denseCount { s += dense[i * denseCount + c] * dense[j * denseCount + c] }
        var a = rowStart[i], b = rowStart[j]
        while a < rowStart[i + 1] && b < rowStart[j + 1] {
            if rowTerms[a] == rowTerms[b] { s += rowWeights[a] * rowWeights[b]; a += 1; b += 1 }
            else if rowTerms[a] < rowTerms[b] { a += 1 } else { b += 1 }
        }
        return s
    }
}
