import Foundation

extension StoryGrouper {
    /// The date decay's factor for two articles `days` apart: `1 / (1 + (days / scale)^power)`,
    /// 1 when `scale` is 0 (off).
    ///
    /// A news event is reported over days to a few weeks; a subject (Turkey and the Kurds,
    /// Brazil's economy) returns in new events over months. Same words weeks apart are weaker
    /// evidence of one event than on the same day: the decay makes them so, smoothly (a
    /// harmonic tail, not a window, so a story told over a month still holds together when
    /// its words are close).
    /// - Complexity: O(1).
    static func timeDecay(days: Double, scale: Double, power: Double) -> Float {
        guard scale > 0 else { return 1 }
        let x = days / scale
        return Float(1 / (1 + (power == 1 ? x : pow(x, power))))
    }

    /// The kept pairs with each similarity multiplied by the date decay of its two articles
    /// (``Options/timeScaleDays``), rounded to 1e-5 as the cosines are; pairs that fall below
    /// the pairs' floor (``Options/minimumSimilarity``, or the threshold when lower) are left
    /// out. Articles without a time are not decayed.
    /// - Parameters:
    ///   - pairs: the cosines, `first < second`, sorted.
    ///   - times: each article's publication time in seconds since 1970, when known (empty: none).
    ///   - options: the grouping's settings.
    /// - Returns: the pairs, same order, when the decay is on and some article has a time; else `pairs`.
    /// - Complexity: O(pairs).
    static func decayed(_ pairs: SimilarityBlocks.Pairs, times: [Double?], options: Options) -> SimilarityBlocks.Pairs {
        guard options.timeScaleDays > 0 || options.timeScaleArticles > 0, times.contains(where: { $0 != nil }) else { return pairs }
        precondition(times.count > Int(pairs.second.max() ?? -1), "decayed: one time (or nil) per article")
        let rank = options.timeScaleArticles > 0 ? timeRanks(times) : []
        let floor = options.similarityLimits.minimumSimilarity
        var out = SimilarityBlocks.Pairs()
        out.first.reserveCapacity(pairs.count)
        out.second.reserveCapacity(pairs.count)
        out.similarity.reserveCapacity(pairs.count)
        for e in 0..<pairs.count {
            let a = Int(pairs.first[e]), b = Int(pairs.second[e])
            var x = pairs.similarity[e]
            if let ta = times[a], let tb = times[b] {
                let days = abs(ta - tb) / 86_400
                var factor = timeDecay(days: days, scale: options.timeScaleDays, power: options.timeDecayPower)
                if !rank.isEmpty {
                    factor *= timeDecay(days: abs(rank[a] - rank[b]), scale: options.timeScaleArticles, power: options.timeDecayPower)
                }
                x = SimilarityBlocks.rounded(x * factor)
            }
            if x >= floor {
                out.first.append(pairs.first[e])
                out.second.append(pairs.second[e])
                out.similarity.append(x)
            }
        }
        return out
    }
}

extension StoryGrouper {
    /// Each dated article's rank in publication order, 0-based; articles published at the same
    /// time share their mean rank; undated articles get 0 (they are never decayed).
    /// - Complexity: O(n log n).
    static func timeRanks(_ times: [Double?]) -> [Double] {
        let dated = times.indices.filter { times[$0] != nil }.sorted { (times[$0]!, $0) < (times[$1]!, $1) }
        var rank = [Double](repeating: 0, count: times.count)
        var i = 0
        while i < dated.count {
            var j = i
            while j + 1 < dated.count && times[dated[j + 1]]! == times[dated[i]]! { j += 1 }
            for k in i...j { rank[dated[k]] = Double(i + j) / 2 }
            i = j + 1
        }
        return rank
    }
}
