import CBLAS
import Foundation
import PrecisSupport

/// The pairs of documents whose cosine clears a threshold, computed a block of rows at a time.
///
/// For rows `i0..<i1` the dense part of every similarity to rows `i0..<n` comes from BLAS
/// `sgemm`, one call per sub-block of 256 rows on our own threads (call BLAS single-threaded,
/// as the `precis` command does: `BLASThreads.set(1)`); the sparse part is added from the
/// inverted index (only rarer terms live there, so their postings are short); each row keeps its pairs `j > i` with cosine at least the minimum,
/// at most ``Limits/maximumNeighbors`` of them, the most similar. A block is
/// `rows × n` floats, at most ``Limits/blockFloats``; its sub-blocks are computed
/// one per core at a time, each into that core's buffer.
///
/// Similarities are rounded to 1e-5 before comparison, so kept pairs do not depend on BLAS's
/// summation order or thread count.
struct SimilarityBlocks: Sendable {
    let vectors: DocumentVectors
    let options: Limits

    /// Which pairs are kept and how much memory a block takes.
    struct Limits: Sendable, Hashable {
        /// Pairs below this cosine are dropped.
        var minimumSimilarity: Float
        /// The most neighbours kept per row, the most similar.
        var maximumNeighbors: Int
        /// The most floats one block of rows holds.
        var blockFloats: Int
    }

    /// Kept pairs: `first < second`, sorted by `first` then `second`.
    struct Pairs: Sendable {
        var first: [Int32] = []
        var second: [Int32] = []
        var similarity: [Float] = []
        var count: Int { first.count }
    }

    /// `x` rounded to 1e-5: `(x * 1e5).rounded() / 1e5` (half away from zero), without the
    /// `roundf` call that `rounded()` compiles to on baseline x86-64 (no rounding instruction):
    /// below 2^23 the truncation through `Int32` and the fraction `scaled - t` are exact.
    @inline(__always) static func rounded(_ x: Float) -> Float {
        let scaled = x * 1e5
        guard scaled.magnitude < 8_388_608 else { return scaled.rounded() / 1e5 }  // also NaN
        let t = Float(Int32(scaled))
        let fraction = scaled - t
        let r = fraction >= 0.5 ? t + 1 : (fraction <= -0.5 ? t - 1 : t)
        // The sign of a zero as `rounded()` gives it (-0.3 rounds to -0).
        return Float(signOf: scaled, magnitudeOf: r) / 1e5
    }

    /// Reorders `keys` so that its `k` smallest elements come first (in no particular order):
    /// quickselect with a median-of-three pivot.
    /// - Complexity: O(n) on average.
    static func selectSmallest(_ keys: inout [UInt64], _ k: Int) {
        guard k > 0, k < keys.count else { return }
        keys.withUnsafeMutableBufferPointer { a in
            var lo = 0, hi = a.count - 1  // the k-th smallest (index k - 1) lies in lo...hi
            let target = k - 1
            while hi > lo {
                let mid = lo + (hi - lo) / 2
                // Median of three to a[mid], then Hoare partition around its value.
                if a[mid] < a[lo] { a.swapAt(mid, lo) }
                if a[hi] < a[lo] { a.swapAt(hi, lo) }
                if a[hi] < a[mid] { a.swapAt(hi, mid) }
                let pivot = a[mid]
                var i = lo, j = hi
                while i <= j {
                    while a[i] < pivot { i += 1 }
                    while a[j] > pivot { j -= 1 }
                    if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
                }
                // lo...j <= pivot, i...hi >= pivot, j < i.
                if target <= j { hi = j } else if target >= i { lo = i } else { return }
            }
        }
    }

    /// Keeps a row's `cap` most similar pairs (ties: the smaller index), in their order.
    /// - Complexity: O(pairs).
    static func keepMostSimilar(_ kept: inout [(Int32, Float)], _ cap: Int) {
        guard kept.count > cap else { return }
        // Most similar first, ties by smaller j: one packed key (the similarities are
        // positive, so their bits order like them). The keys are distinct (j is), so the `cap`
        // smallest are one set: select them (linear time), no full sort; then keep, in j
        // order, the pairs whose key is at most the largest selected.
        func key(_ pair: (Int32, Float)) -> UInt64 { (UInt64(~pair.1.bitPattern) << 32) | UInt64(UInt32(pair.0)) }
        var keys = kept.map(key)
        selectSmallest(&keys, cap)
        let worstKept = keys[0..<cap].max()!
        kept.removeAll { key($0) > worstKept }
    }

    /// The sub-blocks of rows, in order: blocks of at most ``Limits/blockFloats``
    /// / n rows, each cut into runs of 256 rows from its start; `(first row, rows)`.
    static func subBlocks(count n: Int, blockFloats: Int) -> [(start: Int, rows: Int)] {
        let rowsPerBlock = max(1, min(n, blockFloats / n))
        let sub = 256
        var out: [(start: Int, rows: Int)] = []
        for i0 in stride(from: 0, to: n, by: rowsPerBlock) {
            let rows = min(n, i0 + rowsPerBlock) - i0
            for r0 in stride(from: 0, to: rows, by: sub) { out.append((i0 + r0, min(sub, rows - r0))) }
        }
        return out
    }

    func keptPairs(progress: (@Sendable (String, Double) -> Void)? = nil) -> Pairs {
        let n = vectors.count
        let d = vectors.denseCount
        guard n > 1 else { return Pairs() }
        precondition(vectors.hasRowPostings, "SimilarityBlocks needs the vectors' row postings (DocumentVectors.Options.rowPostingsBelow)")
        let minimum = options.minimumSimilarity
        let cap = options.maximumNeighbors
        // Every sub-block is one task on our own threads (not BLAS's: its idle threads spin
        // between calls): the dense part of every similarity from its rows to the rows from its
        // first on is one single-threaded `sgemm` into the task's buffer (buffer[r][j - s0] =
        // dense[s0 + r] · dense[j]), then the sparse part is added and each row's pairs
        // selected while the rows are in cache. The tasks run without a barrier between blocks
        // (the cores stayed idle while a block's last sub-block finished), each core reusing
        // its own buffer, and are cut exactly as the blocks were, so every `sgemm` call is the
        // same. Buffers: one sub-block (at most 256 rows × n) per core.
        BLASCore.prepare()  // before the parallel sgemm calls
        let tasks = Self.subBlocks(count: n, blockFloats: options.blockFloats)
        let buffers = BufferPool(floats: (tasks.map(\.rows).max() ?? 0) * n)
        let work = tasks.map { Double($0.rows) * Double(n - $0.start) }
        let progressLock = NSLock()
        nonisolated(unsafe) var done = 0.0
        let totalWork = work.reduce(0, +)
        var found = [[(Int32, Float)]](repeating: [], count: n)
        found.withUnsafeMutableBufferPointer { foundBuffer in
            let foundBase = foundBuffer.baseAddress!
            let v = vectors
            v.dense.withUnsafeBufferPointer { denseBuffer in
            v.rowTerms.withUnsafeBufferPointer { rowTerms in
            v.rowWeights.withUnsafeBufferPointer { rowWeights in
            v.rowPosting.withUnsafeBufferPointer { rowPosting in
            v.postingStart.withUnsafeBufferPointer { postingStart in
            v.postingDocs.withUnsafeBufferPointer { postingDocs in
            v.postingWeights.withUnsafeBufferPointer { postingWeights in
                parallelFor(tasks.count) { t in
                    let s0 = tasks[t].start, s1 = s0 + tasks[t].rows
                    let width = n - s0
                    let c = buffers.take()
                    defer { buffers.give(c) }
                    if d > 0 {
                        let a = denseBuffer.baseAddress! + s0 * d
                        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(s1 - s0), Int32(width), Int32(d),
                                    1, a, Int32(d), a, Int32(d), 0, c, Int32(width))
                    } else {
                        c.update(repeating: 0, count: (s1 - s0) * width)
                    }
                    for i in s0..<s1 {
                        let row0 = c + (i - s0) * width  // row0[j - s0] is the pair (i, j)
                        for k in v.rowStart[i]..<v.rowStart[i + 1] {
                            let s = Int(rowTerms[k]), w = rowWeights[k]
                            // The postings after i's own: the later documents with term s.
                            let end = postingStart[s + 1]
                            var p = Int(rowPosting[k]) + 1
                            while p < end {
                                row0[Int(postingDocs[p]) &- s0] += w * postingWeights[p]
                                p &+= 1
                            }
                        }
                        var kept: [(Int32, Float)] = []
                        for j in (i + 1)..<n {
                            let x = row0[j - s0]
                            if x >= minimum {
                                let q = Self.rounded(x)
                                if q >= minimum { kept.append((Int32(j), q)) }
                            }
                        }
                        Self.keepMostSimilar(&kept, cap)
                        foundBase[i] = kept
                    }
                    if let progress {
                        // Work done grows with the rows left: the fraction of the triangle done.
                        progressLock.lock()
                        done += work[t]
                        progress("similarity", min(done / totalWork, 0.999))
                        progressLock.unlock()
                    }
                }
            }}}}}}}
        }
        let out = Self.gather(found)
        progress?("similarity", 1)
        return out
    }

    /// The rows' pairs, in row order, as one ``Pairs`` (copied on all cores).
    static func gather(_ found: [[(Int32, Float)]]) -> Pairs {
        var start = [Int](repeating: 0, count: found.count + 1)
        for i in found.indices { start[i + 1] = start[i] + found[i].count }
        let total = start[found.count]
        var out = Pairs()
        out.first = [Int32](repeating: 0, count: total)
        out.second = [Int32](repeating: 0, count: total)
        out.similarity = [Float](repeating: 0, count: total)
        out.first.withUnsafeMutableBufferPointer { first in
        out.second.withUnsafeMutableBufferPointer { second in
        out.similarity.withUnsafeMutableBufferPointer { similarity in
            let f = first.baseAddress!, s = second.baseAddress!, w = similarity.baseAddress!
            parallelFor(found.count) { i in
                var e = start[i]
                for (j, x) in found[i] { f[e] = Int32(i); s[e] = j; w[e] = x; e += 1 }
            }
        }}}
        return out
    }
}
