extension ClusterModel {
    /// The cluster fitted on `split`: the split `earlier` was fitted on with sentences inserted (a
    /// digest's fused sentences). The same values, bit for bit, as
    /// `ClusterModel(documents:split:analyzer:idfSource:)` with `earlier`'s analyzer, but only the
    /// inserted sentences are analysed: the earlier ones keep their analysis and readability.
    ///
    /// The inserted sentences' analysis goes on from the earlier one, then every stem is
    /// renumbered as a fresh analysis numbers it (``Analyzer/_Analysis/_renumberedByFirstAppearance(state:)``).
    /// When an inserted sentence is an exact copy of an earlier one that comes after it (so the
    /// earlier one would fold into it), the cluster is fitted from scratch.
    /// - Parameters:
    ///   - split: `earlier`'s split, in document order, with sentences inserted.
    ///   - earlier: the cluster fitted on the split before the insertions, without a focus.
    ///   - idfSource: where IDF weights come from (as for `earlier`).
    /// - Complexity: O(S² × V) for S sentences and V terms (the similarity), plus the analysis of
    ///   the inserted sentences.
    init(adding split: [ClusterSentence], to earlier: ClusterModel, idfSource: TfidfVectorizer.IDFSource) {
        let analyzer = earlier.tfidf.analyzer
        // each sentence's row in `earlier` (folded sentences have distinct texts)
        var earlierRow = [String: Int](minimumCapacity: earlier.sentences.count)
        for (i, sentence) in earlier.sentences.enumerated() { earlierRow[sentence.text] = i }
        // a sentence with the text of an earlier one has its key (only copies and the inserted
        // sentences are normalized again)
        let splitRows = split.map { earlierRow[$0.text] }
        let folded = _Folded(split, documentCount: earlier.documents.count, knownKeys: splitRows.map { $0.map { earlier._matchKeys[$0] } })
        // a folded sentence is the split's sentence at its index: the same text, the same row
        let rows = folded.splitIndices.map { splitRows[$0] }
        var state = earlier._analysisState
        if rows.lazy.compactMap({ $0 }).count == earlier.sentences.count {
            let added = folded.sentences.indices.filter { rows[$0] == nil }
            let addedAnalysis = analyzer._analyze(added.map { folded.sentences[$0].text }, surface: true, continuing: &state)
            var termIDs: [[Int32]] = [], surface: [[Int32]] = []
            termIDs.reserveCapacity(rows.count)
            surface.reserveCapacity(rows.count)
            var next = 0
            for row in rows {
                if let row {
                    termIDs.append(earlier._termIDs[row])
                    surface.append(earlier._surface[row])
                } else {
                    termIDs.append(addedAnalysis.termIDs[next])
                    surface.append(addedAnalysis.surface[next])
                    next += 1
                }
            }
            let joint = Analyzer._Analysis(termIDs: termIDs, stems: addedAnalysis.stems, surface: surface)
            // with background weights, a fit whose terms are all earlier terms gives the earlier
            // model (the vocabulary is the terms held, sorted; each weight is the term's own)
            var model: TfidfModel?
            if case .background(let background) = idfSource, background.analyzerSignature == analyzer.configuration.signature,
               background.documentCount > 0,
               addedAnalysis.termIDs.allSatisfy({ $0.allSatisfy { earlier.tfidf.index[addedAnalysis.stems[Int($0)]] != nil } }) {
                model = earlier.tfidf
            }
            if let analysis = joint._renumberedByFirstAppearance(state: &state) {
                let standsAlone = folded.sentences.indices.map { rows[$0].map { earlier._standsAlone[$0] } ?? folded.sentences[$0].standsAlone }
                self.init(documents: earlier.documents, folded: folded, standsAlone: standsAlone, analyzer: analyzer,
                          idfSource: idfSource, analysis: analysis, state: state, model: model)
                return
            }
        }
        self.init(documents: earlier.documents, split: split, analyzer: analyzer, idfSource: idfSource)
    }
}
