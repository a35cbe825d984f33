import CBLAS
import Foundation

/// The pairs of documents whose cosine clears a threshold, computed a block of rows at a time.
///
/// For rows `i0..<i1` the dense part of every similarity to rows `i0..<n` comes from BLAS
/// `sgemm`, one call per sub-block of 256 rows on our own threads (call BLAS single-threaded,
/// as the `precis` command does: `BLASThreads.set(1)`); the sparse part is added from the
/// inverted index (only rarer terms live there, so their postings are short); each row keeps its pairs `j > i` with cosine at least the minimum,
/// at most ``StoryGrouper/Options/maximumNeighbors`` of them, the most similar. The block is
/// `rows × n` floats, at most ``StoryGrouper/Options/blockFloats``.
///
/// Similarities are rounded to 1e-5 before comparison, so kept pairs do not depend on BLAS's
/// summation order or thread count.
struct SimilarityBlocks: Sendable {
    let vectors: DocumentVectors
    let options: StoryGrouper.Options

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

    func keptPairs(progress: (@Sendable (String, Double) -> Void)? = nil) -> Pairs {
        let n = vectors.count
        let d = vectors.denseCount
        var out = Pairs()
        guard n > 1 else { return out }
        let rowsPerBlock = max(1, min(n, options.blockFloats / n))
        var block = [Float](repeating: 0, count: rowsPerBlock * n)
        let minimum = options.minimumSimilarity
        let cap = options.maximumNeighbors
        var i0 = 0
        while i0 < n {
            let i1 = min(n, i0 + rowsPerBlock)
            let rows = i1 - i0, width = n - i0
            // Rows are taken in sub-blocks of `sub`, in parallel; for each, the dense part of
            // every similarity to the rows from its first on is one single-threaded `sgemm`
            // (block[r][j - i0] = dense[i0 + r] · dense[j], j >= its first row), then the
            // sparse part is added and each row's pairs selected, while the sub-block is in cache.
            // (Our own threads, not BLAS's: its idle threads spin between calls.)
            let sub = 256
            var found = [[(Int32, Float)]](repeating: [], count: rows)
            found.withUnsafeMutableBufferPointer { foundBuffer in
                block.withUnsafeMutableBufferPointer { c in
                    let cBase = c.baseAddress!, foundBase = foundBuffer.baseAddress!
                    let v = vectors
                    v.dense.withUnsafeBufferPointer { denseBuffer in
                    v.rowTerms.withUnsafeBufferPointer { rowTerms in
                    v.rowWeights.withUnsafeBufferPointer { rowWeights in
                    v.rowPosting.withUnsafeBufferPointer { rowPosting in
                    v.postingStart.withUnsafeBufferPointer { postingStart in
                    v.postingDocs.withUnsafeBufferPointer { postingDocs in
                    v.postingWeights.withUnsafeBufferPointer { postingWeights in
                        // A constant for the loops below: the captured `var i0` was reloaded
                        // from its box on every sparse add (stores to the block may alias it).
                        let blockStart = i0
                        _parallelFor((rows + sub - 1) / sub) { sb in
                            let i0 = blockStart
                            let r0 = sb * sub, r1 = min(rows, r0 + sub)
                            let s0 = i0 + r0
                            let corner = cBase + r0 * width + r0
                            if d > 0 {
                                let a = denseBuffer.baseAddress! + s0 * d
                                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(r1 - r0), Int32(n - s0), Int32(d),
                                            1, a, Int32(d), a, Int32(d), 0, corner, Int32(width))
                            } else {
                                for r in 0..<(r1 - r0) { (corner + r * width).update(repeating: 0, count: n - s0) }
                            }
                            for r in r0..<r1 {
                                let i = i0 + r
                                let row0 = cBase + r * width  // row0[j - i0] is the pair (i, j)
                                for k in v.rowStart[i]..<v.rowStart[i + 1] {
                                    let s = Int(rowTerms[k]), w = rowWeights[k]
                                    // The postings after i's own: the later documents with term s.
                                    let end = postingStart[s + 1]
                                    var p = Int(rowPosting[k]) + 1
                                    while p < end {
                                        row0[Int(postingDocs[p]) &- i0] += w * postingWeights[p]
                                        p &+= 1
                                    }
                                }
                                var kept: [(Int32, Float)] = []
                                for j in (i + 1)..<n {
                                    let x = row0[j - i0]
                                    if x >= minimum {
                                        let q = Self.rounded(x)
                                        if q >= minimum { kept.append((Int32(j), q)) }
                                    }
                                }
                                if kept.count > cap {
                                    // Most similar first, ties by smaller j: one packed key (the
                                    // similarities are positive, so their bits order like them).
                                    // The keys are distinct (j is), so the `cap` smallest are one
                                    // set: select them (linear time), no full sort; then keep,
                                    // in j order, the pairs whose key is at most the largest selected.
                                    func key(_ pair: (Int32, Float)) -> UInt64 { (UInt64(~pair.1.bitPattern) << 32) | UInt64(UInt32(pair.0)) }
                                    var keys = kept.map(key)
                                    Self.selectSmallest(&keys, cap)
                                    let worstKept = keys[0..<cap].max()!
                                    kept.removeAll { key($0) > worstKept }
                                }
                                foundBase[r] = kept
                            }
                        }
                    }}}}}}}
                }
            }
            for r in 0..<rows {
                for (j, s) in found[r] {
                    out.first.append(Int32(i0 + r))
                    out.second.append(j)
                    out.similarity.append(s)
                }
            }
            i0 = i1
            // Work done grows with the rows left: report the fraction of the triangle done.
            let left = Double(n - i1)
            progress?("similarity", 1 - (left * left) / (Double(n) * Double(n)))
        }
        return out
    }
}
