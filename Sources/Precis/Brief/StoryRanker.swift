import Foundation

/// Orders stories by importance: how many distinct sources carry them, how many articles they
/// have, and how recent they are.
///
/// `score = 2 · ln(1 + sources) + ln(1 + articles) + recency`, where `recency` is in [0, 1]:
/// the story's newest article's time placed between the day's oldest (0) and newest (1)
/// article, or 0 when no article has a publication time. Ties (after rounding the score to
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
    }

    /// Scores of candidates, given the day's time span.
    /// - Complexity: O(candidates).
    package func scores(_ candidates: [Candidate], oldest: Double?, newest: Double?) -> [Double] {
        candidates.map { c in
            var recency = 0.0
            if let t = c.newest, let lo = oldest, let hi = newest {
                recency = hi > lo ? (t - lo) / (hi - lo) : 1
            }
            return 2 * log(1 + Double(c.sources)) + log(1 + Double(c.members.count)) + recency
        }
    }

    /// Candidate indexes, most important first.
    /// - Complexity: O(k log k) for k candidates.
    package func order(_ candidates: [Candidate], oldest: Double?, newest: Double?) -> [Int] {
        let s = scores(candidates, oldest: oldest, newest: newest).map { ($0 * 1e9).rounded() }
        return candidates.indices.sorted { a, b in
            if s[a] != s[b] { return s[a] > s[b] }
            if candidates[a].members.count != candidates[b].members.count {
                return candidates[a].members.count > candidates[b].members.count
            }
            return candidates[a].members[0] < candidates[b].members[0]
        }
    }
}
