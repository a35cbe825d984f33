extension StoryGrouper {
    /// One pass of reassignment after the linkage: each article moves to the story whose
    /// articles it is on average most similar to, when that average beats the one to its own
    /// story (itself left out) and reaches `threshold`.
    ///
    /// Average link merges whole groups, so an article that entered a story early, through one
    /// close neighbour, stays there even when another story fits it better; this corrects such
    /// single articles without touching the stories' shape otherwise. Every move is computed
    /// from the same assignment, then all are applied, so the result does not depend on the
    /// order of the articles. Ties go to the story listed first (the larger).
    /// - Parameters:
    ///   - stories: the stories, as the linkage returns them (ascending members, largest first).
    ///   - pairs: the cosines (pairs not kept count as 0).
    ///   - count: the number of articles.
    ///   - threshold: the least average cosine a move needs.
    /// - Returns: the stories after the moves (empty ones dropped), ascending members, largest
    ///   first, ties by first member.
    /// - Complexity: O(n + E) time for E pairs, O(n + E) memory.
    static func reassigned(_ stories: [[Int]], pairs: SimilarityBlocks.Pairs, count n: Int, threshold: Float) -> [[Int]] {
        let story = storyOf(stories, count: n)
        // Each article's pairs, by article: (other story, cosine), gathered by a counting sort.
        var start = [Int](repeating: 0, count: n + 1)
        for e in 0..<pairs.count {
            start[Int(pairs.first[e]) + 1] += 1
            start[Int(pairs.second[e]) + 1] += 1
        }
        for i in 0..<n { start[i + 1] += start[i] }
        var next = start
        var linked = [(story: Int32, cosine: Float)](repeating: (0, 0), count: start[n])
        for e in 0..<pairs.count {
            let a = Int(pairs.first[e]), b = Int(pairs.second[e]), x = pairs.similarity[e]
            linked[next[a]] = (story[b], x); next[a] += 1
            linked[next[b]] = (story[a], x); next[b] += 1
        }
        var target = story.map(Int.init)
        var sums = [Double](repeating: 0, count: stories.count)
        var touched: [Int] = []
        for i in 0..<n {
            for p in start[i]..<start[i + 1] {
                let s = Int(linked[p].story)
                if sums[s] == 0 { touched.append(s) }
                sums[s] += Double(linked[p].cosine)
            }
            let own = Int(story[i])
            let ownSize = stories[own].count - 1
            var best = own
            var bestAverage = ownSize > 0 ? sums[own] / Double(ownSize) : 0
            touched.sort()
            for s in touched where s != own {
                let average = sums[s] / Double(stories[s].count)
                if average > bestAverage && average >= Double(threshold) { best = s; bestAverage = average }
            }
            target[i] = best
            for s in touched { sums[s] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        var moved = [[Int]](repeating: [], count: stories.count)
        for i in 0..<n { moved[target[i]].append(i) }
        var out = moved.filter { !$0.isEmpty }
        out.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return out
    }
}
