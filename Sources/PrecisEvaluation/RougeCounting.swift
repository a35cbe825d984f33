import Foundation
import Precis
import PrecisSupport
/// A gram key: up to six token IDs under 2^21 packed in two words, otherwise spelled out.
struct _GramKey: Hashable {
    var a: UInt64
    var b: UInt64
    var tail: [Int32]
}

/// Multiset of grams with their total (ROUGE-1.5.5's `%grams` with `_cn_`).
struct _GramCounts {
    var counts: [_GramKey: Int32] = [:]
    var total = 0

    mutating func add(_ key: _GramKey) {
        counts[key, default: 0] += 1
        total += 1
    }

    /// Clipped matches: Σ over this (model) side's grams of min(model, peer).
    func hits(against peer: _GramCounts) -> Int {
        var hits = 0
        let (small, large) = counts.count <= peer.counts.count ? (counts, peer.counts) : (peer.counts, counts)
        for (key, c) in small {
            if let d = large[key] { hits += Int(min(c, d)) }
        }
        return hits
    }
}

enum _RougeCounting {
    static let packLimit: Int32 = 1 << 21

    @inline(__always)
    static func key(_ tokens: [Int32], _ start: Int, _ n: Int) -> _GramKey {
        if n <= 6 {
            var a: UInt64 = 0
            var b: UInt64 = 0
            var small = true
            for k in 0..<n {
                let t = tokens[start + k]
                if t >= packLimit { small = false; break }
                if k < 3 { a |= UInt64(t + 1) << (21 * UInt64(k)) } else { b |= UInt64(t + 1) << (21 * UInt64(k - 3)) }
            }
            if small { return _GramKey(a: a, b: b, tail: []) }
        }
        return _GramKey(a: UInt64.max, b: UInt64(n), tail: Array(tokens[start..<(start + n)]))
    }

    @inline(__always)
    static func pairKey(_ x: Int32, _ y: Int32) -> _GramKey {
        if x < packLimit && y < packLimit { return _GramKey(a: UInt64(x + 1) | UInt64(y + 1) << 21, b: 0, tail: []) }
        return _GramKey(a: UInt64.max, b: 2, tail: [x, y])
    }

    /// ROUGE-1.5.5's `createNGram`.
    static func ngrams(_ tokens: [Int32], _ n: Int) -> _GramCounts {
        var grams = _GramCounts()
        guard tokens.count >= n else { return grams }
        grams.counts.reserveCapacity(tokens.count)
        for i in 0...(tokens.count - n) { grams.add(key(tokens, i, n)) }
        return grams
    }

    /// ROUGE-1.5.5's `createSkipBigram`: for every token but the last, its unigram (with `-u`)
    /// and its pairs with the next `distance + 1` tokens (all later tokens when negative). The
    /// last token's unigram is never counted: 1.5.5's loop stops one short.
    static func skipBigrams(_ tokens: [Int32], distance: Int, unigrams: Bool) -> _GramCounts {
        var grams = _GramCounts()
        let n = tokens.count
        guard n >= 2 else { return grams }
        for i in 0..<(n - 1) {
            if unigrams { grams.add(key(tokens, i, 1)) }
            let last = distance < 0 ? n - 1 : min(n - 1, i + distance + 1)
            for j in (i + 1)...last {
                grams.add(pairKey(tokens[i], tokens[j]))
            }
        }
        return grams
    }

    /// Multiset of single tokens.
    static func unigramCounts(_ tokens: [Int32]) -> [Int32: Int] {
        var counts: [Int32: Int] = [:]
        for t in tokens { counts[t, default: 0] += 1 }
        return counts
    }

    /// ROUGE-1.5.5's `lcs`: for each model sentence, the union of its LCS positions with every
    /// peer sentence (ties broken upward, as `lcs_inner` does), each hit then clipped by the
    /// remaining unigram counts of model and peer. Returns (hits, model token count).
    static func unionLCS(model: [[Int32]], modelUnigrams: [Int32: Int], peer: [[Int32]], peerUnigrams: [Int32: Int])
        -> (hits: Int, base: Int)
    {
        var modelLeft = modelUnigrams
        var peerLeft = peerUnigrams
        var hits = 0
        var base = 0
        var table: [Int32] = []
        var direction: [UInt8] = []
        for sentence in model {
            let m = sentence.count
            base += m
            guard m > 0 else { continue }
            var mask = [Bool](repeating: false, count: m)
            for other in peer {
                let n = other.count
                guard n > 0 else { continue }
                let width = n + 1
                let size = (m + 1) * width
                if table.count < size {
                    table = [Int32](repeating: 0, count: size)
                    direction = [UInt8](repeating: 0, count: size)
                }
                for j in 0...n { table[j] = 0 }
                for i in 1...m {
                    table[i * width] = 0
                    let token = sentence[i - 1]
                    for j in 1...n {
                        let at = i * width + j
                        if token == other[j - 1] {
                            table[at] = table[at - width - 1] + 1
                            direction[at] = 0  // diagonal
                        } else if table[at - width] >= table[at - 1] {
                            table[at] = table[at - width]
                            direction[at] = 1  // up
                        } else {
                            table[at] = table[at - 1]
                            direction[at] = 2  // left
                        }
                    }
                }
                markLCS(direction, width: width, from: (m, n), into: &mask)
            }
            for k in 0..<m where mask[k] {
                let token = sentence[k]
                if let a = modelLeft[token], a > 0, let b = peerLeft[token], b > 0 {
                    hits += 1
                    modelLeft[token] = a - 1
                    peerLeft[token] = b - 1
                }
            }
        }
        return (hits, base)
    }

    /// ROUGE-1.5.5's `wlcs`: for each model sentence, the positions matched by a weighted LCS
    /// (`wlcs_inner`, a run of *k* consecutive matches worth `k^weight`) with any peer sentence,
    /// then each run of matched positions, clipped by the remaining unigram counts, adds
    /// `length^weight` to the hits. Returns the weighted hits, the model's weighted length
    /// (`Σ sentence length^weight`), its token count and the number of tokens matched.
    static func weightedUnionLCS(model: [[Int32]], modelUnigrams: [Int32: Int], peer: [[Int32]], peerUnigrams: [Int32: Int],
                                 weight: Double) -> (hits: Double, base: Double, tokens: Int, matched: Int)
    {
        var modelLeft = modelUnigrams
        var peerLeft = peerUnigrams
        var hits = 0.0, base = 0.0
        var tokens = 0, matched = 0
        var table: [Double] = []
        var run: [Int32] = []
        var direction: [UInt8] = []
        for sentence in model {
            let m = sentence.count
            tokens += m
            base += pow(Double(m), weight)
            guard m > 0 else { continue }
            var mask = [Bool](repeating: false, count: m)
            for other in peer {
                let n = other.count
                guard n > 0 else { continue }
                let width = n + 1
                let size = (m + 1) * width
                if table.count < size {
                    table = [Double](repeating: 0, count: size)
                    run = [Int32](repeating: 0, count: size)
                    direction = [UInt8](repeating: 0, count: size)
                }
                for j in 0...n {
                    table[j] = 0
                    run[j] = 0
                }
                for i in 1...m {
                    table[i * width] = 0
                    run[i * width] = 0
                    let token = sentence[i - 1]
                    for j in 1...n {
                        let at = i * width + j
                        if token == other[j - 1] {
                            let k = Double(run[at - width - 1])
                            table[at] = table[at - width - 1] + pow(k + 1, weight) - pow(k, weight)
                            run[at] = run[at - width - 1] + 1
                            direction[at] = 0  // diagonal
                        } else if table[at - width] >= table[at - 1] {
                            table[at] = table[at - width]
                            run[at] = 0
                            direction[at] = 1  // up
                        } else {
                            table[at] = table[at - 1]
                            run[at] = 0
                            direction[at] = 2  // left
                        }
                    }
                }
                markLCS(direction, width: width, from: (m, n), into: &mask)
            }
            // As 1.5.5: a run is flushed where the next position is unmatched or the sentence
            // ends; a matched position whose unigram is used up neither counts nor flushes.
            var length = 0
            for k in 0..<m where mask[k] {
                let token = sentence[k]
                guard let a = modelLeft[token], a > 0, let b = peerLeft[token], b > 0 else { continue }
                length += 1
                matched += 1
                if k + 1 < m && !mask[k + 1] || k + 1 == m {
                    hits += pow(Double(length), weight)
                    length = 0
                }
                modelLeft[token] = a - 1
                peerLeft[token] = b - 1
            }
        }
        return (hits, base, tokens, matched)
    }

    /// 1.5.5's `markLCS`: follows the DP's moves (0 diagonal, 1 up, 2 left) back from `start`,
    /// marking the model positions of the diagonal moves.
    static func markLCS(_ direction: [UInt8], width: Int, from start: (Int, Int), into mask: inout [Bool]) {
        var (i, j) = start
        while i != 0 && j != 0 {
            switch direction[i * width + j] {
            case 0:
                i -= 1
                j -= 1
                mask[i] = true
            case 1: i -= 1
            default: j -= 1
            }
        }
    }
}
