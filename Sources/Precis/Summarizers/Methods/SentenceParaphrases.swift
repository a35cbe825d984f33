import Foundation

/// Paraphrase detection by shared neighbours, for redundancy checks: two sentences whose
/// nearest sentences in the other articles are the same ones say the same thing, even when
/// their own cosine is low because they are worded apart ("announced he will travel to Ankara
/// … open to direct discussions with … Putin" and a deck's "aims for direct dialogue … in a
/// meeting with Turkish counterpart"). It is the brief's idea for grouping articles
/// (``SharedNeighbors``, Jarvis–Patrick, whose lists this reuses) applied to the sentences of
/// one cluster.
///
/// Each sentence's list is itself and its `k` most similar sentences of other documents
/// (positive cosines; ties to the smaller index). Two sentences are paraphrases when their
/// lists share at least `overlap × (k + 1)` members (rounded up).
///
/// A search asks about pairs of a candidate and a picked sentence, again and again; so each
/// sentence that is asked about gets its whole row of answers once (O(S × k)), kept for the
/// rest of the search. Memory stays O(S × k) plus one row per sentence asked about, whatever
/// the cluster's shape (counting every pair's overlap at once can grow with S² around a
/// sentence that is in every list).
final class _SentenceParaphrases {
    private let lists: SharedNeighbors.Lists
    private let minimumShared: Int
    /// Per sentence asked about, every sentence's overlap with it reaches `minimumShared`.
    private var rows: [Int: [Bool]] = [:]
    private var marks: [Int32]

    /// Builds every sentence's list.
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - neighbors: k, the neighbours per sentence (> 0).
    ///   - overlap: the fraction of a list two lists must share, in (0, 1].
    /// - Complexity: O(S² + S × k²) time, O(S × k) memory.
    init(_ cluster: ClusterModel, neighbors k: Int, overlap: Double) {
        precondition(k > 0 && overlap > 0 && overlap <= 1, "paraphrase lists need k > 0 and an overlap in (0, 1]")
        let n = cluster.sentences.count
        let width = k + 1
        var members = [Int32](repeating: 0, count: n * width)
        var counts = [Int32](repeating: 0, count: n)
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
            let ids = (best.map { Int32($0.index) } + [Int32(i)]).sorted()
            for (slot, id) in ids.enumerated() { members[i * width + slot] = id }
            counts[i] = Int32(ids.count)
        }
        lists = SharedNeighbors.Lists(width: width, members: members, counts: counts)
        minimumShared = max(1, Int((overlap * Double(width)).rounded(.up)))
        marks = [Int32](repeating: -1, count: n)
    }

    /// Whether `a` and `b` say the same thing by their neighbours (symmetric; a sentence is not
    /// its own paraphrase).
    /// - Complexity: O(1) once `b`'s row is known; O(S × k) to learn it.
    func areParaphrases(_ a: Int, _ b: Int) -> Bool {
        guard a != b else { return false }
        if let row = rows[b] { return row[a] }
        let n = marks.count
        var row = [Bool](repeating: false, count: n)
        marks.withUnsafeMutableBufferPointer { marks in
            lists.mark(b, in: marks.baseAddress!)
            for i in 0..<n where i != b {
                row[i] = lists.overlap(marked: b, i, marks: marks.baseAddress!) >= minimumShared
            }
        }
        rows[b] = row
        return row[a]
    }
}
