extension ClusterFocus {
    /// What the earlier sentences hold, measured against a cluster's sentences.
    struct _Earlier {
        /// Per sentence of the cluster, its highest cosine to an earlier sentence (not rounded).
        var similarity: [Float]
        /// Per vocabulary column of the cluster, whether an earlier sentence holds the term.
        var heldColumns: [Bool]
        /// The held columns as a set, and the earlier sentences' pairs (keys of
        /// ``ClusterFocus/pairKey(_:_:)``): surface bigrams as stem ids, adjacent terms as
        /// columns. Empty unless asked for: only the concept method reads them, to weigh down
        /// what the earlier articles hold.
        var terms = Set<Int>(), surfacePairs = Set<Int>(), termPairs = Set<Int>()
    }

    /// Compares earlier sentences with a cluster's: each cluster sentence's highest cosine to one
    /// of them, and which of the cluster's terms (and, with `keepingPairs`, word pairs) they hold.
    ///
    /// - Parameters:
    ///   - sentences: the earlier sentences (not empty).
    ///   - cluster: the fitted cluster.
    ///   - unknownIDF: the IDF of a term the cluster lacks.
    ///   - keepingPairs: whether to collect ``_Earlier/terms`` and the pairs.
    /// - Returns: the comparison.
    /// - Complexity: O(E × t × p) for E earlier sentences of t terms, each term held by p of the
    ///   cluster's sentences; words the cluster's sentences hold are not analysed again.
    static func _earlier(_ sentences: [String], in cluster: ClusterModel, unknownIDF: (String) -> Float,
                         keepingPairs: Bool) -> _Earlier {
        let count = cluster.sentences.count
        let columns = cluster.vectors.columns
        // analysed on from the cluster's own analysis: words it met are not analysed again, and
        // its stems keep their ids (an id below `known` is a cluster stem, one above is not)
        let known = cluster._stems.count
        var state = cluster._analysisState
        let joint = cluster.tfidf.analyzer._analyze(sentences, surface: true, continuing: &state)
        // each cluster stem's column, read off the cluster's own terms (the vectorizer gives every
        // stem held as a term a column): `cluster.tfidf.index` without hashing the stem again;
        // -1 past the cluster's stems
        var column = [Int](repeating: -1, count: joint.stems.count)
        for (ids, termColumns) in zip(cluster._termIDs, cluster._termColumns) {
            for (id, c) in zip(ids, termColumns) { column[Int(id)] = c }
        }
        // the earlier stems renumbered in order of first appearance among the earlier words
        // (every word's surface code), as an analysis of the earlier sentences alone numbers
        // them: the cosines sum term weights in that order, so they come out to the same bits
        let (local, stemOfLocal) = Analyzer._Analysis._firstAppearance(in: joint.surface, stemCount: joint.stems.count)
        let localColumn = stemOfLocal.map { column[$0] }
        // the IDF of each earlier stem held as a term (stop words and short words need none)
        var idf = [Float](repeating: 0, count: stemOfLocal.count)
        var isTerm = [Bool](repeating: false, count: joint.stems.count)
        for ids in joint.termIDs { for id in ids { isTerm[Int(id)] = true } }
        for (l, id) in stemOfLocal.enumerated() where isTerm[id] {
            idf[l] = column[id] >= 0 ? cluster.tfidf.idf[column[id]] : unknownIDF(joint.stems[id])
        }
        // the cluster's sentences by column (their non-zeros): an earlier sentence meets only the
        // sentences sharing one of its terms
        let rows = _TextCosines(columns: columns, entries: (0..<count).lazy.flatMap { i in
            cluster._termColumns[i].lazy.map { (row: i, column: $0, value: cluster.vectors.values[i * columns + $0]) }
        })
        var out = _Earlier(similarity: [Float](repeating: 0, count: count),
                           heldColumns: [Bool](repeating: false, count: columns))
        var dot = [Float](repeating: 0, count: count)
        var touched: [Int] = []
        var sorted: [Int32] = []
        for (s, termIDs) in joint.termIDs.enumerated() {
            // TF-IDF weights in stem-id order (deterministic sums), unit length over every term
            sorted.removeAll(keepingCapacity: true)
            for id in termIDs { sorted.append(local[Int(id)]) }
            sorted.sort()
            let scale = rows.accumulate(sortedTermIDs: sorted, column: localColumn, idf: idf,
                                        sublinearTF: cluster.tfidf.sublinearTF, into: &dot, touched: &touched)
            if scale > 0 {
                for i in touched { out.similarity[i] = max(out.similarity[i], dot[i] * scale) }
            }
            for i in touched { dot[i] = 0 }
            touched.removeAll(keepingCapacity: true)
            for id in termIDs where column[Int(id)] >= 0 { out.heldColumns[column[Int(id)]] = true }
            guard keepingPairs else { continue }
            for k in termIDs.indices.dropFirst() {
                let a = column[Int(termIDs[k - 1])], b = column[Int(termIDs[k])]
                if a >= 0 && b >= 0 { out.termPairs.insert(pairKey(a, b)) }
            }
            let words = joint.surface[s]
            for k in words.indices.dropFirst() where (words[k - 1] & words[k] & 1) == 0 {
                let a = Int(words[k - 1] >> 1), b = Int(words[k] >> 1)
                if a < known && b < known { out.surfacePairs.insert(pairKey(a, b)) }
            }
        }
        if keepingPairs { out.terms = Set(out.heldColumns.indices.filter { out.heldColumns[$0] }) }
        return out
    }

    /// Per sentence, the IDF of its distinct terms that the earlier articles hold over the IDF of
    /// all its distinct terms (0 for a sentence without terms), rounded as the cosines are.
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - held: per vocabulary column, whether the earlier articles hold it.
    /// - Complexity: O(S × t) for S sentences of t terms.
    static func containment(of cluster: ClusterModel, held: [Bool]) -> [Float] {
        // a term's first occurrence in sentence i marks it with i (no set per sentence)
        var lastSentence = [Int](repeating: -1, count: held.count)
        return cluster._termColumns.enumerated().map { i, columns in
            var heldIDF: Float = 0, total: Float = 0
            for c in columns where lastSentence[c] != i {
                lastSentence[c] = i
                total += cluster.tfidf.idf[c]
                if held[c] { heldIDF += cluster.tfidf.idf[c] }
            }
            return total > 0 ? (heldIDF / total * 1e6).rounded() / 1e6 : 0
        }
    }
}
