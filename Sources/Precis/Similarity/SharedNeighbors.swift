import Foundation
import PrecisSupport

/// Shared-nearest-neighbour reweighting of the kept pairs (Jarvis–Patrick style): two articles
/// about the same story are close to the same other articles, even when their own cosine is low
/// (a broad story told from different angles); two articles on different stories that happen
/// to share words are not.
///
/// Each article's list is itself plus its `k` most similar articles among the kept pairs with
/// cosine at least `floor` (ties: smaller index). A pair's overlap is the number of articles in
/// both lists, divided by `k + 1`; its new similarity is the geometric mean of overlap and
/// cosine, `sqrt(overlap × cosine)`, rounded to 1e-5 like the cosines; pairs that share no
/// neighbour are left out (they count as 0 in the averages and in the check). The floor keeps
/// weak cosines out of the lists, so on a small day, where every article is weakly similar to
/// every other, two stories do not share neighbours through them.
///
/// The clustering then merges on these similarities but measures its relative check and the
/// stories' cohesions in cosines (``AverageLinkage/cluster(_:check:)``): a small tight story
/// whose lists are filled with a larger related story's articles (five articles on talks in
/// Istanbul, next to twenty-five on Putin) shares many neighbours with it, but its own cosines
/// stay far above the cross ones, and the check keeps it apart.
///
/// Memory: the lists (n × (k + 1) indexes) and the pairs' adjacency (2 E), never n².
/// - Complexity: O(E log E) to build the lists, O(E × k) for the overlaps of E pairs.
enum SharedNeighbors {
    /// Each article's neighbour list, ascending, itself included: `lists[i * width ..< i * width + counts[i]]`.
    struct Lists {
        var width: Int
        var members: [Int32]
        var counts: [Int32]

        /// Number of articles in both lists of `a` and `b`.
        func overlap(_ a: Int, _ b: Int) -> Int {
            var p = a * width, q = b * width
            let pEnd = p + Int(counts[a]), qEnd = q + Int(counts[b])
            var shared = 0
            while p < pEnd && q < qEnd {
                let x = members[p], y = members[q]
                if x == y { shared += 1; p += 1; q += 1 } else if x < y { p += 1 } else { q += 1 }
            }
            return shared
        }

        /// Writes `a` into `marks[m]` for every member m of a's list, so that
        /// ``overlap(marked:_:marks:)`` can count a's members in another list.
        @inline(__always) func mark(_ a: Int, in marks: UnsafeMutablePointer<Int32>) {
            for p in (a * width)..<(a * width + Int(counts[a])) { marks[Int(members[p])] = Int32(a) }
        }

        /// ``overlap(_:_:)`` with a's list marked (``mark(_:in:)``; `marks[m] == a` exactly for
        /// its members): one look-up per member of b's list, no merge walk with its
        /// unpredictable branches.
        @inline(__always) func overlap(marked a: Int, _ b: Int, marks: UnsafePointer<Int32>) -> Int {
            let tag = Int32(a)
            var shared = 0
            for q in (b * width)..<(b * width + Int(counts[b])) where marks[Int(members[q])] == tag { shared += 1 }
            return shared
        }
    }

    /// Each article's `k` most similar neighbours with cosine at least `floor`, plus itself.
    static func lists(_ pairs: SimilarityBlocks.Pairs, count n: Int, k: Int, floor: Float) -> Lists {
        let width = k + 1
        // Each article's candidates gathered by a counting sort on the article (a list's order
        // does not matter: its k best are selected, then sorted by index).
        var sort = ChunkedCountingSort(items: pairs.count, keys: n) { range, counts in
            for e in range where pairs.similarity[e] >= floor {
                counts[Int(pairs.first[e])] += 1
                counts[Int(pairs.second[e])] += 1
            }
        }
        let start = sort.start
        // Each article's pairs, as pair indexes (4 bytes each, not an 8-byte key: the lists of
        // a 100k day's 14M pairs are 28M entries, built while the first clustering pass holds its
        // own); the keys are made per article below.
        precondition(pairs.count <= Int(UInt32.max), "shared-neighbour lists: at most 2^32 pairs")
        var edges = [UInt32](repeating: 0, count: start[n])
        edges.withUnsafeMutableBufferPointer { edgesBuffer in
            let out = edgesBuffer.baseAddress!
            sort.fill { range, next in
                for e in range where pairs.similarity[e] >= floor {
                    let a = Int(pairs.first[e]), b = Int(pairs.second[e])
                    out[next[a]] = UInt32(e); next[a] += 1
                    out[next[b]] = UInt32(e); next[b] += 1
                }
            }
        }
        var members = [Int32](repeating: 0, count: n * width)
        var counts = [Int32](repeating: 0, count: n)
        members.withUnsafeMutableBufferPointer { membersBuffer in
            counts.withUnsafeMutableBufferPointer { countsBuffer in
                let m = membersBuffer.baseAddress!, c = countsBuffer.baseAddress!
                parallelFor(n) { i in
                    // Keys: best first (the similarities are positive, so their bits order like
                    // them), then the smaller neighbour index.
                    var mine = edges[start[i]..<start[i + 1]].map { e -> UInt64 in
                        let e = Int(e), a = pairs.first[e], b = pairs.second[e]
                        return UInt64(~pairs.similarity[e].bitPattern) << 32 | UInt64(UInt32(Int(a) == i ? b : a))
                    }
                    if mine.count > k {
                        SimilarityBlocks.selectSmallest(&mine, k)
                        mine.removeLast(mine.count - k)
                    }
                    var ids = mine.map { Int32(truncatingIfNeeded: $0) }
                    ids.append(Int32(i))
                    ids.sort()
                    for (slot, id) in ids.enumerated() { m[i * width + slot] = id }
                    c[i] = Int32(ids.count)
                }
            }
        }
        return Lists(width: width, members: members, counts: counts)
    }

    /// Each pair's shared-neighbour similarity, `sqrt(overlap / (k + 1) × cosine)` rounded to
    /// 1e-5, or 0 when the two lists share no article; the lists are built from all pairs.
    /// Nothing here depends on a first grouping, so it can run while that grouping does.
    static func weights(_ pairs: SimilarityBlocks.Pairs, count n: Int, k: Int, floor: Float) -> [Float] {
        precondition(k > 0, "shared-neighbour lists need k > 0")
        let lists = lists(pairs, count: n, k: k, floor: floor)
        var weight = [Float](repeating: 0, count: pairs.count)
        let scale = 1 / Float(k + 1)
        weight.withUnsafeMutableBufferPointer { buffer in
            let w = buffer.baseAddress!
            parallelChunks(pairs.count) { range in
                // The pairs come grouped by first article: its list is marked once for all of
                // its pairs (marks[m] == a), then each overlap is a count of marked members.
                var marks = [Int32](repeating: -1, count: n)
                marks.withUnsafeMutableBufferPointer { marksBuffer in
                    let marks = marksBuffer.baseAddress!
                    var marked = -1
                    for e in range {
                        let a = Int(pairs.first[e]), b = Int(pairs.second[e])
                        if a != marked { lists.mark(a, in: marks); marked = a }
                        let shared = lists.overlap(marked: a, b, marks: marks)
                        if shared > 0 { w[e] = SimilarityBlocks.rounded((Float(shared) * scale * pairs.similarity[e]).squareRoot()) }
                    }
                }
            }
        }
        return weight
    }

    /// The pairs between different stories (`story[first] != story[second]`; all pairs when
    /// `story` is nil) that share a neighbour, with their ``weights(_:count:k:floor:)`` as
    /// similarities, and their cosines, in the same order.
    static func reweight(_ pairs: SimilarityBlocks.Pairs, weights: [Float], story: [Int32]? = nil)
        -> (pairs: SimilarityBlocks.Pairs, cosine: [Float]) {
        var out = SimilarityBlocks.Pairs()
        var cosine: [Float] = []
        for e in 0..<pairs.count where weights[e] > 0 {
            if let story, story[Int(pairs.first[e])] == story[Int(pairs.second[e])] { continue }
            out.first.append(pairs.first[e])
            out.second.append(pairs.second[e])
            out.similarity.append(weights[e])
            cosine.append(pairs.similarity[e])
        }
        return (out, cosine)
    }
}
