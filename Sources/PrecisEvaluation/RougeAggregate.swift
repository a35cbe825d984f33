import Precis
/// One system's result on one metric over a set of clusters: the average ROUGE-1.5.5 prints,
/// the plain mean, and the bootstrap confidence interval.
package struct RougeAggregate: Sendable, Hashable, Codable {
    /// The metric.
    package var metric: RougeMetric
    /// What ROUGE-1.5.5 prints as `Average_R/P/F` (unrounded here): the mean of its seeded
    /// bootstrap resample means. Under the `rouge-score` profile, the plain mean.
    package var average: RougeScore
    /// The plain mean of the per-cluster scores (`-t 0`), or scores of the pooled counts (`-t 1`).
    package var mean: RougeScore
    /// The lower end of the confidence interval.
    package var low: RougeScore
    /// The upper end of the confidence interval.
    package var high: RougeScore
    /// How many clusters were scored.
    package var clusters: Int

    /// Creates an aggregate.
    /// - Parameters:
    ///   - metric: the metric.
    ///   - average: the reported average.
    ///   - mean: the plain mean.
    ///   - low: the interval's lower end.
    ///   - high: the interval's upper end.
    ///   - clusters: the number of clusters.
    package init(metric: RougeMetric, average: RougeScore, mean: RougeScore, low: RougeScore, high: RougeScore, clusters: Int) {
        self.metric = metric
        self.average = average
        self.mean = mean
        self.low = low
        self.high = high
        self.clusters = clusters
    }
}

/// ROUGE-1.5.5's `computeAverages` and `bootstrapResampling`.
package enum RougeBootstrap {
    /// The indices ROUGE-1.5.5 draws: resample *i* is `srand(i)` then `n` times `int(rand(n))`.
    /// - Parameters:
    ///   - n: the number of instances.
    ///   - resamples: the number of resamples.
    /// - Returns: `resamples` arrays of `n` indices.
    /// - Complexity: O(`n` × `resamples`).
    package static func draws(instances n: Int, resamples: Int) -> [[Int]] {
        guard n > 0 else { return Array(repeating: [], count: resamples) }
        return (0..<resamples).map { i in
            var random = PerlRandom(seed: UInt32(truncatingIfNeeded: i))
            return (0..<n).map { _ in random.index(below: n) }
        }
    }

    /// How often each instance is drawn over all resamples (ROUGE's average is
    /// `Σ count × score / (n × resamples)`).
    /// - Parameters:
    ///   - n: the number of instances.
    ///   - resamples: the number of resamples.
    /// - Returns: a count per instance.
    package static func drawCounts(instances n: Int, resamples: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: n)
        for sample in draws(instances: n, resamples: resamples) { for i in sample { counts[i] += 1 } }
        return counts
    }

    /// Aggregates one system's per-cluster results on one metric as ROUGE-1.5.5 does.
    ///
    /// - Parameters:
    ///   - results: per-cluster results, in ROUGE's instance order (sorted by `cluster.system`).
    ///   - metric: the metric.
    ///   - options: the settings (counting mode, alpha, confidence, resamples, profile).
    ///   - draws: precomputed ``draws(instances:resamples:)`` for `results.count`, if at hand.
    /// - Returns: the aggregate.
    /// - Complexity: O(`n` × `resamples` + `resamples` log `resamples`).
    package static func aggregate(_ results: [RougeResult], metric: RougeMetric, options: RougeOptions, draws: [[Int]]? = nil)
        -> RougeAggregate
    {
        let n = results.count
        let alpha = options.alpha
        let pooled = options.counting != .perSummary
        let mean: RougeScore
        if pooled {
            mean = results.map(\.counts).reduce(.zero, +).score(alpha: alpha)
        } else if n > 0 {
            var r = 0.0, p = 0.0, f = 0.0
            for x in results {
                r += x.score.recall
                p += x.score.precision
                f += x.score.f
            }
            mean = RougeScore(recall: r / Double(n), precision: p / Double(n), f: f / Double(n))
        } else {
            mean = .zero
        }
        let samples = draws ?? Self.draws(instances: n, resamples: options.resamples)
        var rs: [Double] = [], ps: [Double] = [], fs: [Double] = []
        rs.reserveCapacity(samples.count)
        ps.reserveCapacity(samples.count)
        fs.reserveCapacity(samples.count)
        for sample in samples {
            if pooled {
                var c = RougeCounts.zero
                for i in sample { c = c + results[i].counts }
                let s = c.score(alpha: alpha)
                rs.append(s.recall)
                ps.append(s.precision)
                fs.append(s.f)
            } else {
                var r = 0.0, p = 0.0, f = 0.0
                for i in sample {
                    r += results[i].score.recall
                    p += results[i].score.precision
                    f += results[i].score.f
                }
                let d = n > 0 ? Double(n) : 1
                rs.append(n > 0 ? r / d : 0)
                ps.append(n > 0 ? p / d : 0)
                fs.append(n > 0 ? f / d : 0)
            }
        }
        rs.sort()
        ps.sort()
        fs.sort()
        func average(_ a: [Double]) -> Double {
            var sum = 0.0
            for x in a { sum += x }
            return a.isEmpty ? 0 : sum / Double(a.count)
        }
        // 1.5.5's interval: linear interpolation between the sorted resamples around the cut.
        let count = Double(samples.count)
        let delta = count * ((100 - options.confidence) / 2) / 100
        let upperA = Int(count - delta - 1)
        let lowerA = Int(delta)
        let ratio = count - delta - 1 - Double(upperA)
        func at(_ a: [Double], _ i: Int) -> Double { a.isEmpty ? 0 : a[max(0, min(a.count - 1, i))] }
        func interval(_ a: [Double], _ i: Int) -> Double { at(a, i) + (at(a, i + 1) - at(a, i)) * ratio }
        let low = RougeScore(recall: interval(rs, lowerA), precision: interval(ps, lowerA), f: interval(fs, lowerA))
        let high = RougeScore(recall: interval(rs, upperA), precision: interval(ps, upperA), f: interval(fs, upperA))
        let bootstrapAverage = RougeScore(recall: average(rs), precision: average(ps), f: average(fs))
        return RougeAggregate(
            metric: metric, average: options.profile == .rouge155 ? bootstrapAverage : mean, mean: mean,
            low: low, high: high, clusters: n)
    }
}
