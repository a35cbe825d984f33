import Foundation

/// Paraphrase detection by shared neighbours, for redundancy checks: two sentences whose
/// nearest sentences in the other articles are the same ones say the same thing, even when
/// their own cosine is low because they are worded apart ("announced he will travel to Ankara
/// … open to direct discussions with … Putin" and a deck's "aims for direct dialogue … in a
/// meeting with Turkish counterpart"). It is the brief's idea for grouping articles
/// (``SharedNeighbors``, Jarvis–Patrick) applied to the sentences of
/// one cluster.
///
/// Each sentence's list is itself and its `k` most similar sentences of other documents
/// (positive cosines; ties to the smaller index). Two sentences are paraphrases when their
/// lists share at least `overlap × (k + 1)` members (rounded up).
///
/// Every pair is answered once, up front, into a bit matrix: a search asks about pairs of a
/// candidate and a picked sentence millions of times, so an answer must cost one bit test.
/// Memory O(S² / 8) bytes beside the S² cosines the cluster already holds.
struct _SentenceParaphrases {
    private let count: Int
    /// Per sentence, the first version of it (itself, unless it is a compressed variant,
    /// ``ClusterSentence/isVersion(of:)``): variants answer as their sentence does, so offering
    /// them changes no paraphrase pair.
    private let primary: [Int]
    /// Bit `a × count + b` is set when `a` and `b` are paraphrases.
    private let bits: [UInt64]

    /// Finds every paraphrase pair of the cluster.
    /// - Parameters:
    ///   - cluster: the fitted cluster.
    ///   - neighbors: k, the neighbours per sentence (> 0).
    ///   - overlap: the fraction of a list two lists must share, in (0, 1].
    /// - Complexity: O(S² + pairs of lists sharing a member) time, O(S² / 64) words.
    init(_ cluster: ClusterModel, neighbors k: Int, overlap: Double) {
        precondition(k > 0 && overlap > 0 && overlap <= 1, "paraphrase lists need k > 0 and an overlap in (0, 1]")
        let n = cluster.sentences.count
        var firstAt: [[Int]: Int] = [:]
        var primary: [Int] = []
        for (i, sentence) in cluster.sentences.enumerated() {
            let key = [sentence.document, sentence.index]
            if firstAt[key] == nil { firstAt[key] = i }
            primary.append(firstAt[key]!)
        }
        let width = k + 1
        var members = [Int32](repeating: 0, count: n * width)
        var counts = [Int32](repeating: 0, count: n)
        var best: [(similarity: Float, index: Int)] = []  // one buffer, best first
        best.reserveCapacity(k + 1)
        // each sentence's document, read once (not a sentence copied per pair)
        let documents = cluster.sentences.map(\.document)
        // only first versions have lists (a variant's list stays empty, so it shares no member
        // with any list and no pair with it is ever set): the loops below walk them alone
        let primaries = (0..<n).filter { primary[$0] == $0 }
        for i in primaries {
            let document = documents[i]
            best.removeAll(keepingCapacity: true)
            // scanned in index order, so a later equal cosine never passes an earlier one
            for j in primaries where documents[j] != document {
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
        let minimumShared = max(1, Int((overlap * Double(width)).rounded(.up)))
        var bits = [UInt64](repeating: 0, count: (n * n + 63) / 64)
        // Pairs through shared members: the lists holding each sentence (by list, in index
        // order), then for each list a, the lists b after it that hold one of its members,
        // counted. Only lists that share a member are ever compared, not every pair of lists;
        // members are distinct within a list, so a count is the two lists' overlap.
        var holderStart = [Int](repeating: 0, count: n + 1)
        for a in primaries { for slot in 0..<Int(counts[a]) { holderStart[Int(members[a * width + slot]) + 1] += 1 } }
        for m in 0..<n { holderStart[m + 1] += holderStart[m] }
        var holders = [Int32](repeating: 0, count: holderStart[n])
        var filled = holderStart
        for a in primaries {
            for slot in 0..<Int(counts[a]) {
                let m = Int(members[a * width + slot])
                holders[filled[m]] = Int32(a)
                filled[m] += 1
            }
        }
        var shared = [Int32](repeating: 0, count: n)
        var reached: [Int] = []
        for a in primaries {
            for slot in 0..<Int(counts[a]) {
                let m = Int(members[a * width + slot])
                for h in holderStart[m]..<holderStart[m + 1] where Int(holders[h]) > a {
                    let b = Int(holders[h])
                    if shared[b] == 0 { reached.append(b) }
                    shared[b] += 1
                }
            }
            for b in reached {
                if Int(shared[b]) >= minimumShared {
                    bits[(a * n + b) >> 6] |= 1 << UInt64((a * n + b) & 63)
                    bits[(b * n + a) >> 6] |= 1 << UInt64((b * n + a) & 63)
                }
                shared[b] = 0
            }
            reached.removeAll(keepingCapacity: true)
        }
        count = n
        self.primary = primary
        self.bits = bits
    }

    /// Whether `a` and `b` say the same thing by their neighbours (symmetric; a sentence is not
    /// its own paraphrase).
    /// - Complexity: O(1).
    func areParaphrases(_ a: Int, _ b: Int) -> Bool {
        let bit = primary[a] * count + primary[b]
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
