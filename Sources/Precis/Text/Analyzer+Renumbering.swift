extension Analyzer._Analysis {
    /// This analysis with its stems numbered as an analysis of the same texts from scratch numbers
    /// them: in order of first appearance among the texts' words (every word's surface code), so an
    /// analysis that went on from an earlier one (``Analyzer/_analyze(_:surface:continuing:)``) can
    /// stand for a fresh one. Sums over terms run in stem-id order, so the numbering decides their bits.
    /// - Parameter state: the state the analysis ended in; its stems are renumbered alike.
    /// - Returns: the renumbered analysis, or nil when some stem appears in no text (a fresh
    ///   analysis would not have it), or the analysis has no surface codes.
    /// - Complexity: O(total words + stems + words met).
    func _renumberedByFirstAppearance(state: inout Analyzer._AnalysisState) -> Self? {
        guard state.surface, surface.count == termIDs.count else { return nil }
        let (newID, met) = Self._firstAppearance(in: surface, stemCount: stems.count)
        guard met.count == stems.count, state.stems == stems else { return nil }
        let order = met.map { stems[$0] }
        func renumbered(_ code: Int32) -> Int32 { newID[Int(code >> 1)] << 1 | (code & 1) }
        state.stems = order
        for i in state.stemIDs.indices { state.stemIDs.values[i] = newID[Int(state.stemIDs.values[i])] }
        for k in state.analysed.indices {
            if state.analysed[k].term >= 0 { state.analysed[k].term = newID[Int(state.analysed[k].term)] }
            state.analysed[k].surface = renumbered(state.analysed[k].surface)
        }
        return Self(termIDs: termIDs.map { $0.map { newID[Int($0)] } }, stems: order, surface: surface.map { $0.map(renumbered) })
    }
}

extension Analyzer._Analysis {
    /// The stems met among `surface`'s word codes, numbered in order of first appearance.
    /// - Parameters:
    ///   - surface: per text, its words' surface codes (a stem id shifted left by one).
    ///   - stemCount: how many stems there are.
    /// - Returns: each stem's new id (-1 for a stem no word has), and the stems met, in order.
    /// - Complexity: O(total words + stems).
    static func _firstAppearance(in surface: [[Int32]], stemCount: Int) -> (ids: [Int32], met: [Int]) {
        var ids = [Int32](repeating: -1, count: stemCount)
        var met: [Int] = []
        for codes in surface {
            for code in codes where ids[Int(code >> 1)] < 0 {
                ids[Int(code >> 1)] = Int32(met.count)
                met.append(Int(code >> 1))
            }
        }
        return (ids, met)
    }
}
