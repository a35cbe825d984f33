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
/// The exact cosine is the dense dot product plus a merge of the two sparse rows, summed in a
/// fixed order and rounded to 1e-5 as ``SimilarityBlocks`` rounds its cosines; the kept pairs
/// (at least the minimum, at most ``SimilarityBlocks/Limits/maximumNeighbors`` per row, the
/// most similar, later rows only) have the same form as that type's, in the same order.
/// Memory: the index (n × top terms), one accumulator of n floats per core, the kept pairs;
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

    /// Row `i`'s candidates: the later documents sharing a top term with it, the
    /// ``Limits/candidatesPerRow`` best by the dot product of their shared top terms (ties:
    /// smaller index), ascending. `acc` (n floats, all 0) is left all 0.
    static func candidates(of i: Int, top: TopTerms, index: TopIndex, limit: Int,
                           acc: UnsafeMutablePointer<Float>, touched: inout [Int32]) -> [Int32] {
        touched.removeAll(keepingCapacity: true)
        let k = top.k
        for slot in 0..<Int(top.counts[i]) {
            let t = Int(top.terms[i * k + slot]), w = top.weights[i * k + slot]
            // The postings after i's own (i holds t in its top terms, so it is in them).
            var lo = index.start[t], hi = index.start[t + 1]
            while lo < hi {
                let mid = (lo + hi) >> 1
                if Int(index.docs[mid]) <= i { lo = mid + 1 } else { hi = mid }
            }
            for p in lo..<index.start[t + 1] {
                let j = Int(index.docs[p])
                if acc[j] == 0 { touched.append(Int32(j)) }
                acc[j] += w * index.weights[p]
            }
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

    /// The exact cosine of rows `i` and `j`: the dense dot product (eight lanes, then the
    /// lanes' sum and the tail) plus the sparse rows merged; a fixed order, so the same value
    /// on any thread.
    @inline(__always) static func cosine(_ i: Int, _ j: Int, d: Int, dense: UnsafePointer<Float>,
                                         rowStart: UnsafePointer<Int>, rowTerms: UnsafePointer<Int32>,
                                         rowWeights: UnsafePointer<Float>) -> Float {
        let a = dense + i * d, b = dense + j * d
        var lanes = SIMD8<Float>()
        var c = 0
        while c + 8 <= d {
            lanes += UnsafeRawPointer(a + c).loadUnaligned(as: SIMD8<Float>.self)
                * UnsafeRawPointer(b + c).loadUnaligned(as: SIMD8<Float>.self)
            c += 8
        }
        var s = lanes.sum()
        while c < d { s += a[c] * b[c]; c += 1 }
        var p = rowStart[i], q = rowStart[j]
        let pEnd = rowStart[i + 1], qEnd = rowStart[j + 1]
        while p < pEnd && q < qEnd {
            let x = rowTerms[p], y = rowTerms[q]
            if x == y { s += rowWeights[p] * rowWeights[q] }
            // Both advance on a match; branch-free steps (the merge's branches are unpredictable).
            p &+= x <= y ? 1 : 0
            q &+= y <= x ? 1 : 0
        }
        return s
    }

    /// The kept pairs: `first < second`, sorted by `first` then `second`, each row's at least
    /// the minimum and at most the neighbour cap (the most similar).
    func keptPairs(progress: (@Sendable (String, Double) -> Void)? = nil) -> SimilarityBlocks.Pairs {
        let n = vectors.count, d = vectors.denseCount
        guard n > 1 else { return SimilarityBlocks.Pairs() }
        let top = Self.topTerms(vectors, k: candidates.topTerms)
        let index = Self.index(top, documents: n, terms: d + vectors.postingStart.count - 1)
        let minimum = limits.minimumSimilarity, cap = limits.maximumNeighbors, limit = candidates.candidatesPerRow
        // Rows in tasks of 256, each with its own accumulator (left all 0 by every row).
        let rowsPerTask = 256
        let tasks = (n + rowsPerTask - 1) / rowsPerTask
        let progressLock = NSLock()
        nonisolated(unsafe) var done = 0
        var found = [[(Int32, Float)]](repeating: [], count: n)
        let v = vectors
        found.withUnsafeMutableBufferPointer { foundBuffer in
            let foundBase = foundBuffer.baseAddress!
            v.dense.withUnsafeBufferPointer { dense in
            v.rowStart.withUnsafeBufferPointer { rowStart in
            v.rowTerms.withUnsafeBufferPointer { rowTerms in
            v.rowWeights.withUnsafeBufferPointer { rowWeights in
                parallelFor(tasks) { task in
                    var accumulator = [Float](repeating: 0, count: n)
                    var touched: [Int32] = []
                    accumulator.withUnsafeMutableBufferPointer { accumulator in
                    let acc = accumulator.baseAddress!
                    for i in (task * rowsPerTask)..<min(n, (task + 1) * rowsPerTask) {
                        let js = Self.candidates(of: i, top: top, index: index, limit: limit, acc: acc, touched: &touched)
                        var kept: [(Int32, Float)] = []
                        for j in js {
                            let x = Self.cosine(i, Int(j), d: d, dense: dense.baseAddress!, rowStart: rowStart.baseAddress!,
                                                rowTerms: rowTerms.baseAddress!, rowWeights: rowWeights.baseAddress!)
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
            }}}}
        }
        let out = SimilarityBlocks.gather(found)
        progress?("similarity", 1)
        return out
    }
}
