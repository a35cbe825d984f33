import Foundation

/// Paraphrase detection by shared neighbours, for redundancy checks: two sentences whose
/// nearest sentences in the other articles are the same ones say the same thing, even when
/// their own cosine is low because they are worded apart ("announced he will travel to Ankara
/// … open to direct discussions with … Putin" and a deck's "aims for direct dialogue … in a
/// meeting with Turkish counterpart"). It is the brief's idea for grouping articles
/// (``SharedNeighbors``, Jarvis–Patrick) applied to the sentences of one cluster.
///
/// Each sentence's list is itself and its `k` most similar sentences of other documents
/// (positive cosines; ties to the smaller index). Two sentences are paraphrases when their
/// lists share at least `overlap × (k + 1)` members (rounded up).
struct _SentenceParaphrases {
    /// Per sentence, the sentences it paraphrases, ascending.
    let partners: [[Int32]]

    /// Finds every paraphrase pair of the cluster.
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - neighbors: k, the neighbours per sentence (> 0).
    ///   - overlap: the fraction of a list two lists must share, in (0, 1].
    /// - Complexity: O(S² + S × k²) for the lists; the overlaps are counted through the
    ///   sentences each one is a neighbour of, O(Σ r²) for r lists holding a sentence.
    init(_ cluster: ClusterModel, neighbors k: Int, overlap: Double) {
        precondition(k > 0 && overlap > 0 && overlap <= 1, "paraphrase lists need k > 0 and an overlap in (0, 1]")
        let n = cluster.sentences.count
        let minimumShared = max(1, Int((overlap * Double(k + 1)).rounded(.up)))
        // heldBy[x]: the sentences whose list holds x
        var heldBy = [[Int32]](repeating: [], count: n)
        var best: [(similarity: Float, index: Int)] = []  // one buffer, best first
        best.reserveCapacity(k + 1)
        for i in 0..<n {
            let document = cluster.sentences[i].document
            best.removeAll(keepingCapacity: true)
            // scanned in index order, so a later equal cosine never passes an earlier one
            for j in 0..<n where cluster.sentences[j].document != document {
                let similarity = cluster.similarity[i, j]
                guard similarity > 0, best.count < k || similarity > best[best.count - 1].similarity else { continue }
                var slot = best.count
                while slot > 0 && best[slot - 1].similarity < similarity { slot -= 1 }
                best.insert((similarity, j), at: slot)
                if best.count > k { best.removeLast() }
            }
            heldBy[i].append(Int32(i))
            for neighbor in best { heldBy[neighbor.index].append(Int32(i)) }
        }
        // shared[(a, b)]: members the lists of a < b share, one count per list pair holding x
        var shared: [Int: Int] = [:]
        for holders in heldBy where holders.count > 1 {
            let sorted = holders.sorted()
            for p in 0..<sorted.count {
                for q in (p + 1)..<sorted.count { shared[Int(sorted[p]) * n + Int(sorted[q]), default: 0] += 1 }
            }
        }
        var partners = [[Int32]](repeating: [], count: n)
        for (pair, count) in shared where count >= minimumShared {
            let a = pair / n, b = pair % n
            partners[a].append(Int32(b))
            partners[b].append(Int32(a))
        }
        for i in 0..<n { partners[i].sort() }
        self.partners = partners
    }

    /// Whether `a` and `b` say the same thing by their neighbours.
    /// - Complexity: O(log p) for p partners of `a`.
    func areParaphrases(_ a: Int, _ b: Int) -> Bool {
        let list = partners[a], target = Int32(b)
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == target
    }
}
