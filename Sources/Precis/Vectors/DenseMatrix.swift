import CBLAS

/// A dense row-major matrix of `Float`, the shape BLAS works on.
///
/// ```swift
/// var m = DenseMatrix(rows: 2, columns: 3)
/// m[0, 1] = 1
/// m.row(0)   // [0, 1, 0]
/// ```
public struct DenseMatrix: Sendable, Hashable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The values, row after row (`rows * columns` of them).
    public var values: [Float]

    /// A matrix of zeros.
    /// - Precondition: `rows` and `columns` are not negative.
    public init(rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "DenseMatrix dimensions must be non-negative, got \(rows)x\(columns)")
        self.rows = rows
        self.columns = columns
        values = [Float](repeating: 0, count: rows * columns)
    }

    /// A matrix over existing row-major values.
    /// - Precondition: `values.count == rows * columns`.
    public init(rows: Int, columns: Int, values: [Float]) {
        precondition(values.count == rows * columns, "DenseMatrix needs \(rows * columns) values, got \(values.count)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The element at `row`, `column`.
    public subscript(row: Int, column: Int) -> Float {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// A copy of one row.
    public func row(_ index: Int) -> [Float] {
        precondition(index >= 0 && index < rows, "row \(index) out of 0..<\(rows)")
        return Array(values[(index * columns)..<((index + 1) * columns)])
    }

    /// Scales every non-zero row to unit Euclidean length.
    /// - Complexity: O(rows × columns).
    public mutating func normalizeRows() {
        guard columns > 0 else { return }
        values.withUnsafeMutableBufferPointer { buffer in
            for r in 0..<rows {
                let base = buffer.baseAddress! + r * columns
                let norm = cblas_snrm2(Int32(columns), base, 1)
                if norm > 0 { cblas_sscal(Int32(columns), 1 / norm, base, 1) }
            }
        }
    }

    /// The matrix-vector product `A·x`, by BLAS `sgemv`.
    /// - Precondition: `x.count == columns`.
    /// - Complexity: O(rows × columns).
    public func multiply(_ x: [Float]) -> [Float] {
        precondition(x.count == columns, "vector of \(x.count) for a matrix of \(columns) columns")
        var y = [Float](repeating: 0, count: rows)
        guard rows > 0, columns > 0 else { return y }
        values.withUnsafeBufferPointer { a in
            cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(rows), Int32(columns), 1, a.baseAddress,
                        Int32(columns), x, 1, 0, &y, 1)
        }
        return y
    }
}
