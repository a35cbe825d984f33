import Foundation
import PrecisSupport

/// Orders stories by importance: how many distinct sources carry them (independent reporting
/// is the strongest sign a story matters), how many articles they have, how much of it came
/// at once (a burst: the most articles within any 24 hours), and how recent they are.
///
/// `score = 2 · ln(1 + sources) + ln(1 + articles) + ln(1 + peakDay) + recency`, where
/// `peakDay` is the burst (0 when no article has a time) and `recency` is in [0, 1]: the
/// story's newest article's time placed between the day's oldest (0) and newest (1) article,
/// or 0 when no article has a publication time. Logarithms, so that no one input swamps the
/// others: a story told by one wire service in 60 articles in a day still ranks with one told
/// by five sources in five. Ties (after rounding the score to
/// 1e-9) go to the larger story, then to the story whose first article comes first in input order.
package struct StoryRanker: Sendable {
    package init() {}

    /// What the ranker knows of a story.
    package struct Candidate: Sendable {
        /// Article indexes, ascending.
        package var members: [Int]
        package var sources: Int
        /// Seconds since 1970 of the newest article, when known.
        package var newest: Double?
        /// The most of its articles published within any 24 hours (0: no times).
        package var peakDay: Int = 0
    }

    /// Scores of candidates, given the day's time span.
    /// - Complexity: O(candidates).
    package func scores(_ candidates: [Candidate], oldest: Double?, newest: Double?) -> [Double] {
        candidates.map { c in
            let recency = Self.recency(c, oldest: oldest, newest: newest)
            return 2 * log(1 + Double(c.sources)) + log(1 + Double(c.members.count)) + log(1 + Double(c.peakDay)) + recency
        }
    }

    /// Candidate indexes, most important first.
    /// - Complexity: O(k log k) for k candidates.
    package func order(_ candidates: [Candidate], oldest: Double?, newest: Double?) -> [Int] {
        let s = scores(candidates, oldest: oldest, newest: newest).map(\.comparisonKey)
        return candidates.indices.sorted { a, b in
            if s[a] != s[b] { return s[a] > s[b] }
            if candidates[a].members.count != candidates[b].members.count {
                return candidates[a].members.count > candidates[b].members.count
            }
            return candidates[a].members[0] < candidates[b].members[0]
        }
    }

    /// The story's newest article placed between the day's oldest (0) and newest (1) article; 0
    /// when unknown, 1 when the day has one time.
    package static func recency(_ c: Candidate, oldest: Double?, newest: Double?) -> Double {
        guard let t = c.newest, let lo = oldest, let hi = newest else { return 0 }
        return hi > lo ? (t - lo) / (hi - lo) : 1
    }

    /// The most of `times` within any 24 hours (a sliding window over the sorted times).
    /// - Complexity: O(t log t).
    package static func peakDay(_ times: [Double]) -> Int {
        let t = times.sorted()
        var best = 0, lo = 0
        for hi in t.indices {
            while t[hi] - t[lo] >= 86_400 { lo += 1 }
            best = max(best, hi - lo + 1)
        }
        return best
    }
}
