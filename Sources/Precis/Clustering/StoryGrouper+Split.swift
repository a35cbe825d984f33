extension StoryGrouper {
    /// The largest story ``split(_:pairs:count:ratio:minimumPart:balance:)`` examines: its merge tree
    /// takes O(m³) time and O(m²) memory for m articles. Larger stories are left whole.
    static let splitLargestStory = 600

    /// Splits stories that are two events sharing a subject: inside each story, average link over
    /// the story's own cosines builds the full merge tree; walking down from its top merge, merges
    /// whose smaller side is small (fewer than `minimumPart` articles, or than `balance` × the
    /// merge's) are stepped through (those small sides are set aside), and the first merge whose
    /// sides are both not small is undone when the average cosine across it is below `ratio` × the
    /// smaller of the two sides' own average cosines. Each set-aside piece joins the side it is on average most
    /// similar to (ties: the side merged first), and each side is checked again the same way.
    ///
    /// Average link (and the shared-neighbour pass after it) joins two tight events on one
    /// subject once their cross average reaches the threshold, though each is much tighter than
    /// the pair; this looks at the shape of the finished story rather than at one threshold.
    /// - Parameters:
    ///   - stories: the stories (ascending members, largest first).
    ///   - pairs: the cosines (pairs not kept count as 0).
    ///   - count: the number of articles.
    ///   - ratio: a merge is undone when its cross average is below this × the smaller side's
    ///     cohesion; 0 splits nothing.
    ///   - minimumPart: the fewest articles of each side of a merge that may be undone (at least 2).
    ///   - balance: a side also counts as small when it holds fewer than this fraction of its
    ///     merge's articles (0: only `minimumPart` counts), so a story is cut into comparable parts.
    /// - Returns: the stories after the splits, ascending members, largest first, ties by first
    ///   member; unchanged stories are the same arrays.
    /// - Complexity: O(n + E) to gather each story's cosines, then O(m³) time and O(m²) memory per
    ///   check of a story of m articles (stories above ``splitLargestStory`` are not checked).
    static func split(_ stories: [[Int]], pairs: SimilarityBlocks.Pairs, count n: Int, ratio: Double, minimumPart: Int,
                      balance: Double = 0) -> [[Int]] {
        precondition(minimumPart >= 2, "a side of one article has no cohesion to compare")
        let checked = stories.indices.filter { stories[$0].count >= 2 * minimumPart && stories[$0].count <= splitLargestStory }
        guard ratio > 0, !checked.isEmpty else { return stories }
        // Each checked story's dense cosine matrix, in its own (local) indexes.
        var local = [Int32](repeating: -1, count: n)
        var checkedStory = [Int32](repeating: -1, count: n)
        for (c, s) in checked.enumerated() {
            for (k, i) in stories[s].enumerated() { local[i] = Int32(k); checkedStory[i] = Int32(c) }
        }
        var matrices = checked.map { [Double](repeating: 0, count: stories[$0].count * stories[$0].count) }
        for e in 0..<pairs.count {
            let a = Int(pairs.first[e]), b = Int(pairs.second[e])
            let c = Int(checkedStory[a])
            guard c >= 0, checkedStory[b] == Int32(c) else { continue }
            let m = stories[checked[c]].count, x = Int(local[a]), y = Int(local[b])
            let similarity = Double(pairs.similarity[e])
            matrices[c][x * m + y] += similarity
            matrices[c][y * m + x] += similarity
        }
        var out: [[Int]] = []
        var next = 0
        for (s, members) in stories.enumerated() {
            guard next < checked.count, checked[next] == s else { out.append(members); continue }
            let splitter = _StorySplitter(similarity: matrices[next], size: members.count, ratio: ratio, minimumPart: minimumPart,
                                          balance: balance)
            let parts = splitter.parts(Array(0..<members.count))
            out += parts.count == 1 ? [members] : parts.map { $0.map { members[$0] } }
            next += 1
        }
        out.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return out
    }
}

/// One story's split (``StoryGrouper/split(_:pairs:count:ratio:minimumPart:balance:)``): its cosines as
/// a dense matrix over local indexes.
struct _StorySplitter {
    let similarity: [Double]
    let size: Int
    let ratio: Double
    let minimumPart: Int
    let balance: Double

    /// A node of the merge tree: its members (ascending after the merge), the sum of its pairs'
    /// cosines and, for a merge, its two children and the sum of the cosines across them.
    private struct Node {
        var members: [Int]
        var inner: Double
        var children: (Int, Int)?
        var cross: Double
    }

    /// The parts `members` splits into (ascending members each; one part when it does not split).
    func parts(_ members: [Int]) -> [[Int]] {
        guard members.count >= 2 * minimumPart else { return [members] }
        let nodes = mergeTree(members)
        var node = nodes.count - 1
        var aside: [[Int]] = []
        while let children = nodes[node].children {
            let (left, right) = children
            let l = nodes[left], r = nodes[right]
            let smaller = min(l.members.count, r.members.count)
            if smaller < minimumPart || Double(smaller) < balance * Double(l.members.count + r.members.count) {
                let (big, small) = l.members.count >= r.members.count ? (left, right) : (right, left)
                aside.append(nodes[small].members)
                node = big
                continue
            }
            let across = nodes[node].cross / Double(l.members.count * r.members.count)
            guard across < ratio * min(cohesion(l), cohesion(r)) else { return [members] }
            // Set-aside pieces join a side by their average cosine to the sides as split.
            var sides = [l.members, r.members]
            for piece in aside {
                let toLeft = average(piece, l.members), toRight = average(piece, r.members)
                sides[toRight > toLeft ? 1 : 0] += piece
            }
            return sides.flatMap { parts($0.sorted()) }
        }
        return [members]
    }

    private func cohesion(_ node: Node) -> Double {
        let m = Double(node.members.count)
        return node.inner / (m * (m - 1) / 2)
    }

    private func average(_ a: [Int], _ b: [Int]) -> Double {
        var sum = 0.0
        for x in a { for y in b { sum += similarity[x * size + y] } }
        return sum / Double(a.count * b.count)
    }

    /// Average link to a single cluster over `members` (pairs not kept count 0, so separate
    /// pieces join last, at average 0). Ties: the pair of smaller first, then second, cluster.
    /// - Returns: the nodes, leaves first, the root last.
    private func mergeTree(_ members: [Int]) -> [Node] {
        let m = members.count
        var nodes = members.map { Node(members: [$0], inner: 0, children: nil, cross: 0) }
        var cross = [Double](repeating: 0, count: m * m)
        for a in 0..<m { for b in 0..<m where a != b { cross[a * m + b] = similarity[members[a] * size + members[b]] } }
        var nodeOf = Array(0..<m)
        var active = Array(0..<m)
        while active.count > 1 {
            var best = (a: active[0], b: active[1], average: -Double.infinity)
            for (p, a) in active.enumerated() {
                let sizeA = Double(nodes[nodeOf[a]].members.count)
                for b in active[(p + 1)...] {
                    let average = cross[a * m + b] / (sizeA * Double(nodes[nodeOf[b]].members.count))
                    if average > best.average { best = (a, b, average) }
                }
            }
            let (a, b) = (best.a, best.b)
            let left = nodes[nodeOf[a]], right = nodes[nodeOf[b]]
            let across = cross[a * m + b]
            nodes.append(Node(members: (left.members + right.members).sorted(), inner: left.inner + right.inner + across,
                              children: (nodeOf[a], nodeOf[b]), cross: across))
            nodeOf[a] = nodes.count - 1
            for c in active where c != a && c != b {
                cross[a * m + c] += cross[b * m + c]
                cross[c * m + a] = cross[a * m + c]
            }
            active.removeAll { $0 == b }
        }
        return nodes
    }
}
