@testable import Precis

/// Average-link agglomerative clustering over a sparse similarity graph, stopping at a threshold.
///
/// Two groups merge, best pair first, while the average similarity of their cross pairs is at
/// least ``threshold``; pairs not in the graph count as 0. Each group keeps the sums of
/// similarity to its neighbouring groups; merging adds them (smaller map into larger), so the
/// work is O(E log E) for E pairs, and memory O(n + E). No number of clusters is needed.
///
/// Ties are broken deterministically: equal averages (compared exactly, computed from
/// similarities already rounded to 1e-5 in a fixed order) go to the pair with the smaller
/// first index, then the smaller second index.
struct ReferenceAverageLinkage: Sendable {
    let count: Int
    let threshold: Float
    /// A merge also needs the average to reach this fraction of the more cohesive group's own
    /// average pair similarity (0 turns the check off): a tight story does not absorb loosely
    /// related articles just because its own pairs lift the average.
    var relative: Double = 0

    struct Result: Sendable {
        /// Members of each cluster (ascending), largest first, ties by first member.
        var members: [[Int]]
        /// Average similarity of each cluster's pairs (1 for singletons).
        var cohesion: [Double]
    }

    private struct Entry {
        var average: Float
        var a: Int32, b: Int32
        var versionA: UInt32, versionB: UInt32

        /// Heap order: higher average first, then smaller a, then smaller b.
        func before(_ o: Entry) -> Bool {
            if average != o.average { return average > o.average }
            if a != o.a { return a < o.a }
            return b < o.b
        }
    }

    func cluster(_ pairs: SimilarityBlocks.Pairs) -> Result {
        let n = count
        var degree = [Int](repeating: 0, count: n)
        for k in 0..<pairs.count { degree[Int(pairs.first[k])] += 1; degree[Int(pairs.second[k])] += 1 }
        var neighbors = degree.map { [Int32: Double](minimumCapacity: $0) }
        degree = []
        for k in 0..<pairs.count {
            let a = Int(pairs.first[k]), b = Int(pairs.second[k]), s = Double(pairs.similarity[k])
            neighbors[a][Int32(b)] = s
            neighbors[b][Int32(a)] = s
        }
        var size = [Int](repeating: 1, count: n)
        var inner = [Double](repeating: 0, count: n)
        var version = [UInt32](repeating: 0, count: n)
        var parent = Array(0..<n)
        var heap: [Entry] = []
        heap.reserveCapacity(pairs.count)
        for k in 0..<pairs.count where pairs.similarity[k] >= threshold {
            heap.append(Entry(average: pairs.similarity[k], a: pairs.first[k], b: pairs.second[k], versionA: 0, versionB: 0))
        }
        Self.heapify(&heap)
        while let top = Self.pop(&heap) {
            var a = Int(top.a), b = Int(top.b)
            guard parent[a] == a, parent[b] == b, version[a] == top.versionA, version[b] == top.versionB else { continue }
            if relative > 0 {
                func cohesion(_ x: Int) -> Double { size[x] > 1 ? inner[x] / (Double(size[x]) * Double(size[x] - 1) / 2) : 0 }
                let sum = neighbors[a][Int32(b)] ?? 0
                let average = sum / (Double(size[a]) * Double(size[b]))
                if average < relative * max(cohesion(a), cohesion(b)) { continue }
            }
            // Merge the smaller neighbour map into the larger one (ties: keep the smaller index).
            if neighbors[b].count > neighbors[a].count { swap(&a, &b) }
            let cross = neighbors[a].removeValue(forKey: Int32(b)) ?? 0
            neighbors[b].removeValue(forKey: Int32(a))
            inner[a] += inner[b] + cross
            size[a] += size[b]
            parent[b] = a
            let moved = neighbors[b]
            neighbors[b] = [:]
            for (c, s) in moved {
                let ci = Int(c)
                neighbors[ci].removeValue(forKey: Int32(b))
                let sum = (neighbors[a][c] ?? 0) + s
                neighbors[a][c] = sum
                neighbors[ci][Int32(a)] = sum
            }
            version[a] &+= 1
            for (c, sum) in neighbors[a] {
                let ci = Int(c)
                let average = Float(sum / (Double(size[a]) * Double(size[ci])))
                guard average >= threshold else { continue }
                let (x, y) = a < ci ? (a, ci) : (ci, a)
                Self.push(&heap, Entry(average: average, a: Int32(x), b: Int32(y), versionA: version[x], versionB: version[y]))
            }
        }
        func root(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            return r
        }
        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[root(i), default: []].append(i) }
        var members = Array(groups.values)
        members.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        let cohesion = members.map { m -> Double in
            let r = root(m[0])
            return m.count > 1 ? inner[r] / (Double(m.count) * Double(m.count - 1) / 2) : 1
        }
        return Result(members: members, cohesion: cohesion)
    }

    // MARK: Binary heap

    private static func heapify(_ h: inout [Entry]) {
        guard h.count > 1 else { return }
        for i in stride(from: h.count / 2 - 1, through: 0, by: -1) { siftDown(&h, i) }
    }

    private static func push(_ h: inout [Entry], _ e: Entry) {
        h.append(e)
        var i = h.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard h[i].before(h[p]) else { break }
            h.swapAt(i, p)
            i = p
        }
    }

    private static func pop(_ h: inout [Entry]) -> Entry? {
        guard !h.isEmpty else { return nil }
        let top = h[0]
        let last = h.removeLast()
        if !h.isEmpty {
            h[0] = last
            siftDown(&h, 0)
        }
        return top
    }

    private static func siftDown(_ h: inout [Entry], _ start: Int) {
        var i = start
        let n = h.count
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < n && h[l].before(h[best]) { best = l }
            if r < n && h[r].before(h[best]) { best = r }
            if best == i { return }
            h.swapAt(i, best)
            i = best
        }
    }
}
