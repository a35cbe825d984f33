import CBLAS

extension DenseMatrix {
    /// The Gram matrix `A·Aᵀ` (rows × rows), computed by BLAS `ssyrk` and mirrored to full.
    ///
    /// With unit-length rows this is the cosine similarity of every pair of rows.
    /// - Returns: a symmetric `rows × rows` matrix.
    /// - Complexity: O(rows² × columns), in BLAS.
    public func gram() -> DenseMatrix {
        var out = DenseMatrix(rows: rows, columns: rows)
        guard rows > 0, columns > 0 else { return out }
        values.withUnsafeBufferPointer { a in
            out.values.withUnsafeMutableBufferPointer { c in
                cblas_ssyrk(CblasRowMajor, CblasUpper, CblasNoTrans, Int32(rows), Int32(columns),
                            1, a.baseAddress, Int32(columns), 0, c.baseAddress, Int32(rows))
            }
        }
        for i in 0..<rows {
            for j in 0..<i { out.values[i * rows + j] = out.values[j * rows + i] }
        }
        return out
    }
}
