import Foundation
import PrecisSupport

/// The pairs of documents whose cosine clears a threshold, found without comparing every pair:
/// each document's few highest-weighted terms go into an inverted index, two documents are
/// candidates when they share one of those terms, and only candidates get an exact cosine.
///
/// All pairs cost n² (the 100k-article day: 5 × 10⁹ pairs); two articles on one story share
/// their most telling words (names, places, the event's own nouns), so the candidates are a
/// few hundred per article and hold almost every pair above a grouping threshold (the recall is
/// measured in `Evaluation/results/brief.md`). A row's candidates are ranked by the part of the
/// dot product their shared top terms give, and at most ``Limits/candidatesPerRow`` of them,
/// the best, get an exact cosine: that bounds the work on a day where one term tops thousands
/// of articles.
///
/// The exact cosine is the dense dot product plus the sparse one (the row's weights scattered
/// over the vocabulary, the candidate's terms looked up in them), summed in a
/// fixed order and rounded to 1e-5 as ``SimilarityBlocks`` rounds its cosines; the kept pairs
/// (at least the minimum, at most ``SimilarityBlocks/Limits/maximumNeighbors`` per row, the
/// most similar, later rows only) have the same form as that type's, in the same order.
/// Memory: the index (n × top terms), per core one accumulator of n floats and one row
/// scattered over the sparse vocabulary, the kept pairs;
/// never n².
struct CandidatePairs: Sendable {
    let vectors: DocumentVectors
    let limits: SimilarityBlocks.Limits
    let candidates: Limits

    /// How candidates are found.
    struct Limits: Sendable, Hashable {
        /// Each document's this many highest-weighted terms are indexed.
        var topTerms: Int
        /// At most this many candidates of a row (later rows only) get an exact cosine.
        var candidatesPerRow: Int
        /// Two documents are candidates when a term they share is among the top terms of
        /// either (true) or of both (false).
        var eitherTop: Bool = true
    }

    /// Each document's top terms, as term ids of the whole vocabulary (dense column `c` is `c`,
    /// sparse term `s` is `denseCount + s`) with their weights, `k` per document at most:
    /// `terms[i * k ..< i * k + counts[i]]`.
    struct TopTerms {
        var k: Int
        var terms: [Int32]
        var weights: [Float]
        var counts: [Int32]
    }

    /// The inverted index of the top terms: term `t`'s documents (ascending) and their weights
    /// are `docs[start[t] ..< start[t + 1]]`.
    struct TopIndex {
        var start: [Int]
        var docs: [Int32]
        var weights: [Float]
    }

    /// Each document's `k` highest-weighted terms (ties: the smaller id).
    /// - Complexity: O(n × (d + row terms)).
    static func topTerms(_ v: DocumentVectors, k: Int) -> TopTerms {
        let n = v.count, d = v.denseCount
        var terms = [Int32](repeating: 0, count: n * k)
        var weights = [Float](repeating: 0, count: n * k)
        var counts = [Int32](repeating: 0, count: n)
        terms.withUnsafeMutableBufferPointer { termsBuffer in
        weights.withUnsafeMutableBufferPointer { weightsBuffer in
        counts.withUnsafeMutableBufferPointer { countsBuffer in
            let outTerms = termsBuffer.baseAddress!, outWeights = weightsBuffer.baseAddress!, outCounts = countsBuffer.baseAddress!
            parallelChunks(n) { range in
                var keys: [UInt64] = []
                for i in range {
                    keys.removeAll(keepingCapacity: true)
                    // Heaviest first, ties by smaller id: one packed key (weights are positive,
                    // so their bits order like them).
                    for c in 0..<d {
                        let w = v.dense[i * d + c]
                        if w > 0 { keys.append(UInt64(~w.bitPattern) << 32 | UInt64(c)) }
                    }
                    for e in v.rowStart[i]..<v.rowStart[i + 1] where v.rowWeights[e] > 0 {
                        keys.append(UInt64(~v.rowWeights[e].bitPattern) << 32 | UInt64(d + Int(v.rowTerms[e])))
                    }
                    if keys.count > k {
                        SimilarityBlocks.selectSmallest(&keys, k)
                        keys.removeLast(keys.count - k)
                    }
                    keys.sort()
                    for (slot, key) in keys.enumerated() {
                        outTerms[i * k + slot] = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
                        outWeights[i * k + slot] = Float(bitPattern: ~UInt32(truncatingIfNeeded: key >> 32))
                    }
                    outCounts[i] = Int32(keys.count)
                }
            }
        }}}
        return TopTerms(k: k, terms: terms, weights: weights, counts: counts)
    }

    /// The inverted index of the top terms, documents ascending (a counting sort by term).
    static func index(_ top: TopTerms, documents n: Int, terms: Int) -> TopIndex {
        let k = top.k
        var sort = ChunkedCountingSort(items: n, keys: terms) { range, counts in
            for i in range { for slot in 0..<Int(top.counts[i]) { counts[Int(top.terms[i * k + slot])] += 1 } }
        }
        let total = sort.start[terms]
        var docs = [Int32](repeating: 0, count: total)
        var weights = [Float](repeating: 0, count: total)
        docs.withUnsafeMutableBufferPointer { docsBuffer in
            weights.withUnsafeMutableBufferPointer { weightsBuffer in
                let d = docsBuffer.baseAddress!, w = weightsBuffer.baseAddress!
                sort.fill { range, next in
                    for i in range {
                        for slot in 0..<Int(top.counts[i]) {
                            let t = Int(top.terms[i * k + slot])
                            d[next[t]] = Int32(i); w[next[t]] = top.weights[i * k + slot]; next[t] += 1
                        }
                    }
                }
            }
        }
        return TopIndex(start: sort.start, docs: docs, weights: weights)
    }

    /// Row `i`'s candidates: the later documents sharing a term with it that is among the top
    /// terms of both (`eitherTop` false) or of either (`eitherTop` true: i's top terms are looked
    /// up in the sparse part's full inverted index, and i's other terms in the top-term index),
    /// the ``Limits/candidatesPerRow`` best by the dot product over those shared terms (ties:
    /// smaller index), ascending. `acc` (n floats, all 0) is left all 0.
    static func candidates(of i: Int, vectors v: DocumentVectors, top: TopTerms, index: TopIndex, limit: Int,
                           eitherTop: Bool, acc: UnsafeMutablePointer<Float>, touched: inout [Int32]) -> [Int32] {
        touched.removeAll(keepingCapacity: true)
        let k = top.k, d = v.denseCount
        let mine = (i * k)..<(i * k + Int(top.counts[i]))
        @inline(__always) func add(_ j: Int, _ x: Float) {
            if acc[j] == 0 { touched.append(Int32(j)) }
            acc[j] += x
        }
        // The postings of `docs[range]` after document i (ascending).
        @inline(__always) func after(_ docs: [Int32], _ range: Range<Int>) -> Range<Int> {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi {
                let mid = (lo + hi) >> 1
                if Int(docs[mid]) <= i { lo = mid + 1 } else { hi = mid }
            }
            return lo..<range.upperBound
        }
        for slot in mine {
            let t = Int(top.terms[slot]), w = top.weights[slot]
            if eitherTop && t >= d {
                let s = t - d
                for p in after(v.postingDocs, v.postingStart[s]..<v.postingStart[s + 1]) { add(Int(v.postingDocs[p]), w * v.postingWeights[p]) }
            } else {
                for p in after(index.docs, index.start[t]..<index.start[t + 1]) { add(Int(index.docs[p]), w * index.weights[p]) }
            }
        }
        if eitherTop {
            // i's other terms, against the documents that hold them among their top terms. A
            // term is one of i's top terms when its key (weight descending, then id) is at most
            // the last top term's, or i has fewer positive terms than k (all are top): one
            // comparison, not a search of the list.
            let lastTop: UInt64 = mine.isEmpty ? 0 : UInt64(~top.weights[mine.upperBound - 1].bitPattern) << 32 | UInt64(UInt32(top.terms[mine.upperBound - 1]))
            let allTop = mine.count < k
            @inline(__always) func other(_ t: Int, _ w: Float) {
                let isTop = w > 0 && (allTop || UInt64(~w.bitPattern) << 32 | UInt64(UInt32(t)) <= lastTop)
                guard !isTop, index.start[t] < index.start[t + 1] else { return }
                for p in after(index.docs, index.start[t]..<index.start[t + 1]) { add(Int(index.docs[p]), w * index.weights[p]) }
            }
            for c in 0..<d where v.dense[i * d + c] > 0 { other(c, v.dense[i * d + c]) }
            for e in v.rowStart[i]..<v.rowStart[i + 1] { other(d + Int(v.rowTerms[e]), v.rowWeights[e]) }
        }
        var out: [Int32]
        if touched.count > limit {
            var keys = touched.map { UInt64(~acc[Int($0)].bitPattern) << 32 | UInt64(UInt32($0)) }
            SimilarityBlocks.selectSmallest(&keys, limit)
            out = keys[0..<limit].map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        } else {
            out = touched
        }
        for j in touched { acc[Int(j)] = 0 }
        out.sort()
        return out
    }

    /// Each row's nonzero dense entries, `columns[start[i] ..< start[i + 1]]` with `values`
    /// (a row uses a fraction of the dense columns: reading only those, a candidate's cosine
    /// touches a few hundred bytes of its dense part, not the whole row).
    struct DenseNonzeros {
        var start: [Int]
        var columns: [UInt16]
        var values: [Float]

        init(_ v: DocumentVectors) {
            let n = v.count, d = v.denseCount
            precondition(d <= 65_536, "dense columns must fit 16 bits")
            var counts = [Int](repeating: 0, count: n)
            counts.withUnsafeMutableBufferPointer { c in
                let c = c.baseAddress!
                parallelFor(n) { i in c[i] = (0..<d).reduce(0) { $0 + (v.dense[i * d + $1] != 0 ? 1 : 0) } }
            }
            start = [Int](repeating: 0, count: n + 1)
            for i in 0..<n { start[i + 1] = start[i] + counts[i] }
            columns = [UInt16](repeating: 0, count: start[n])
            values = [Float](repeating: 0, count: start[n])
            let start = self.start
            columns.withUnsafeMutableBufferPointer { columnsBuffer in
                values.withUnsafeMutableBufferPointer { valuesBuffer in
                    let columns = columnsBuffer.baseAddress!, values = valuesBuffer.baseAddress!
                    parallelFor(n) { i in
                        var e = start[i]
                        for c in 0..<d where v.dense[i * d + c] != 0 { columns[e] = UInt16(c); values[e] = v.dense[i * d + c]; e += 1 }
                    }
                }
            }
        }
    }

    /// The exact cosine of row `i` and row `j`: j's nonzero dense entries against i's dense row
    /// `a`, then j's sparse terms looked up in i's scattered row `table`, each in j's order; a fixed order, so
    /// the same value on any thread.
    @inline(__always) static func cosine(denseRow a: UnsafePointer<Float>, _ j: Int,
                                         nonzeroStart: UnsafePointer<Int>, nonzeroColumns: UnsafePointer<UInt16>,
                                         nonzeroValues: UnsafePointer<Float>,
                                         rowStart: UnsafePointer<Int>, rowTerms: UnsafePointer<Int32>,
                                         rowWeights: UnsafePointer<Float>, table: borrowing _RowScatter) -> Float {
        var s: Float = 0
        for e in nonzeroStart[j]..<nonzeroStart[j + 1] { s += a[Int(nonzeroColumns[e])] * nonzeroValues[e] }
        return s + table.dot(rowStart[j]..<rowStart[j + 1], terms: rowTerms, weights: rowWeights)
    }

    /// The kept pairs: `first < second`, sorted by `first` then `second`, each row's at least
    /// the minimum and at most the neighbour cap (the most similar).
    func keptPairs(progress: (@Sendable (String, Double) -> Void)? = nil) -> SimilarityBlocks.Pairs {
        let n = vectors.count, d = vectors.denseCount
        guard n > 1 else { return SimilarityBlocks.Pairs() }
        let top = Self.topTerms(vectors, k: candidates.topTerms)
        let index = Self.index(top, documents: n, terms: d + vectors.sparseCount)
        let minimum = limits.minimumSimilarity, cap = limits.maximumNeighbors, limit = candidates.candidatesPerRow
        // Rows in tasks of 256, each with its own accumulator (left all 0 by every row), taken
        // in the order of their heaviest term: rows of one story then follow each other and
        // share their candidates, whose rows stay in cache (in index order, each row's
        // candidates are scattered over the whole day and every cosine waits for memory).
        // The order changes no result: each row's pairs are written at its own index.
        let order = (0..<n).sorted { x, y in
            let tx = top.counts[x] > 0 ? top.terms[x * top.k] : -1, ty = top.counts[y] > 0 ? top.terms[y * top.k] : -1
            return tx != ty ? tx < ty : x < y
        }
        let rowsPerTask = 256
        let tasks = (n + rowsPerTask - 1) / rowsPerTask
        let progressLock = NSLock()
        nonisolated(unsafe) var done = 0
        var found = [[(Int32, Float)]](repeating: [], count: n)
        let v = vectors
        let nonzeros = DenseNonzeros(v)
        found.withUnsafeMutableBufferPointer { foundBuffer in
            let foundBase = foundBuffer.baseAddress!
            v.dense.withUnsafeBufferPointer { dense in
            nonzeros.start.withUnsafeBufferPointer { nonzeroStart in
            nonzeros.columns.withUnsafeBufferPointer { nonzeroColumns in
            nonzeros.values.withUnsafeBufferPointer { nonzeroValues in
            v.rowStart.withUnsafeBufferPointer { rowStart in
            v.rowTerms.withUnsafeBufferPointer { rowTerms in
            v.rowWeights.withUnsafeBufferPointer { rowWeights in
                parallelFor(tasks) { task in
                    var accumulator = [Float](repeating: 0, count: n)
                    var touched: [Int32] = []
                    let table = _RowScatter(terms: v.sparseCount)
                    accumulator.withUnsafeMutableBufferPointer { accumulator in
                    let acc = accumulator.baseAddress!
                    for i in order[(task * rowsPerTask)..<min(n, (task + 1) * rowsPerTask)] {
                        let js = Self.candidates(of: i, vectors: v, top: top, index: index, limit: limit, eitherTop: candidates.eitherTop,
                                 acc: acc, touched: &touched)
                        var kept: [(Int32, Float)] = []
                        table.fill(rowStart[i]..<rowStart[i + 1], terms: rowTerms.baseAddress!, weights: rowWeights.baseAddress!)
                        for j in js {
                            let x = Self.cosine(denseRow: dense.baseAddress! + i * d, Int(j), nonzeroStart: nonzeroStart.baseAddress!,
                                                nonzeroColumns: nonzeroColumns.baseAddress!, nonzeroValues: nonzeroValues.baseAddress!,
                                                rowStart: rowStart.baseAddress!, rowTerms: rowTerms.baseAddress!,
                                                rowWeights: rowWeights.baseAddress!, table: table)
                            if x >= minimum {
                                let q = SimilarityBlocks.rounded(x)
                                if q >= minimum { kept.append((j, q)) }
                            }
                        }
                        SimilarityBlocks.keepMostSimilar(&kept, cap)
                        foundBase[i] = kept
                    }
                    }
                    if let progress {
                        progressLock.lock()
                        done += 1
                        progress("similarity", min(Double(done) / Double(tasks), 0.999))
                        progressLock.unlock()
                    }
                }
            }}}}}}}
        }
        let out = SimilarityBlocks.gather(found)
        progress?("similarity", 1)
        return out
    }
}

/// One row's sparse terms for look-ups by many other rows: the row's weights scattered into an
/// array over the whole sparse vocabulary (0 where the row lacks the term), so a look-up is one
/// read with no hashing, no probe chain and no branch. Sparse term ids go by document
/// frequency, most frequent first, so the terms other rows mostly hold sit in the array's first
/// pages and stay in cache. One per thread: vocabulary × 4 bytes.
final class _RowScatter {
    @exclusivity(unchecked) private var weights: [Float]
    @exclusivity(unchecked) private var held: [Int32] = []

    /// An empty row over `terms` sparse terms (ids `0..<terms`).
    init(terms: Int) {
        weights = [Float](repeating: 0, count: max(terms, 1))
    }

    /// Holds the row `terms[range]`, `weights[range]` (distinct terms below the vocabulary
    /// size), replacing the last.
    func fill(_ range: Range<Int>, terms: UnsafePointer<Int32>, weights rowWeights: UnsafePointer<Float>) {
        weights.withUnsafeMutableBufferPointer { weights in
            for t in held { weights[Int(t)] = 0 }
            held.removeAll(keepingCapacity: true)
            for k in range {
                weights[Int(terms[k])] = rowWeights[k]
                held.append(terms[k])
            }
        }
    }

    /// Σ over `terms[range]` of weight × the term's weight in the row held (0 when absent), in
    /// order: a term the row lacks adds 0 × weight, +0, which leaves the sum as it was.
    @inline(__always) func dot(_ range: Range<Int>, terms: UnsafePointer<Int32>, weights rowWeights: UnsafePointer<Float>) -> Float {
        weights.withUnsafeBufferPointer { weights in
            let weights = weights.baseAddress!
            var s: Float = 0
            for q in range { s += weights[Int(terms[q])] * rowWeights[q] }
            return s
        }
    }
}
