import Foundation
import Precis
import PrecisSupport

/// Scores summaries against human references with ROUGE, as ROUGE-1.5.5 computes it.
///
/// ```swift
/// let rouge = try Rouge()                                  // the standard DUC 2004 setting
/// let results = rouge.score(summary: "The cat sat.\nIt purred.",
///                           references: ["A cat sat on the mat.", "The cat was sitting."])
/// for result in results { print(result.metric, result.score.recall) }
/// ```
///
/// Texts hold one sentence per line (ROUGE-L is computed over these sentences, as 1.5.5 does
/// with SPL input). Every rule of ROUGE-1.5.5 is reproduced: its tokenizer, the length cut of
/// `-l`/`-b` (applied to summaries and references alike), Porter stemming with WordNet
/// exceptions for words over three letters, clipped counts, `-f A`/`-f B`, and the rounding of
/// each score to five decimals. A `Rouge` value is immutable and `Sendable`.
package struct Rouge: Sendable {
    /// The settings.
    package let options: RougeOptions
    /// The word lists used.
    package let resources: RougeResources

    /// Creates a scorer.
    /// - Parameters:
    ///   - options: the settings (default: the DUC 2004 setting).
    ///   - resources: the word lists; by default the shipped exceptions and, with `-s`, the SMART
    ///     list from a ROUGE-1.5.5 install.
    /// - Throws: ``PrecisError`` for unusable settings or a missing stop list.
    package init(options: RougeOptions = RougeOptions(), resources: RougeResources? = nil) throws {
        try options.validate()
        self.options = options
        self.resources = try resources ?? RougeResources.forOptions(options)
    }

    /// Scores one summary against its references.
    /// - Parameters:
    ///   - summary: the summary, one sentence per line.
    ///   - references: the human summaries, one sentence per line; their order decides ties
    ///     under `-f B`.
    /// - Returns: one result per metric of ``RougeOptions/metrics``.
    /// - Complexity: O(*L*²) per summary–reference sentence pair for ROUGE-L, linear otherwise.
    package func score(summary: String, references: [String]) -> [RougeResult] {
        score(summary: Array(summary.utf8), references: references.map { Array($0.utf8) })
    }

    /// Scores one summary given as bytes (files are read as bytes, as the Perl script does).
    ///
    /// With ``RougeOptions/jackknife`` the result is the mean over the leave-one-out reference sets.
    /// - Parameters:
    ///   - summary: the summary's bytes.
    ///   - references: the references' bytes.
    /// - Returns: one result per metric.
    package func score(summary: [UInt8], references: [[UInt8]]) -> [RougeResult] {
        let reader = _RougeReader(options: options, resources: resources)
        let peer = reader.read(summary)
        let prepared = _PreparedReferences(references.map { reader.read($0) }, options: options)
        return Self._meanResults(prepared.sets(jackknife: options.jackknife).map { _score(peer, against: $0) })
    }

    /// Scores a prepared summary against prepared references (same reader).
    func _score(_ peer: _RougeText, against refs: _PreparedReferences) -> [RougeResult] {
        var results: [RougeResult] = []
        for metric in options.metrics {
            var perReference: [RougeCounts] = []
            switch metric {
            case .n(let n):
                let grams = _RougeCounting.ngrams(peer.tokens, n)
                for ref in refs.ngrams[n - 1] {
                    perReference.append(RougeCounts(reference: ref.total, summary: grams.total, hits: ref.hits(against: grams)))
                }
            case .skip(let distance, let unigrams):
                let grams = _RougeCounting.skipBigrams(peer.tokens, distance: distance, unigrams: unigrams)
                for ref in refs.skip {
                    perReference.append(RougeCounts(reference: ref.total, summary: grams.total, hits: ref.hits(against: grams)))
                }
            case .w(let weight):
                results.append(_weightedLCS(peer, against: refs, weight: weight))
                continue
            case .l:
                let peerUnigrams = _RougeCounting.unigramCounts(peer.tokens)
                for (k, ref) in refs.texts.enumerated() {
                    let (hits, base) = _RougeCounting.unionLCS(
                        model: ref.sentences, modelUnigrams: refs.unigrams[k], peer: peer.sentences, peerUnigrams: peerUnigrams)
                    perReference.append(RougeCounts(reference: base, summary: peer.tokens.count, hits: hits))
                }
            }
            results.append(_combine(metric, perReference))
        }
        return results
    }

    /// Combines per-reference counts (`-f A` sums, `-f B` picks) and scores them as the profile does.
    func _combine(_ metric: RougeMetric, _ perReference: [RougeCounts]) -> RougeResult {
        let alpha = options.alpha
        switch options.profile {
        case .rouge155:
            var counts = RougeCounts.zero
            switch options.referenceScoring {
            case .average:
                counts = perReference.reduce(.zero, +)
            case .best:
                var best = -1.0
                for c in perReference {
                    // 1.5.5 compares n-gram scores rounded to five decimals, LCS scores unrounded.
                    var s = c.reference != 0 ? Double(c.hits) / Double(c.reference) : 0
                    if metric != .l && c.reference != 0 { s = _perlRound5(s) }
                    if s > best {
                        best = s
                        counts = c
                    }
                }
            }
            let r = counts.reference != 0 ? Double(counts.hits) / Double(counts.reference) : 0
            let p = counts.summary != 0 ? Double(counts.hits) / Double(counts.summary) : 0
            return RougeResult(metric: metric, score: _rouge155Score(recall: r, precision: p), counts: counts)
        case .rougeScore:
            switch options.referenceScoring {
            case .average:
                let counts = perReference.reduce(.zero, +)
                return RougeResult(metric: metric, score: counts.score(alpha: alpha), counts: counts)
            case .best:
                var chosen: RougeResult?
                for c in perReference {
                    let s = c.score(alpha: alpha)
                    if chosen == nil || s.f > chosen!.score.f { chosen = RougeResult(metric: metric, score: s, counts: c) }
                }
                return chosen ?? RougeResult(metric: metric, score: .zero, counts: .zero)
            }
        }
    }
}

extension Rouge {
    /// ROUGE-W as ROUGE-1.5.5's `computeWLCSScore` does it: per reference, the weighted union LCS
    /// hit over the reference sentences, clipped by unigram counts; the reference's base is the
    /// weight of the *sum of its sentences' weighted lengths* and the summary's the weight of its
    /// token count (1.5.5 applies the weight twice to the base, kept so scores agree); scores
    /// are `(hits / base)^(1 / weight)`, rounded as 1.5.5 rounds.
    func _weightedLCS(_ peer: _RougeText, against refs: _PreparedReferences, weight: Double) -> RougeResult {
        let metric = RougeMetric.w(weight: weight)
        let peerUnigrams = _RougeCounting.unigramCounts(peer.tokens)
        let peerWeight = pow(Double(peer.tokens.count), weight)
        var hits = 0.0, base = 0.0, peerBase = 0.0
        var bestScore = -1.0
        // Unweighted counts, for reports: reference and summary tokens and the tokens matched.
        var counts = RougeCounts.zero
        for (k, ref) in refs.texts.enumerated() {
            let one = _RougeCounting.weightedUnionLCS(
                model: ref.sentences, modelUnigrams: refs.unigrams[k], peer: peer.sentences, peerUnigrams: peerUnigrams,
                weight: weight)
            let referenceBase = pow(one.base, weight)
            switch options.referenceScoring {
            case .average:
                hits += one.hits
                base += referenceBase
                peerBase += peerWeight
                counts = counts + RougeCounts(reference: one.tokens, summary: peer.tokens.count, hits: one.matched)
            case .best:
                let score = one.base > 0 ? pow(one.hits / one.base, 1 / weight) : 0
                if score > bestScore {
                    bestScore = score
                    (hits, base, peerBase) = (one.hits, referenceBase, peerWeight)
                    counts = RougeCounts(reference: one.tokens, summary: peer.tokens.count, hits: one.matched)
                }
            }
        }
        let r = base != 0 ? pow(hits / base, 1 / weight) : 0
        let p = peerBase != 0 ? pow(hits / peerBase, 1 / weight) : 0
        let score = options.profile == .rouge155
            ? _rouge155Score(recall: r, precision: p) : RougeScore.from(recall: r, precision: p, alpha: options.alpha)
        return RougeResult(metric: metric, score: score, counts: counts)
    }

    /// A score as ROUGE-1.5.5 stores it: recall and precision rounded to five decimals, then F
    /// from the rounded values, rounded too.
    func _rouge155Score(recall: Double, precision: Double) -> RougeScore {
        let r = _perlRound5(recall), p = _perlRound5(precision)
        let d = (1 - options.alpha) * p + options.alpha * r
        return RougeScore(recall: r, precision: p, f: d > 0 ? _perlRound5(p * r / d) : 0)
    }
}

/// References read once per cluster, with their grams precomputed for every metric.
struct _PreparedReferences {
    let texts: [_RougeText]
    let ngrams: [[_GramCounts]]
    let skip: [_GramCounts]
    let unigrams: [[Int32: Int]]

    init(_ texts: [_RougeText], options: RougeOptions) {
        self.texts = texts
        ngrams = options.maxN > 0 ? (1...options.maxN).map { n in texts.map { _RougeCounting.ngrams($0.tokens, n) } } : []
        if let s = options.skipBigrams {
            skip = texts.map { _RougeCounting.skipBigrams($0.tokens, distance: s.distance, unigrams: s.unigrams) }
        } else {
            skip = []
        }
        unigrams = options.lcs || options.weightedLCS != nil ? texts.map { _RougeCounting.unigramCounts($0.tokens) } : []
    }

    private init(texts: [_RougeText], ngrams: [[_GramCounts]], skip: [_GramCounts], unigrams: [[Int32: Int]]) {
        (self.texts, self.ngrams, self.skip, self.unigrams) = (texts, ngrams, skip, unigrams)
    }

    /// The reference sets a summary is scored against: these references, or with `jackknife`
    /// and two or more of them, each set that leaves one out (NIST's jackknifing), built from
    /// the grams already counted.
    func sets(jackknife: Bool) -> [_PreparedReferences] {
        guard jackknife, texts.count >= 2 else { return [self] }
        return texts.indices.map { left in
            func keep<T>(_ a: [T]) -> [T] { a.isEmpty ? a : a.indices.filter { $0 != left }.map { a[$0] } }
            return _PreparedReferences(texts: keep(texts), ngrams: ngrams.map(keep), skip: keep(skip), unigrams: keep(unigrams))
        }
    }
}

/// `sprintf("%7.5f", x)` read back as a number: what ROUGE-1.5.5 stores for every score.
func _perlRound5(_ x: Double) -> Double {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([x]) { vsnprintf(&buffer, 64, "%.5f", $0) }
    return strtod(buffer, nil)
}
