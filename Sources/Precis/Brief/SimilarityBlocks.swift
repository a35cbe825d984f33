import CBLAS
import Foundation

/// The pairs of documents whose cosine clears a threshold, computed a block of rows at a time.
///
/// For rows `i0..<i1` the dense part of every similarity to rows `i0..<n` comes from one BLAS
/// `sgemm`; the sparse part is added from the inverted index (only rarer terms live there, so
/// their postings are short); each row keeps its pairs `j > i` with cosine at least the minimum,
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

    static func rounded(_ x: Float) -> Float { (x * 1e5).rounded() / 1e5 }

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
            // Dense part: block[r][j - i0] = dense[i0 + r] · dense[j] for j in i0..<n.
            block.withUnsafeMutableBufferPointer { c in
                if d > 0 {
                    vectors.dense.withUnsafeBufferPointer { a in
                        let base = a.baseAddress! + i0 * d
                        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(width), Int32(d),
                                    1, base, Int32(d), base, Int32(d), 0, c.baseAddress, Int32(width))
                    }
                } else {
                    for k in 0..<(rows * width) { c[k] = 0 }
                }
            }
            // Sparse part and selection, row by row in parallel.
            var found = [[(Int32, Float)]](repeating: [], count: rows)
            found.withUnsafeMutableBufferPointer { foundBuffer in
                block.withUnsafeMutableBufferPointer { c in
                    let cBase = c.baseAddress!, foundBase = foundBuffer.baseAddress!
                    let v = vectors
                    v.rowTerms.withUnsafeBufferPointer { rowTerms in
                    v.rowWeights.withUnsafeBufferPointer { rowWeights in
                    v.postingDocs.withUnsafeBufferPointer { postingDocs in
                    v.postingWeights.withUnsafeBufferPointer { postingWeights in
                        _parallelFor(rows) { r in
                            let i = i0 + r
                            let row = cBase + r * width
                            for k in v.rowStart[i]..<v.rowStart[i + 1] {
                                let s = Int(rowTerms[k]), w = rowWeights[k]
                                var lo = v.postingStart[s], hi = v.postingStart[s + 1]
                                // first posting after i
                                while lo < hi {
                                    let mid = (lo + hi) / 2
                                    if Int(postingDocs[mid]) <= i { lo = mid + 1 } else { hi = mid }
                                }
                                for p in lo..<v.postingStart[s + 1] {
                                    row[Int(postingDocs[p]) - i0] += w * postingWeights[p]
                                }
                            }
                            var kept: [(Int32, Float)] = []
                            for j in (i + 1)..<n {
                                let x = row[j - i0]
                                if x >= minimum {
                                    let q = Self.rounded(x)
                                    if q >= minimum { kept.append((Int32(j), q)) }
                                }
                            }
                            if kept.count > cap {
                                // Most similar first, ties by smaller j: one packed key (the
                                // similarities are positive, so their bits order like them).
                                var keys = kept.map { (UInt64(~$0.1.bitPattern) << 32) | UInt64(UInt32($0.0)) }
                                keys.sort()
                                // Back to (j, similarity), by j: swap the halves and sort.
                                var best = keys[0..<cap].map { ($0 << 32) | ($0 >> 32) }
                                best.sort()
                                kept = best.map { (Int32(truncatingIfNeeded: $0 >> 32), Float(bitPattern: ~UInt32(truncatingIfNeeded: $0))) }
                            }
                            foundBase[r] = kept
                        }
                    }}}}
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
