import Testing
@testable import Precis

@Suite struct DenseMatrixTests {
    /// A deterministic pseudo-random matrix (xorshift), so the check covers many shapes.
    func matrix(rows: Int, columns: Int, seed: UInt64) -> DenseMatrix {
        var state = seed
        var m = DenseMatrix(rows: rows, columns: columns)
        for i in 0..<(rows * columns) {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            m.values[i] = (state % 5 == 0) ? Float(state % 1000) / 1000 : 0
        }
        return m
    }

    @Test(arguments: [(1, 1), (3, 7), (17, 40), (64, 300)])
    func gramMatchesANaiveLoop(rows: Int, columns: Int) {
        var m = matrix(rows: rows, columns: columns, seed: UInt64(rows * 1000 + columns))
        m.normalizeRows()
        let gram = m.gram()
        for i in 0..<rows {
            for j in 0..<rows {
                var dot: Float = 0
                for k in 0..<columns { dot += m[i, k] * m[j, k] }
                #expect(abs(gram[i, j] - dot) < 1e-5, "cell \(i),\(j)")
            }
        }
    }

    @Test func normalizedRowsHaveUnitLengthAndZeroRowsStayZero() {
        var m = DenseMatrix(rows: 2, columns: 2, values: [3, 4, 0, 0])
        m.normalizeRows()
        #expect(m.values == [0.6, 0.8, 0, 0])
    }

    @Test func multiplyMatchesByHand() {
        let m = DenseMatrix(rows: 2, columns: 3, values: [1, 2, 3, 4, 5, 6])
        #expect(m.multiply([1, 0, -1]) == [-2, -2])
    }
}
