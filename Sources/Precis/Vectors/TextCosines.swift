import Foundation

/// Cosines of texts, weighed as a ``TfidfModel`` weighs them, with the unit rows of a matrix,
/// meeting only the rows that share a term: the rows' non-zeros are kept by column. Used to
/// compare earlier articles with a cluster's sentences (``ClusterFocus``) and with a brief's
/// stories (``Briefer``).
struct _TextCosines {
    /// Per column, the rows holding it and their values.
    let byColumn: [[(row: Int32, value: Float)]]

    /// - Parameters:
    ///   - columns: the matrix's column count.
    ///   - entries: each row's non-zero entries, row by row (a column repeated within a row is
    ///     kept once).
    init(columns: Int, entries: some Sequence<(row: Int, column: Int, value: Float)>) {
        var byColumn = [[(row: Int32, value: Float)]](repeating: [], count: columns)
        for e in entries where byColumn[e.column].last?.row != Int32(e.row) {
            byColumn[e.column].append((Int32(e.row), e.value))
        }
        self.byColumn = byColumn
    }

    /// Adds one text's TF-IDF weights times the rows' values into `dot` (the rows it reaches
    /// appended to `touched` when first reached) and returns the scale that makes them cosines.
    /// - Parameters:
    ///   - sortedTermIDs: the text's terms as ids, sorted (repeats kept: their run is the term
    ///     frequency; the order makes the sums deterministic).
    ///   - column: per id, its column in the rows, or -1.
    ///   - idf: per id, its IDF (a term the rows lack still counts in the text's norm).
    ///   - sublinearTF: whether term frequencies count as `1 + ln tf`.
    ///   - dot: per row, the running dot product (0 where not touched).
    ///   - touched: the rows reached.
    /// - Returns: `1 / norm` of the text's weights, or 0 when it has none.
    /// - Complexity: O(terms × rows per term).
    func accumulate(sortedTermIDs ids: [Int32], column: [Int], idf: [Float], sublinearTF: Bool,
                    into dot: inout [Float], touched: inout [Int]) -> Float {
        var norm: Float = 0
        var k = 0
        while k < ids.count {
            var end = k + 1
            while end < ids.count && ids[end] == ids[k] { end += 1 }
            let id = Int(ids[k])
            let weight = (sublinearTF ? 1 + Float(log(Double(end - k))) : Float(end - k)) * idf[id]
            norm += weight * weight
            if column[id] >= 0 {
                for (r, v) in byColumn[column[id]] {
                    if dot[Int(r)] == 0 { touched.append(Int(r)) }
                    dot[Int(r)] += weight * v
                }
            }
            k = end
        }
        return norm > 0 ? 1 / norm.squareRoot() : 0
    }
}
