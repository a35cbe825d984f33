import Foundation
import PrecisSupport
import Testing
@testable import Precis

/// The novelty test's fast paths (session 14): versions read from the places the context keeps,
/// and paraphrase lists built for first versions only, against the code they replaced (kept
/// here verbatim), on the five articles with compressed variants and fusions.
@Suite struct MethodContextNoveltyTests {
    /// The five articles fitted as the `fuse` digest fits them: sentences, variants, fusions.
    static let fused: ClusterModel = {
        var options = DigestOptions()
        options.compression = .both
        options.fusion = true
        return try! Digester(options: options).fit(TestPaths.istanbulDocuments())
    }()

    /// `isNovel` as it was: a closure over the set, versions by ``ClusterSentence/isVersion(of:)``.
    static func referenceIsNovel(_ context: MethodContext, _ i: Int, to set: [Int], redundancy: Float) -> Bool {
        let cluster = context.cluster
        if !context.prerequisites.isEmpty, !context.prerequisites[i].isEmpty, !set.contains(where: context.prerequisites[i].contains) { return false }
        if redundancy > 1 && context.paraphrases == nil && !context.hasVersions { return true }
        return !set.contains { j in
            (redundancy <= 1 && cluster.similarity[j, i] >= redundancy) || context.paraphrases?.areParaphrases(i, j) == true
                || (context.hasVersions && cluster.sentences[j].isVersion(of: cluster.sentences[i]))
        }
    }

    /// The paraphrase pairs as `_SentenceParaphrases` found them before: every pair of sentences
    /// (variants' lists empty), not only first versions.
    static func referenceParaphrasePairs(_ cluster: ClusterModel, neighbors k: Int, overlap: Double) -> Set<[Int]> {
        let n = cluster.sentences.count
        var firstAt: [[Int]: Int] = [:]
        var primary: [Int] = []
        for (i, sentence) in cluster.sentences.enumerated() {
            let key = [sentence.document, sentence.index]
            if firstAt[key] == nil { firstAt[key] = i }
            primary.append(firstAt[key]!)
        }
        var lists = [[Int]](repeating: [], count: n)
        for i in 0..<n where primary[i] == i {
            var best: [(similarity: Float, index: Int)] = []
            for j in 0..<n where primary[j] == j && cluster.sentences[j].document != cluster.sentences[i].document {
                let similarity = cluster.similarity[i, j]
                guard similarity > 0, best.count < k || similarity > best[best.count - 1].similarity else { continue }
                var slot = best.count
                while slot > 0 && best[slot - 1].similarity < similarity { slot -= 1 }
                best.insert((similarity, j), at: slot)
                if best.count > k { best.removeLast() }
            }
            lists[i] = best.map(\.index) + [i]
        }
        let minimumShared = max(1, Int((overlap * Double(k + 1)).rounded(.up)))
        var pairs = Set<[Int]>()
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) where Set(lists[a]).intersection(lists[b]).count >= minimumShared {
                pairs.insert([primary[a], primary[b]])
            }
        }
        return pairs
    }

    @Test func versionsFromPlacesAreTheSentencesVersions() {
        let cluster = Self.fused
        let context = MethodContext(cluster)
        #expect(context.hasVersions)
        #expect(cluster.sentences.contains { !$0.fusedWith.isEmpty }, "the fit holds fusions")
        let n = cluster.sentences.count
        var versions = 0, acrossPlaces = 0
        for i in 0..<n {
            for j in 0..<n {
                let expected = cluster.sentences[j].isVersion(of: cluster.sentences[i])
                #expect(context.isVersion(j, of: i) == expected, "\(j) of \(i)")
                if expected { versions += 1 }
                if expected && cluster.sentences[j].position != cluster.sentences[i].position { acrossPlaces += 1 }
            }
        }
        // a fusion is a version of sentences at other places: that branch is exercised
        #expect(acrossPlaces > 0 && versions > n)
    }

    @Test func noveltyIsThePairwiseTestItReplaced() {
        let cluster = Self.fused
        var context = MethodContext(cluster)
        context.paraphrases = _SentenceParaphrases(cluster, neighbors: 5, overlap: 0.6)
        var generator = SplitMix64(seed: 14)
        let n = cluster.sentences.count
        var answers: [Bool: Int] = [:]
        for redundancy: Float in [0.3, 0.6, 2] {
            for _ in 0..<400 {
                let set = (0..<Int.random(in: 0...5, using: &generator)).map { _ in Int.random(in: 0..<n, using: &generator) }
                let i = Int.random(in: 0..<n, using: &generator)
                let expected = Self.referenceIsNovel(context, i, to: set, redundancy: redundancy)
                #expect(context.isNovel(i, to: set, redundancy: redundancy) == expected)
                #expect(context.isNovel(i, to: set.lazy.map { $0 }, redundancy: redundancy) == expected)
                answers[expected, default: 0] += 1
            }
        }
        #expect(answers[true, default: 0] > 100 && answers[false, default: 0] > 100)
    }

    @Test func paraphraseListsOfFirstVersionsFindEveryPair() {
        let cluster = Self.fused
        let n = cluster.sentences.count
        for (k, overlap) in [(3, 0.6), (5, 0.6), (5, 0.4)] {
            let paraphrases = _SentenceParaphrases(cluster, neighbors: k, overlap: overlap)
            let pairs = Self.referenceParaphrasePairs(cluster, neighbors: k, overlap: overlap)
            #expect(!pairs.isEmpty)
            let primaryOf = Dictionary(cluster.sentences.indices.map { (cluster.sentences[$0].position, $0) }, uniquingKeysWith: min)
            for a in 0..<n {
                for b in 0..<n {
                    let (p, q) = (primaryOf[cluster.sentences[a].position]!, primaryOf[cluster.sentences[b].position]!)
                    #expect(paraphrases.areParaphrases(a, b) == (pairs.contains([p, q]) || pairs.contains([q, p])), "\(a) \(b)")
                }
            }
        }
    }
}
