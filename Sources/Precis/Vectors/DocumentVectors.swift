import Foundation
import PrecisSupport

/// TF-IDF vectors of a day's documents, split for fast exact cosine: the most frequent terms in
/// a dense n × d matrix (for BLAS), the rarer ones in sparse rows with an inverted index.
///
/// Weights follow scikit-learn's `TfidfVectorizer(sublinear_tf=True, min_df, max_df)`:
/// `(1 + ln tf) × (ln((1 + n) / (1 + df)) + 1)` over the terms inside the document-frequency
/// limits, rows scaled to unit length, IDF fitted on the day itself. Splitting the vocabulary
/// changes nothing in the cosine: it is the dense dot product plus the sparse one. Terms are
/// from ``Analyzer/english`` (stop words removed, Porter stems).
package struct DocumentVectors: Sendable {
    /// Number of documents (rows).
    package let count: Int
    /// Terms kept after the document-frequency limits.
    package let termCount: Int
    /// Columns of ``dense``.
    package let denseCount: Int
    /// The dense part, row-major n × ``denseCount``.
    package let dense: [Float]
    /// Sparse part, by row: `rowStart[i]..<rowStart[i+1]` index `rowTerms`/`rowWeights`.
    let rowStart: [Int]
    let rowTerms: [Int32]
    let rowWeights: [Float]
    /// Inverted index of the sparse part, by sparse term: documents ascending, with weights.
    let postingStart: [Int]
    let postingDocs: [Int32]
    let postingWeights: [Float]
    /// For each sparse entry of a row (as `rowTerms`), where its document sits in the term's
    /// postings: the postings after it are the later documents holding the term.
    let rowPosting: [Int32]
    /// Terms of the sparse part (sparse term ids are `0..<sparseCount`).
    let sparseCount: Int
    /// Whether ``rowPosting`` was kept (``Options/rowPostingsBelow``); without it, it is unused.
    let hasRowPostings: Bool

    /// Vectorizes documents (title and body), analyzing them on all cores.
    /// - Parameters:
    ///   - documents: the documents.
    ///   - options: the document-frequency limits, the dense width and title weight.
    ///   - progress: called with a stage name and the fraction done.
    /// - Complexity: O(total text length + nnz).
    package init(texts: [(title: String?, body: String)], options: Options = .init(),
                progress: (@Sendable (String, Double) -> Void)? = nil) {
        let n = texts.count
        count = n
        // 1. Analyze: per-document counts of the chunk's words (parallel, one term table per
        //    chunk, counts in a flat array indexed by the table's ids). The tables defer
        //    stemming to step 2, which stems each distinct word of the day once.
        progress?("vectors", 0)
        let chunks = parallelChunkRanges(n)
        var tables = [_TermTable?](repeating: nil, count: chunks.count)
        var docTerms = [[UInt64]](repeating: [], count: n)  // (table id << 32) | count
        tables.withUnsafeMutableBufferPointer { tablesBuffer in
            docTerms.withUnsafeMutableBufferPointer { buffer in
                let base = buffer.baseAddress!, tablesBase = tablesBuffer.baseAddress!
                parallelFor(chunks.count) { c in
                    let table = _TermTable(deferringStems: true)
                    let counter = _TermCounter()
                    for i in chunks[c] {
                        table.terms(texts[i].body) { counter.add($0, 1) }
                        if options.leadRepeats > 0 {
                            let k = Int32(options.leadRepeats)
                            table.terms(String(Self.lead(of: texts[i].body, words: options.leadWords))) { counter.add($0, k) }
                        }
                        if options.nameRepeats > 0 {
                            let k = Int32(options.nameRepeats)
                            table.terms(Self.names(in: texts[i].body)) { counter.add($0, k) }
                        }
                        if let title = texts[i].title, options.titleRepeats > 0 {
                            let k = Int32(options.titleRepeats)
                            table.terms(title) { counter.add($0, k) }
                        }
                        base[i] = counter.takeRow()
                    }
                    tablesBase[c] = table
                }
            }
        }
        progress?("vectors", 0.6)
        // 2. Vocabulary: the stems, ids by sorted stem (bytes), so nothing depends on chunks.
        //    Then (per chunk) rows re-labelled (stop words dropped, words with one stem summed)
        //    and sorted by id, and document frequencies.
        let resolved = _TermTable.resolveStems(tables.map { $0! })
        tables = []
        let sortedStems = _SortedTerms(resolved.stems)
        let vocabulary = sortedStems.count
        var rank = [Int32](repeating: 0, count: vocabulary)
        for (r, t) in sortedStems.order.enumerated() { rank[Int(t)] = Int32(r) }
        // table id -> vocabulary id (-1: a stop word)
        var local = resolved.entryStem.map { ids in ids.map { $0 < 0 ? -1 : rank[Int($0)] } }
        var chunkDF = [[Int32]](repeating: [], count: chunks.count)
        docTerms.withUnsafeMutableBufferPointer { buffer in
            chunkDF.withUnsafeMutableBufferPointer { dfBuffer in
                let base = buffer.baseAddress!, dfBase = dfBuffer.baseAddress!
                parallelFor(chunks.count) { c in
                    var df = [Int32](repeating: 0, count: vocabulary)
                    // Counts per vocabulary id of the document at hand (words with one stem
                    // add up), and the ids touched, sorted after: distinct ids, so no
                    // duplicate entries to sort and merge.
                    var counts = [UInt32](repeating: 0, count: vocabulary)
                    var touched: [Int32] = []
                    local[c].withUnsafeBufferPointer { map in
                        counts.withUnsafeMutableBufferPointer { counts in
                            for i in chunks[c] {
                                for entry in base[i] {
                                    let t = map[Int(entry >> 32)]
                                    guard t >= 0 else { continue }
                                    if counts[Int(t)] == 0 { touched.append(t) }
                                    counts[Int(t)] += UInt32(truncatingIfNeeded: entry)
                                }
                                touched.sort()
                                var row: [UInt64] = []
                                row.reserveCapacity(touched.count)
                                for t in touched {
                                    row.append(UInt64(UInt32(t)) << 32 | UInt64(counts[Int(t)]))
                                    counts[Int(t)] = 0
                                    df[Int(t)] += 1
                                }
                                touched.removeAll(keepingCapacity: true)
                                base[i] = row
                            }
                        }
                    }
                    dfBase[c] = df
                }
            }
        }
        local = []
        var df = chunkDF.first ?? []
        for c in chunkDF.indices.dropFirst() { for t in df.indices { df[t] += chunkDF[c][t] } }
        chunkDF = []
        // 3. Terms inside the limits; the most frequent go dense.
        let maxDF = n >= options.minimumArticlesForFraction ? Int((options.maximumDocumentFraction * Double(n)).rounded(.down)) : n
        let kept = (0..<df.count).filter { df[$0] >= Int32(options.minimumDocumentFrequency) && Int(df[$0]) <= max(maxDF, 1) }
        termCount = kept.count
        // Most frequent first, ties by id: one packed key each, radix-sorted.
        var frequencyKeys = kept.map { UInt64(UInt32.max - UInt32(df[$0])) << 32 | UInt64($0) }
        radixSort(&frequencyKeys)
        let byFrequency = frequencyKeys.map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        let d = min(options.denseDimensions, kept.count)
        denseCount = d
        // column: >= 0 dense column, < -1 sparse term (-2 - index), -1 not kept
        var column = [Int32](repeating: -1, count: df.count)
        for (c, t) in byFrequency.prefix(d).enumerated() { column[t] = Int32(c) }
        var sparseCount = 0
        for t in byFrequency.dropFirst(d) { column[t] = Int32(-2 - sparseCount); sparseCount += 1 }
        let idf = df.map { Float(log(Double(1 + n) / Double(1 + Int($0))) + 1) }
        let countsRareTerms = options.rareTermsInNorm || n < options.rareTermsInNormBelow
        let rareInNorm = df.map { countsRareTerms && $0 < Int32(options.minimumDocumentFrequency) }
        // 1 + ln tf, for the common small counts.
        let logTF = (0..<64).map { $0 == 0 ? Float(0) : 1 + Float(log(Double($0))) }
        // 4. Weights, unit rows (parallel by document; sparse rows gathered after).
        var dense = [Float](repeating: 0, count: n * d)
        var sparseRows = [[UInt64]](repeating: [], count: n)  // (sparse index << 32) | weight bits
        dense.withUnsafeMutableBufferPointer { denseBuffer in
            sparseRows.withUnsafeMutableBufferPointer { sparseBuffer in
                docTerms.withUnsafeMutableBufferPointer { termsBuffer in
                    let denseBase = denseBuffer.baseAddress!, sparseBase = sparseBuffer.baseAddress!
                    let termsBase = termsBuffer.baseAddress!
                    parallelFor(n) { i in
                        var norm: Float = 0
                        var weights: [(Int32, Float)] = []
                        weights.reserveCapacity(termsBase[i].count)
                        for packed in termsBase[i] {
                            let t = Int(packed >> 32), tf = Int(packed & 0xFFFF_FFFF)
                            let c = column[t]
                            // a term left out of the vectors still counts in the norm when rareTermsInNorm asks
                            guard c != -1 || rareInNorm[t] else { continue }
                            let w = (tf < 64 ? logTF[tf] : 1 + Float(log(Double(tf)))) * idf[t]
                            norm += w * w
                            if c != -1 { weights.append((c, w)) }
                        }
                        termsBase[i] = []
                        let scale = norm > 0 ? 1 / norm.squareRoot() : 0
                        var sparse: [UInt64] = []
                        for (c, w) in weights {
                            if c >= 0 { denseBase[i * d + Int(c)] = w * scale }
                            else { sparse.append(UInt64(UInt32(-2 - c)) << 32 | UInt64((w * scale).bitPattern)) }
                        }
                        sparse.sort()
                        sparseBase[i] = sparse
                    }
                }
            }
        }
        docTerms = []
        // 5. Sparse rows in one array, and their inverted index (documents ascending): a
        //    counting sort by term on all cores (rows copied while counted).
        var rowStart = [Int](repeating: 0, count: n + 1)
        for i in 0..<n { rowStart[i + 1] = rowStart[i] + sparseRows[i].count }
        let nnz = rowStart[n]
        var rowTerms = [Int32](repeating: 0, count: nnz)
        var rowWeights = [Float](repeating: 0, count: nnz)
        var postingDocs = [Int32](repeating: 0, count: nnz)
        var postingWeights = [Float](repeating: 0, count: nnz)
        let withRowPostings = n < options.rowPostingsBelow
        var rowPosting = [Int32](repeating: 0, count: withRowPostings ? nnz : 1)
        var postingStart: [Int] = []
        rowTerms.withUnsafeMutableBufferPointer { termsBuffer in
        rowWeights.withUnsafeMutableBufferPointer { weightsBuffer in
        sparseRows.withUnsafeMutableBufferPointer { rowsBuffer in
        postingDocs.withUnsafeMutableBufferPointer { docsBuffer in
        postingWeights.withUnsafeMutableBufferPointer { postingWeightsBuffer in
        rowPosting.withUnsafeMutableBufferPointer { rowPostingBuffer in
            let terms = termsBuffer.baseAddress!, weights = weightsBuffer.baseAddress!, rows = rowsBuffer.baseAddress!
            let docs = docsBuffer.baseAddress!, postingWeights = postingWeightsBuffer.baseAddress!
            let rowPosting = rowPostingBuffer.baseAddress!
            var sort = ChunkedCountingSort(items: n, keys: sparseCount) { range, counts in
                for i in range {
                    var k = rowStart[i]
                    for packed in rows[i] {
                        let s = Int32(truncatingIfNeeded: packed >> 32)
                        terms[k] = s
                        weights[k] = Float(bitPattern: UInt32(truncatingIfNeeded: packed))
                        counts[Int(s)] += 1
                        k += 1
                    }
                    rows[i] = []
                }
            }
            sort.fill { range, next in
                for i in range {
                    for k in rowStart[i]..<rowStart[i + 1] {
                        let s = Int(terms[k])
                        docs[next[s]] = Int32(i)
                        postingWeights[next[s]] = weights[k]
                        if withRowPostings { rowPosting[k] = Int32(next[s]) }
                        next[s] += 1
                    }
                }
            }
            postingStart = sort.start
        }}}}}}
        sparseRows = []
        self.sparseCount = sparseCount
        hasRowPostings = withRowPostings
        self.rowPosting = rowPosting
        self.dense = dense
        self.rowStart = rowStart
        self.rowTerms = rowTerms
        self.rowWeights = rowWeights
        self.postingStart = postingStart
        self.postingDocs = postingDocs
        self.postingWeights = postingWeights
        progress?("vectors", 1)
    }

    /// Exact cosine of documents `i` and `j` (dense part plus sparse part).
    /// - Complexity: O(d + terms of the two rows).
    package func cosine(_ i: Int, _ j: Int) -> Float {
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

/// One document's term counts at a time, for one thread: a flat array indexed by term id and
/// the ids touched. A class with unchecked exclusivity: the counts were local arrays captured
/// by the term callback, and Swift checked exclusive access to them dynamically on every term
/// (a few percent of a whole brief).
final class _TermCounter {
    @exclusivity(unchecked) private var counts: [Int32] = []
    @exclusivity(unchecked) private var touched: [Int32] = []

    /// Counts term `t` `k` more times.
    @inline(__always) func add(_ t: Int32, _ k: Int32) {
        let t = Int(t)
        if t >= counts.count { counts.append(contentsOf: repeatElement(0, count: max(t + 1 - counts.count, counts.count))) }
        if counts[t] == 0 { touched.append(Int32(t)) }
        counts[t] += k
    }

    /// The document's terms as `(term << 32) | count`, in first-seen order; resets for the next.
    func takeRow() -> [UInt64] {
        var row: [UInt64] = []
        row.reserveCapacity(touched.count)
        for t in touched { row.append(UInt64(UInt32(t)) << 32 | UInt64(UInt32(counts[Int(t)]))); counts[Int(t)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return row
    }
}

/// A list of terms as UTF-8 bytes in one buffer, with their order by bytes (shorter prefix
/// first, as `String.utf8.lexicographicallyPrecedes`), for building a vocabulary without
/// `String` comparisons or hashing.
struct _SortedTerms: Sendable {
    /// Bytes of term k: `bytes[start[k] ..< start[k + 1]]`.
    var bytes: [UInt8] = []
    var start: [Int] = [0]
    /// Term indexes in byte order.
    var order: [Int32] = []

    init() {}

    init(_ terms: [String]) {
        for term in terms {
            bytes.append(contentsOf: term.utf8)
            start.append(bytes.count)
        }
        // Sorted by their first eight bytes (big-endian, zero-padded: that orders like the
        // bytes), and by all of them only when those tie: most comparisons are then one integer
        // comparison, not a `memcmp` call. The terms are distinct, so the order is the same.
        let bytes = self.bytes, start = self.start
        var keyed = bytes.withUnsafeBufferPointer { b in
            (0..<terms.count).map { k -> (prefix: UInt64, term: Int32) in
                var prefix: UInt64 = 0
                for p in 0..<8 { prefix = prefix << 8 | UInt64(start[k] + p < start[k + 1] ? b[start[k] + p] : 0) }
                return (prefix, Int32(k))
            }
        }
        bytes.withUnsafeBufferPointer { b in
            keyed.sort { x, y in
                x.prefix != y.prefix ? x.prefix < y.prefix : Self.compare(b, start, Int(x.term), Int(y.term)) < 0
            }
        }
        order = keyed.map(\.term)
    }

    var count: Int { start.count - 1 }

    /// memcmp order of terms x and y: negative, 0, positive.
    @inline(__always) static func compare(_ b: UnsafeBufferPointer<UInt8>, _ start: [Int], _ x: Int, _ y: Int) -> Int {
        let la = start[x + 1] - start[x], lb = start[y + 1] - start[y]
        let m = min(la, lb)
        if m > 0 {
            let r = memcmp(b.baseAddress! + start[x], b.baseAddress! + start[y], m)
            if r != 0 { return Int(r) }
        }
        return la - lb
    }
}
