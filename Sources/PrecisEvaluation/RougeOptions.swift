import Precis
import PrecisSupport
/// Settings of a ROUGE evaluation, mirroring the options of the official ROUGE-1.5.5 script.
///
/// The defaults are the standard DUC 2004 setting of the literature (Hong et al. 2014):
/// ROUGE-1.5.5 `-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u`: ROUGE-1 to 4,
/// ROUGE-L and ROUGE-SU4, Porter stemming with WordNet exceptions, no stop-word removal,
/// summaries and references cut at 100 words, scores averaged over the references.
/// ``equivalentFlags`` states any setting in ROUGE-1.5.5's own syntax, and
/// ``init(rouge155Flags:)`` reads that syntax.
///
/// ```swift
/// var options = RougeOptions()                              // the DUC 2004 setting
/// let duc2006 = try RougeOptions(rouge155Flags: "-n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250")
/// options.lengthLimit = .none
/// print(options.equivalentFlags)    // "-n 4 -m -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u"
/// ```
///
/// Settings are `Codable`; every key is optional in JSON and defaults as here.
package struct RougeOptions: Sendable, Hashable, Codable, Settings {
    /// Which implementation's conventions to follow.
    package enum Profile: String, Sendable, Hashable, Codable, CaseIterable {
        /// ROUGE-1.5.5 (Perl), rule for rule, including its rounding of per-summary scores to
        /// five decimals and its seeded bootstrap average.
        case rouge155
        /// Google's `rouge-score` (Python): `[a-z0-9]+` tokens, Porter stemming of words over
        /// three letters, no length limit, the best reference by F per metric, `rougeLsum`
        /// for ROUGE-L, plain means.
        case rougeScore = "rouge-score"
    }

    /// How text is cut into tokens.
    package enum Tokenizer: String, Sendable, Hashable, Codable, CaseIterable {
        /// ROUGE-1.5.5's: ASCII lowercasing, tokens are runs of `[a-z0-9]`; anything else
        /// (including every non-ASCII byte) separates tokens.
        case rouge155
        /// Unicode-aware: Unicode lowercasing, tokens are runs of letters, marks and digits
        /// in any script (for non-English text; ROUGE-1.5.5 would drop every non-ASCII word).
        case unicode
        /// `rouge-score`'s: lowercase, `[^a-z0-9]+` becomes a space.
        case rougeScore = "rouge-score"
    }

    /// How the scores against several references are combined (ROUGE-1.5.5 `-f`).
    package enum ReferenceScoring: String, Sendable, Hashable, Codable, CaseIterable {
        /// `-f A`: hits and reference counts summed over the references (model average).
        case average = "A"
        /// `-f B`: the best single reference (by recall in ROUGE-1.5.5, by F in `rouge-score`).
        case best = "B"
    }

    /// How per-summary results are averaged (ROUGE-1.5.5 `-t`).
    package enum Counting: Int, Sendable, Hashable, Codable, CaseIterable {
        /// `-t 0`: the mean of per-summary scores.
        case perSummary = 0
        /// `-t 1`: scores from counts pooled over all summaries (corpus level).
        case pooled = 1
        /// `-t 2`: raw counts only (reported as pooled scores here, with the counts).
        case rawCounts = 2
    }

    /// Where summaries (and references) are cut before scoring (ROUGE-1.5.5 `-l` / `-b`).
    package enum LengthLimit: Sendable, Hashable, Codable {
        /// No cut.
        case none
        /// `-l N`: the first N whitespace-separated words.
        case words(Int)
        /// `-b N`: the first N bytes (spaces between sentences not counted, as 1.5.5 does).
        case bytes(Int)
    }

    /// Skip-bigram settings (ROUGE-1.5.5 `-2 D` and `-u`).
    package struct SkipBigrams: Sendable, Hashable, Codable {
        /// The largest gap between the two words (`-2 D`); negative means any gap.
        package var distance: Int
        /// Whether unigrams are counted too (`-u`, ROUGE-SU rather than ROUGE-S).
        package var unigrams: Bool

        /// Creates skip-bigram settings.
        /// - Parameters:
        ///   - distance: the largest gap; negative for unlimited.
        ///   - unigrams: count unigrams too (ROUGE-SU).
        package init(distance: Int = 4, unigrams: Bool = true) {
            self.distance = distance
            self.unigrams = unigrams
        }
    }

    /// The implementation whose conventions are followed (default ROUGE-1.5.5).
    package var profile: Profile = .rouge155
    /// ROUGE-1 to ROUGE-`maxN` are computed (`-n`); 0 for none.
    package var maxN: Int = 4
    /// Porter stemming with WordNet 2.0 exceptions (`-m`).
    package var stemming: Bool = true
    /// Stop-word removal with the SMART list (`-s`).
    package var removeStopWords: Bool = false
    /// The length cut (default 100 words).
    package var lengthLimit: LengthLimit = .words(100)
    /// The weight of recall in F, `F = PR / ((1 - alpha) P + alpha R)` (`-p`).
    package var alpha: Double = 0.5
    /// How references are combined (`-f`).
    package var referenceScoring: ReferenceScoring = .average
    /// How per-summary results are averaged (`-t`).
    package var counting: Counting = .perSummary
    /// Whether ROUGE-L is computed (`-x` turns it off).
    package var lcs: Bool = true
    /// The weight of ROUGE-W (`-w`, e.g. 1.2), or `nil` for no ROUGE-W (the default).
    package var weightedLCS: Double?
    /// Skip-bigram settings, or `nil` for none (default ROUGE-SU4).
    package var skipBigrams: SkipBigrams? = SkipBigrams()
    /// Confidence level of the bootstrap intervals, in percent (`-c`).
    package var confidence: Double = 95
    /// Number of bootstrap resamples (`-r`); resample *i* is drawn with seed *i*, as in 1.5.5.
    package var resamples: Int = 1000
    /// The tokenizer (default ROUGE-1.5.5's).
    package var tokenizer: Tokenizer = .rouge155
    /// Jackknifing: each summary is scored against every subset of its references that leaves
    /// one out, and the evaluations are averaged, as NIST scored DUC 2005–2007 (ROUGE-1.5.5 does
    /// it through its configuration file, so no flag of it says so).
    package var jackknife: Bool = false
    /// A folder holding ROUGE-1.5.5's `smart_common_words.txt`, needed only for stop-word
    /// removal (`-e`); when `nil`, `$PRECIS_ROUGE155_DIR/data` and known installs are tried.
    package var dataDirectory: String?

    /// The standard DUC 2004 setting (`-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u`).
    package init() {}

    /// The `rouge-score` compatible profile: ROUGE-1 to 4, L (`rougeLsum`) and SU4 with
    /// `rouge-score`'s tokenizer, no length limit, best reference by F, plain means.
    ///
    /// Without stemming the scores equal `rouge-score` 0.1.2's exactly (checked on DUC 2004).
    /// With stemming they can differ slightly: Precis applies the original Porter algorithm,
    /// `rouge-score` NLTK's extended mode.
    package static var rougeScore: RougeOptions {
        var options = RougeOptions()
        options.profile = .rougeScore
        options.tokenizer = .rougeScore
        options.lengthLimit = .none
        options.referenceScoring = .best
        return options
    }

    /// The metrics these settings compute, in report order.
    package var metrics: [RougeMetric] {
        var result: [RougeMetric] = []
        if maxN > 0 { result += (1...maxN).map { RougeMetric.n($0) } }
        if lcs { result.append(.l) }
        if let weightedLCS { result.append(.w(weight: weightedLCS)) }
        if let skipBigrams { result.append(.skip(distance: skipBigrams.distance, unigrams: skipBigrams.unigrams)) }
        return result
    }

    /// Checks that the settings are usable.
    /// - Throws: ``PrecisError`` with kind `.invalidArgument` naming the bad setting.
    package func validate() throws {
        func fail(_ why: String) -> PrecisError { .invalidArgument("invalid ROUGE setting: \(why)") }
        guard (0...32).contains(maxN) else { throw fail("-n must be 0...32, not \(maxN)") }
        guard (0...1).contains(alpha) else { throw fail("-p (alpha) must be within 0 and 1, not \(alpha)") }
        guard confidence > 0 && confidence < 100 else { throw fail("-c must be within 0 and 100, not \(confidence)") }
        // Each resample keeps one score per metric and system: ten million is already 80 MB each.
        guard (1...10_000_000).contains(resamples) else { throw fail("-r must be in 1...10000000, not \(resamples)") }
        switch lengthLimit {
        case .none: break
        case .words(let n), .bytes(let n): guard n > 0 else { throw fail("-l/-b must be positive, not \(n)") }
        }
        if let weightedLCS {
            guard weightedLCS >= 1 && weightedLCS <= 10 else { throw fail("-w must be within 1 and 10, not \(weightedLCS)") }
            guard counting == .perSummary else { throw fail("-w (ROUGE-W) is computed per summary here: give -t 0 with it") }
        }
        guard !metrics.isEmpty else { throw fail("no metric selected (give -n N, or drop -x, or -2 D)") }
    }

    private enum CodingKeys: String, CodingKey {
        case profile, maxN, stemming, removeStopWords, lengthLimit, alpha, referenceScoring, counting, lcs, weightedLCS
        case skipBigrams, confidence, resamples, tokenizer, jackknife, dataDirectory
    }

    /// Encodes every setting (`skipBigrams` as `null` when off).
    /// - Parameter encoder: the encoder.
    /// - Throws: an encoding error.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(profile, forKey: .profile)
        try c.encode(maxN, forKey: .maxN)
        try c.encode(stemming, forKey: .stemming)
        try c.encode(removeStopWords, forKey: .removeStopWords)
        try c.encode(lengthLimit, forKey: .lengthLimit)
        try c.encode(alpha, forKey: .alpha)
        try c.encode(referenceScoring, forKey: .referenceScoring)
        try c.encode(counting, forKey: .counting)
        try c.encode(lcs, forKey: .lcs)
        try c.encodeIfPresent(weightedLCS, forKey: .weightedLCS)
        try c.encode(skipBigrams, forKey: .skipBigrams)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(resamples, forKey: .resamples)
        try c.encode(tokenizer, forKey: .tokenizer)
        try c.encode(jackknife, forKey: .jackknife)
        try c.encodeIfPresent(dataDirectory, forKey: .dataDirectory)
    }

    /// Decodes settings; missing keys keep their defaults.
    /// - Parameter decoder: the decoder.
    /// - Throws: `DecodingError` on a malformed value.
    /// Every field a settings file may set.
    package static var settingFields: [SettingField<RougeOptions>] {
        [
            .init("profile", \.profile),
            .init("maxN", \.maxN),
            .init("stemming", \.stemming),
            .init("removeStopWords", \.removeStopWords),
            .init("lengthLimit", \.lengthLimit),
            .init("alpha", \.alpha),
            .init("referenceScoring", \.referenceScoring),
            .init("counting", \.counting),
            .init("lcs", \.lcs),
            .init("weightedLCS", \.weightedLCS),
            .init("skipBigrams", \.skipBigrams),
            .init("confidence", \.confidence),
            .init("resamples", \.resamples),
            .init("tokenizer", \.tokenizer),
            .init("jackknife", \.jackknife),
            .init("dataDirectory", \.dataDirectory),
        ]
    }
}
