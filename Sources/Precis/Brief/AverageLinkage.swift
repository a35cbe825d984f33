/// Average-link agglomerative clustering over a sparse similarity graph, stopping at a threshold.
///
/// Two groups merge, best pair first, while the average similarity of their cross pairs is at
/// least ``threshold``; pairs not in the graph count as 0. Each group keeps the sums of
/// similarity to its neighbouring groups in a flat list (no dictionaries); lists may name groups
/// that have merged since, and are resolved through a union-find when their group merges (the
/// two resolved lists are merged in order). Work O(E log E) for E pairs in practice (a merge
/// costs the two groups' list lengths), memory O(n + E). No number of clusters is needed.
/// The result is that of the dictionary version it replaced (a test compares them).
///
/// Ties are broken deterministically: equal averages (compared exactly, computed from
/// similarities already rounded to 1e-5 in a fixed order) go to the pair with the smaller
/// first index, then the smaller second index.
struct AverageLinkage: Sendable {
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

    private struct Link {
        var id: Int32
        var sum: Double
    }

    func cluster(_ pairs: SimilarityBlocks.Pairs) -> Result {
        let n = count
        // Neighbour lists as flat arrays. A list may name groups that have since merged: its
        // entries are resolved (`root`) when read, and rewritten (resolved, one per group) when
        // its own group merges. Sums are of similarities rounded to 1e-5 (Floats in [0, 1]),
        // which Doubles add exactly in any order, so the lazy resolution changes no result.
        var degree = [Int](repeating: 0, count: n)
        for k in 0..<pairs.count { degree[Int(pairs.first[k])] += 1; degree[Int(pairs.second[k])] += 1 }
        var links = degree.map { d -> [Link] in var l: [Link] = []; l.reserveCapacity(d); return l }
        degree = []
        for k in 0..<pairs.count {
            let a = pairs.first[k], b = pairs.second[k], s = Double(pairs.similarity[k])
            links[Int(a)].append(Link(id: b, sum: s))
            links[Int(b)].append(Link(id: a, sum: s))
        }
        var size = [Int](repeating: 1, count: n)
        var inner = [Double](repeating: 0, count: n)
        var version = [UInt32](repeating: 0, count: n)
        var parent = [Int32](repeating: 0, count: n)
        for i in 0..<n { parent[i] = Int32(i) }
        func root(_ x: Int) -> Int {
            var x = x
            while Int(parent[x]) != x {
                let p = Int(parent[x])
                parent[x] = parent[p]
                x = p
            }
            return x
        }
        // Scratch for resolving a list: sum per group, and which groups were touched.
        var scratch = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        /// `links[x]` resolved to one entry per group (ascending group), excluding `x` itself.
        func resolve(_ x: Int) -> [Link] {
            touched.removeAll(keepingCapacity: true)
            for link in links[x] {
                let r = root(Int(link.id))
                if r == x { continue }
                if !seen[r] { seen[r] = true; touched.append(Int32(r)) }
                scratch[r] += link.sum
            }
            touched.sort()
            var out: [Link] = []
            out.reserveCapacity(touched.count)
            for r in touched {
                out.append(Link(id: r, sum: scratch[Int(r)]))
                scratch[Int(r)] = 0
                seen[Int(r)] = false
            }
            return out
        }
        var heap: [Entry] = []
        heap.reserveCapacity(pairs.count)
        for k in 0..<pairs.count where pairs.similarity[k] >= threshold {
            heap.append(Entry(average: pairs.similarity[k], a: pairs.first[k], b: pairs.second[k], versionA: 0, versionB: 0))
        }
        Self.heapify(&heap)
        while let top = Self.pop(&heap) {
            var a = Int(top.a), b = Int(top.b)
            guard parent[a] == Int32(a), parent[b] == Int32(b), version[a] == top.versionA, version[b] == top.versionB else { continue }
            var listA = resolve(a), listB = resolve(b)
            links[a] = listA
            links[b] = listB
            if relative > 0 {
                func cohesion(_ x: Int) -> Double { size[x] > 1 ? inner[x] / (Double(size[x]) * Double(size[x] - 1) / 2) : 0 }
                let sum = Self.sum(listA, to: Int32(b))
                let average = sum / (Double(size[a]) * Double(size[b]))
                if average < relative * max(cohesion(a), cohesion(b)) { continue }
            }
            // The group with more neighbours stays (ties: the smaller index).
            if listB.count > listA.count { swap(&a, &b); swap(&listA, &listB) }
            let cross = Self.sum(listA, to: Int32(b))
            inner[a] += inner[b] + cross
            size[a] += size[b]
            parent[b] = Int32(a)
            // Merge the two ascending lists, leaving out a and b.
            var merged: [Link] = []
            merged.reserveCapacity(listA.count + listB.count)
            var p = 0, q = 0
            while p < listA.count || q < listB.count {
                if q == listB.count || (p < listA.count && listA[p].id < listB[q].id) {
                    if Int(listA[p].id) != b { merged.append(listA[p]) }
                    p += 1
                } else if p == listA.count || listB[q].id < listA[p].id {
                    if Int(listB[q].id) != a { merged.append(listB[q]) }
                    q += 1
                } else {
                    merged.append(Link(id: listA[p].id, sum: listA[p].sum + listB[q].sum))
                    p += 1; q += 1
                }
            }
            links[b] = []
            version[a] &+= 1
            for link in merged {
                let ci = Int(link.id)
                let average = Float(link.sum / (Double(size[a]) * Double(size[ci])))
                guard average >= threshold else { continue }
                let (x, y) = a < ci ? (a, ci) : (ci, a)
                Self.push(&heap, Entry(average: average, a: Int32(x), b: Int32(y), versionA: version[x], versionB: version[y]))
            }
            links[a] = merged
        }
        var groupOf = [Int](repeating: -1, count: n)
        var members: [[Int]] = []
        for i in 0..<n {
            let r = root(i)
            if groupOf[r] < 0 { groupOf[r] = members.count; members.append([]) }
            members[groupOf[r]].append(i)
        }
        members.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        let cohesion = members.map { m -> Double in
            let r = root(m[0])
            return m.count > 1 ? inner[r] / (Double(m.count) * Double(m.count - 1) / 2) : 1
        }
        return Result(members: members, cohesion: cohesion)
    }

    private static func sum(_ list: [Link], to id: Int32) -> Double {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count && list[lo].id == id ? list[lo].sum : 0
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
