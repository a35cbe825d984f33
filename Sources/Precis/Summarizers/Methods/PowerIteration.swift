import CBLAS
import PrecisSupport

/// The stationary distribution of a random walk with restarts (PageRank), by power iteration
/// through BLAS `sgemv`.
enum PowerIteration {
    /// Iterates `p ← (1 − d)/N + d × Mᵀp` from the uniform vector.
    ///
    /// - Parameters:
    ///   - matrix: a row-stochastic `N × N` matrix (rows with no weight are treated as uniform).
    ///   - damping: d, the probability of following a link (0...1).
    ///   - tolerance: stop when the L1 change is below it.
    ///   - maximumIterations: stop after this many iterations.
    ///   - restart: where a jump lands, one non-negative weight per node (`nil`: uniformly);
    ///     weights in proportion to relevance give a biased (topic-sensitive) walk.
    /// - Returns: the distribution (sums to 1) and the iterations used.
    /// - Precondition: `matrix` is square.
    /// - Complexity: O(iterations × N²), in BLAS.
    static func stationary(
        _ matrix: DenseMatrix, damping: Double, tolerance: Double = 1e-6, maximumIterations: Int = 200,
        restart: [Float]? = nil
    ) -> (distribution: [Float], iterations: Int) {
        precondition(matrix.rows == matrix.columns, "power iteration needs a square matrix, got \(matrix.rows)x\(matrix.columns)")
        let n = matrix.rows
        guard n > 0 else { return ([], 0) }
        var m = matrix
        for r in 0..<n {
            var sum: Float = 0
            for c in 0..<n { sum += m.values[r * n + c] }
            if sum > 0 { for c in 0..<n { m.values[r * n + c] /= sum } }
            else { for c in 0..<n { m.values[r * n + c] = 1 / Float(n) } }
        }
        var p = [Float](repeating: 1 / Float(n), count: n)
        var next = [Float](repeating: 0, count: n)
        let d = Float(damping)
        let jump = (1 - d) / Float(n)
        var jumps = [Float](repeating: jump, count: n)
        if let restart, restart.count == n {
            let total = restart.reduce(0, +)
            if total > 0 { jumps = restart.map { (1 - d) * $0 / total } }
        }
        var iterations = 0
        BLASCore.prepare()
        while iterations < maximumIterations {
            iterations += 1
            for k in 0..<n { next[k] = jumps[k] }
            m.values.withUnsafeBufferPointer { a in
                cblas_sgemv(CblasRowMajor, CblasTrans, Int32(n), Int32(n), d, a.baseAddress, Int32(n), p, 1, 1, &next, 1)
            }
            var change = 0.0
            var total: Float = 0
            for k in 0..<n { total += next[k] }
            for k in 0..<n { next[k] /= total; change += Double(abs(next[k] - p[k])) }
            swap(&p, &next)
            if change < tolerance { break }
        }
        return (p, iterations)
    }
}
