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
        var newID = [Int32](repeating: -1, count: stems.count)
        var order: [String] = []
        order.reserveCapacity(stems.count)
        for codes in surface {
            for code in codes where newID[Int(code >> 1)] < 0 {
                newID[Int(code >> 1)] = Int32(order.count)
                order.append(stems[Int(code >> 1)])
            }
        }
        guard order.count == stems.count, state.stems == stems else { return nil }
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
