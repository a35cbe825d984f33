import Precis
/// Recall, precision and F of one ROUGE measure, as fractions in 0…1.
package struct RougeScore: Sendable, Hashable, Codable {
    /// Matched units over reference units.
    package var recall: Double
    /// Matched units over summary units.
    package var precision: Double
    /// `PR / ((1 - alpha) P + alpha R)`; 0 when both are 0.
    package var f: Double

    /// Creates a score.
    /// - Parameters:
    ///   - recall: the recall.
    ///   - precision: the precision.
    ///   - f: the F measure.
    package init(recall: Double, precision: Double, f: Double) {
        self.recall = recall
        self.precision = precision
        self.f = f
    }

    /// A zero score.
    package static let zero = RougeScore(recall: 0, precision: 0, f: 0)

    /// The score from recall and precision, with ROUGE-1.5.5's F formula.
    /// - Parameters:
    ///   - recall: the recall.
    ///   - precision: the precision.
    ///   - alpha: the weight of recall (0.5: the harmonic mean).
    /// - Returns: the score; F is 0 when its denominator is 0.
    package static func from(recall: Double, precision: Double, alpha: Double) -> RougeScore {
        let denominator = (1 - alpha) * precision + alpha * recall
        return RougeScore(recall: recall, precision: precision, f: denominator > 0 ? recall * precision / denominator : 0)
    }

    /// One of the three values.
    /// - Parameter measure: which.
    /// - Returns: the value.
    package subscript(measure: RougeMeasure) -> Double {
        switch measure {
        case .recall: return recall
        case .precision: return precision
        case .f: return f
        }
    }
}

/// Which of recall, precision and F.
package enum RougeMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// Recall.
    case recall
    /// Precision.
    case precision
    /// F measure.
    case f
}

/// The counts behind one score: reference units, summary units and matched units (hits).
///
/// With several references and `-f A`, each is summed over the references (the summary's
/// units once per reference), as ROUGE-1.5.5 does.
package struct RougeCounts: Sendable, Hashable, Codable {
    /// Units (n-grams, tokens, skip bigrams) in the reference(s).
    package var reference: Int
    /// Units in the summary (times the number of references under `-f A`).
    package var summary: Int
    /// Matched units, clipped.
    package var hits: Int

    /// Creates counts.
    /// - Parameters:
    ///   - reference: reference units.
    ///   - summary: summary units.
    ///   - hits: matched units.
    package init(reference: Int, summary: Int, hits: Int) {
        self.reference = reference
        self.summary = summary
        self.hits = hits
    }

    /// Adds counts elementwise.
    package static func + (a: RougeCounts, b: RougeCounts) -> RougeCounts {
        RougeCounts(reference: a.reference + b.reference, summary: a.summary + b.summary, hits: a.hits + b.hits)
    }

    /// Zero counts.
    package static let zero = RougeCounts(reference: 0, summary: 0, hits: 0)

    /// The unrounded score from these counts.
    /// - Parameter alpha: the weight of recall in F.
    /// - Returns: `hits / reference`, `hits / summary` and their F (0 for a zero denominator).
    package func score(alpha: Double) -> RougeScore {
        RougeScore.from(
            recall: reference > 0 ? Double(hits) / Double(reference) : 0,
            precision: summary > 0 ? Double(hits) / Double(summary) : 0, alpha: alpha)
    }
}

/// One summary's result on one metric.
package struct RougeResult: Sendable, Hashable, Codable {
    /// The metric.
    package var metric: RougeMetric
    /// The score, as the profile reports it (ROUGE-1.5.5 rounds each to five decimals).
    package var score: RougeScore
    /// The counts the score comes from.
    package var counts: RougeCounts

    /// Creates a result.
    /// - Parameters:
    ///   - metric: the metric.
    ///   - score: the score.
    ///   - counts: the counts.
    package init(metric: RougeMetric, score: RougeScore, counts: RougeCounts) {
        self.metric = metric
        self.score = score
        self.counts = counts
    }
}
