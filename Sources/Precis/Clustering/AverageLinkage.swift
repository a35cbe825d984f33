import PrecisSupport
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
    /// related articles just because its own pairs lift the average. With `check` similarities
    /// given to ``cluster(_:check:)``, both averages are of those (e.g. cosines, while the
    /// merges follow shared-neighbour similarities).
    var relative: Double = 0

    struct Result: Sendable {
        /// Members of each cluster (ascending), largest first, ties by first member.
        var members: [[Int]]
        /// Average similarity of each cluster's pairs (1 for singletons): of the `check`
        /// similarities when given.
        var cohesion: [Double]
        /// Sum of the (check) similarities of each cluster's pairs.
        var inner: [Double]
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

    private struct Link<S: _LinkSums> {
        var id: Int32
        var sums: S
    }

    /// The clustering's working state. A struct with mutating methods (not closures capturing
    /// local arrays), so Swift checks exclusive access at compile time, not on every access.
    private struct State<S: _LinkSums> {
        var links: [[Link<S>]]
        var parent: [Int32]
        // Scratch for resolving a list: sums per group, and which groups were touched.
        var scratch: [S]
        var seen: [Bool]
        var touched: [Int32] = []
        /// Whether a list may name a group that has merged into another (then it needs
        /// resolving). A group's list names a group only if that group's list names it back
        /// (possibly through older ids), so when b merges into a, the lists to mark are those of
        /// b's neighbours.
        var dirty: [Bool]

        /// Lists not yet touched, all in one flat array: x's is `flat[flatStart[x] ..< flatStart[x + 1]]`
        /// while `inFlat[x]`; it moves to `links[x]` when first resolved.
        var flat: [Link<S>]
        var flatStart: [Int]
        var inFlat: [Bool]

        /// Lists from pairs (a < b): a's list gets b, b's gets a, in pair order. `inPairOrder`:
        /// the pairs are strictly ascending by (first, second), so every list already is.
        init(count n: Int, pairs: SimilarityBlocks.Pairs, check: [Float]?, inPairOrder: Bool) {
            // The links by article, in pair order: a counting sort on all cores. Every slot is
            // written once, by the chunks (whose pages are first touched there, on all cores,
            // not by a serial fill beforehand).
            var sort = ChunkedCountingSort(items: pairs.count, keys: n) { range, counts in
                for k in range { counts[Int(pairs.first[k])] += 1; counts[Int(pairs.second[k])] += 1 }
            }
            flatStart = sort.start
            let total = sort.start[n]
            flat = [Link<S>](unsafeUninitializedCapacity: total) { out, initialized in
                let out = out.baseAddress!
                sort.fill { range, next in
                    for k in range {
                        let a = Int(pairs.first[k]), b = Int(pairs.second[k]), s = Double(pairs.similarity[k])
                        let sums = S(sum: s, check: check.map { Double($0[k]) } ?? s)
                        (out + next[a]).initialize(to: Link(id: Int32(b), sums: sums)); next[a] += 1
                        (out + next[b]).initialize(to: Link(id: Int32(a), sums: sums)); next[b] += 1
                    }
                }
                initialized = total
            }
            links = [[Link<S>]](repeating: [], count: n)
            inFlat = [Bool](repeating: true, count: n)
            parent = (0..<Int32(n)).map { $0 }
            scratch = [S](repeating: .zero, count: n)
            seen = [Bool](repeating: false, count: n)
            dirty = [Bool](repeating: false, count: n)
            // Lists from pairs sorted by (first, second) come out ascending, one entry per
            // neighbour (x's list: the firsts of its pairs as second, ascending, then the
            // seconds of its pairs as first, ascending and above x); any other list is put in
            // that form here.
            if inPairOrder { return }
            for x in 0..<n {
                var ascending = true
                for k in flatStart[x]..<max(flatStart[x], flatStart[x + 1] - 1) where flat[k].id >= flat[k + 1].id { ascending = false; break }
                if ascending { continue }
                var list = Array(flat[flatStart[x]..<flatStart[x + 1]])
                list.sort { $0.id < $1.id }
                var unique: [Link<S>] = []
                for link in list {
                    if let last = unique.last, last.id == link.id {
                        unique[unique.count - 1].sums = last.sums + link.sums
                    } else { unique.append(link) }
                }
                links[x] = unique
                inFlat[x] = false
            }
        }

        mutating func root(_ x: Int) -> Int {
            var x = x
            while Int(parent[x]) != x {
                let p = Int(parent[x])
                parent[x] = parent[p]
                x = p
            }
            return x
        }

        /// x's list resolved to one entry per group (ascending group), excluding `x` itself.
        mutating func resolve(_ x: Int) -> [Link<S>] {
            // A list still in the flat array is read there (no copy of it first).
            if inFlat[x] {
                inFlat[x] = false
                return resolve(x, flat, flatStart[x]..<flatStart[x + 1])
            }
            return resolve(x, links[x], links[x].indices)
        }

        private mutating func resolve(_ x: Int, _ list: [Link<S>], _ range: Range<Int>) -> [Link<S>] {
            // Already resolved (every entry a group of its own, ascending): nothing to do.
            if !dirty[x] { return Array(list[range]) }
            dirty[x] = false
            // Entries naming a group that is still a group stay (ascending, one per group); the
            // others (usually few) are resolved and summed per group, and those groups, sorted,
            // merged in from the back: no more of them than entries left out, so the list fits
            // in its old length, written once, with no second array.
            touched.removeAll(keepingCapacity: true)
            return [Link<S>](unsafeUninitializedCapacity: range.count) { out, count in
                var m = 0
                list.withUnsafeBufferPointer { list in
                    for k in range {
                        let link = list[k]
                        let id = Int(link.id)
                        if Int(parent[id]) == id { out[m] = link; m += 1; continue }
                        let r = root(id)
                        if r == x { continue }
                        if !seen[r] { seen[r] = true; touched.append(Int32(r)) }
                        scratch[r] = scratch[r] + link.sums
                    }
                }
                count = m
                if touched.isEmpty { return }
                touched.sort()
                var extra = 0, p = 0
                for r in touched {
                    while p < m && out[p].id < r { p += 1 }
                    if p == m || out[p].id != r { extra += 1 }
                }
                var w = m + extra - 1
                p = m - 1
                for r in touched.reversed() {
                    while p >= 0 && out[p].id > r { out[w] = out[p]; w -= 1; p -= 1 }
                    var sums = scratch[Int(r)]
                    if p >= 0 && out[p].id == r { sums = sums + out[p].sums; p -= 1 }
                    out[w] = Link(id: r, sums: sums)
                    w -= 1
                    scratch[Int(r)] = .zero
                    seen[Int(r)] = false
                }
                count = m + extra
            }
        }
    }

    /// Clusters the pairs' graph.
    /// - Parameters:
    ///   - pairs: the similarity graph (`first < second`).
    ///   - check: per pair, the similarity the relative check and the cohesions are measured
    ///     in (nil: the pairs' own).
    ///   - initial: groups to start from (each merged, whatever its averages, before any other
    ///     merge; the articles in none start alone). Nil: every article alone.
    ///   - initialInner: per initial group, the sum of the check similarities of its pairs that
    ///     are not in `pairs` (a second pass may pass only the pairs between groups).
    func cluster(_ pairs: SimilarityBlocks.Pairs, check: [Float]? = nil, initial: [[Int]]? = nil,
                 initialInner: [Double]? = nil) -> Result {
        // Without check similarities a link carries one sum (16 bytes, not 24: the lists of a
        // first pass over millions of pairs are the clustering's main memory traffic).
        check == nil ? cluster(pairs, check: nil, initial: initial, initialInner: initialInner, sums: _Sum.self)
            : cluster(pairs, check: check, initial: initial, initialInner: initialInner, sums: _SumAndCheck.self)
    }

    private func cluster<S: _LinkSums>(_ pairs: SimilarityBlocks.Pairs, check: [Float]?, initial: [[Int]]?,
                                       initialInner: [Double]?, sums: S.Type) -> Result {
        let n = count
        // Neighbour lists as flat arrays. A list may name groups that have since merged: its
        // entries are resolved (`root`) when read, and rewritten (resolved, one per group) when
        // its own group merges. Sums are of similarities rounded to 1e-5 (Floats in [0, 1]),
        // which Doubles add exactly in any order, so the lazy resolution changes no result.
        // Pairs come sorted by first then second, so every list starts out ascending.
        var size = [Int](repeating: 1, count: n)
        var inner = [Double](repeating: 0, count: n)
        var version = [UInt32](repeating: 0, count: n)
        // Candidate merges, best first: the pairs themselves as one sorted stream (sorted once:
        // average descending, then pair order, which is a then b ascending), and a heap of the
        // averages computed after merges. The next candidate is the better of the two heads.
        var stream: [UInt64] = []  // (~average bits) << 32 | pair index
        for k in 0..<pairs.count where pairs.similarity[k] >= threshold {
            stream.append(UInt64(~pairs.similarity[k].bitPattern) << 32 | UInt64(k))
        }
        radixSort(&stream)
        // Equal averages must come in (a, b) order: that is pair order when the pairs are
        // sorted (as ``SimilarityBlocks`` gives them); otherwise sort by it explicitly.
        var pairOrder = true
        for k in 0..<max(0, pairs.count - 1) {
            let (a, b) = (pairs.first[k], pairs.first[k + 1])
            if a > b || (a == b && pairs.second[k] >= pairs.second[k + 1]) { pairOrder = false; break }
        }
        var state = State<S>(count: n, pairs: pairs, check: check, inPairOrder: pairOrder)
        if !pairOrder {
            stream.sort { x, y in
                if x >> 32 != y >> 32 { return x >> 32 < y >> 32 }
                let k = Int(x & 0xFFFF_FFFF), l = Int(y & 0xFFFF_FFFF)
                return pairs.first[k] != pairs.first[l] ? pairs.first[k] < pairs.first[l] : pairs.second[k] < pairs.second[l]
            }
        }
        var next = 0
        func streamEntry(_ p: Int) -> Entry {
            let k = Int(stream[p] & 0xFFFF_FFFF)
            return Entry(average: pairs.similarity[k], a: pairs.first[k], b: pairs.second[k], versionA: 0, versionB: 0)
        }
        var heap: [Entry] = []
        // The initial groups' merges, done first: each member into its group's first.
        var forced: [(Int, Int)] = []
        for group in initial ?? [] { for m in group.dropFirst() { forced.append((group[0], m)) } }
        var nextForced = 0
        if let initial, let initialInner {
            for (g, group) in initial.enumerated() where !group.isEmpty { inner[group[0]] += initialInner[g] }
        }
        while true {
            var a: Int, b: Int
            let wasForced = nextForced < forced.count
            if wasForced {
                a = state.root(forced[nextForced].0); b = state.root(forced[nextForced].1)
                nextForced += 1
                guard a != b else { continue }
                if a > b { swap(&a, &b) }
            } else {
                let top: Entry
                if next < stream.count {
                    let candidate = streamEntry(next)
                    if let best = heap.first, best.before(candidate) { top = Self.pop(&heap)! } else { top = candidate; next += 1 }
                } else if let best = Self.pop(&heap) {
                    top = best
                } else {
                    break
                }
                a = Int(top.a); b = Int(top.b)
                guard state.parent[a] == Int32(a), state.parent[b] == Int32(b), version[a] == top.versionA, version[b] == top.versionB else { continue }
            }
            var listA = state.resolve(a), listB = state.resolve(b)
            state.links[a] = listA
            state.links[b] = listB
            if relative > 0 && !wasForced {
                func cohesion(_ x: Int) -> Double { size[x] > 1 ? inner[x] / (Double(size[x]) * Double(size[x] - 1) / 2) : 0 }
                let sum = Self.find(listA, Int32(b))?.sums.check ?? 0
                let average = sum / (Double(size[a]) * Double(size[b]))
                if average < relative * max(cohesion(a), cohesion(b)) { continue }
            }
            // The group with more neighbours stays (ties: the smaller index).
            if listB.count > listA.count { swap(&a, &b); swap(&listA, &listB) }
            let cross = Self.find(listA, Int32(b))?.sums.check ?? 0
            inner[a] += inner[b] + cross
            size[a] += size[b]
            state.parent[b] = Int32(a)
            for link in listB { state.dirty[Int(link.id)] = true }
            // Merge the two ascending lists, leaving out a and b.
            let merged = [Link<S>](unsafeUninitializedCapacity: listA.count + listB.count) { out, count in
                var m = 0
                listA.withUnsafeBufferPointer { listA in
                    listB.withUnsafeBufferPointer { listB in
                        var p = 0, q = 0
                        while p < listA.count && q < listB.count {
                            let x = listA[p], y = listB[q]
                            if x.id < y.id {
                                if Int(x.id) != b { out[m] = x; m += 1 }
                                p += 1
                            } else if y.id < x.id {
                                if Int(y.id) != a { out[m] = y; m += 1 }
                                q += 1
                            } else {
                                out[m] = Link(id: x.id, sums: x.sums + y.sums); m += 1
                                p += 1; q += 1
                            }
                        }
                        for x in listA[p...] where Int(x.id) != b { out[m] = x; m += 1 }
                        for y in listB[q...] where Int(y.id) != a { out[m] = y; m += 1 }
                    }
                }
                count = m
            }
            state.links[b] = []
            version[a] &+= 1
            for link in merged {
                let ci = Int(link.id)
                let average = Float(link.sums.sum / (Double(size[a]) * Double(size[ci])))
                guard average >= threshold else { continue }
                let (x, y) = a < ci ? (a, ci) : (ci, a)
                Self.push(&heap, Entry(average: average, a: Int32(x), b: Int32(y), versionA: version[x], versionB: version[y]))
            }
            state.links[a] = merged
            state.dirty[a] = false
        }
        var groupOf = [Int](repeating: -1, count: n)
        var members: [[Int]] = []
        var roots = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let r = state.root(i)
            roots[i] = r
            if groupOf[r] < 0 { groupOf[r] = members.count; members.append([]) }
            members[groupOf[r]].append(i)
        }
        members.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        let cohesion = members.map { m -> Double in
            let r = roots[m[0]]
            return m.count > 1 ? inner[r] / (Double(m.count) * Double(m.count - 1) / 2) : 1
        }
        return Result(members: members, cohesion: cohesion, inner: members.map { m in m.count > 1 ? inner[roots[m[0]]] : 0 })
    }

    private static func find<S>(_ list: [Link<S>], _ id: Int32) -> Link<S>? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count && list[lo].id == id ? list[lo] : nil
    }

    // MARK: Heap
    // Four children per node: half the depth of a binary heap, so a pop (most of the entries
    // pushed go stale and are popped only to be dropped) moves an entry through fewer levels.
    // Entries are totally ordered by `before` except stale copies of one pair (at most one
    // copy is current), so the order of merges does not depend on the heap's shape.

    private static func push(_ h: inout [Entry], _ e: Entry) {
        h.append(e)
        var i = h.count - 1
        while i > 0 {
            let p = (i - 1) / 4
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
        h.withUnsafeMutableBufferPointer { h in
            var i = start
            let n = h.count
            let moving = h[i]
            while true {
                let first = 4 * i + 1
                if first >= n { break }
                var best = first
                for c in (first + 1)..<min(first + 4, n) where h[c].before(h[best]) { best = c }
                guard h[best].before(moving) else { break }
                h[i] = h[best]
                i = best
            }
            h[i] = moving
        }
    }
}

/// A link's sums: of the similarities, and of the check similarities (``AverageLinkage``).
protocol _LinkSums: Sendable {
    init(sum: Double, check: Double)
    var sum: Double { get }
    var check: Double { get }
    static var zero: Self { get }
    static func + (a: Self, b: Self) -> Self
}

/// Sums without check similarities: the check is the similarity itself.
struct _Sum: _LinkSums {
    var sum: Double
    init(sum: Double, check: Double) { self.sum = sum }
    var check: Double { sum }
    static var zero: Self { .init(sum: 0, check: 0) }
    @inline(__always) static func + (a: Self, b: Self) -> Self { .init(sum: a.sum + b.sum, check: 0) }
}

/// Sums of the similarities and of the check similarities.
struct _SumAndCheck: _LinkSums {
    var sum: Double
    var check: Double
    static var zero: Self { .init(sum: 0, check: 0) }
    @inline(__always) static func + (a: Self, b: Self) -> Self { .init(sum: a.sum + b.sum, check: a.check + b.check) }
}
