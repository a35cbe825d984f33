import Precis
/// A paired significance test of two systems over the same clusters.
///
/// ```swift
/// let result = PairedSignificance.compare(a: scoresA, b: scoresB, test: .randomization)
/// print(result.difference, result.pValue, result.won, result.lost)
/// ```
///
/// Both tests are seeded (Perl's `drand48`, seed 0 by default): the same input gives the same
/// p-value. The interval of the mean difference is always the paired bootstrap percentile
/// interval.
package enum PairedSignificance {
    /// Which test gives the p-value.
    package enum Test: String, Sendable, Hashable, Codable, CaseIterable {
        /// Approximate randomization: each cluster's pair is swapped with probability ½;
        /// p = (#{|mean difference| ≥ observed} + 1) / (trials + 1).
        case randomization
        /// Paired bootstrap: clusters resampled with replacement; p = (#{|δ* − δ| ≥ |δ|} + 1) / (trials + 1).
        case bootstrap
    }

    /// The outcome of a comparison.
    package struct Result: Sendable, Hashable, Codable {
        /// The test used.
        package var test: Test
        /// Clusters compared (those both systems have).
        package var clusters: Int
        /// Mean of A.
        package var meanA: Double
        /// Mean of B.
        package var meanB: Double
        /// Mean of A − B.
        package var difference: Double
        /// Lower end of the bootstrap interval of the difference.
        package var low: Double
        /// Upper end of the bootstrap interval of the difference.
        package var high: Double
        /// Two-sided p-value.
        package var pValue: Double
        /// Clusters where A scores higher.
        package var won: Int
        /// Clusters where A scores lower.
        package var lost: Int
        /// Clusters with equal scores.
        package var tied: Int
        /// Resamples or shuffles used.
        package var trials: Int
    }

    /// Compares two systems' per-cluster values.
    /// - Parameters:
    ///   - a: cluster → value of A.
    ///   - b: cluster → value of B.
    ///   - test: the test (default approximate randomization).
    ///   - trials: shuffles or resamples (default 10,000).
    ///   - confidence: interval level in percent (default 95).
    ///   - seed: the generator seed.
    /// - Returns: the result over the clusters both have.
    /// - Complexity: O(`trials` × clusters).
    package static func compare(
        a: [String: Double], b: [String: Double], test: Test = .randomization, trials: Int = 10_000,
        confidence: Double = 95, seed: UInt32 = 0
    ) -> Result {
        precondition(trials > 0, "PairedSignificance.compare needs at least one trial")
        let ids = Set(a.keys).intersection(b.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let xs = ids.map { a[$0]! }
        let ys = ids.map { b[$0]! }
        let d = zip(xs, ys).map { $0 - $1 }
        let n = d.count
        func mean(_ v: [Double]) -> Double { v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count) }
        let observed = mean(d)
        var random = PerlRandom(seed: seed)
        // Paired bootstrap distribution of the mean difference.
        var boot: [Double] = []
        boot.reserveCapacity(trials)
        if n > 0 {
            for _ in 0..<trials {
                var s = 0.0
                for _ in 0..<n { s += d[random.index(below: n)] }
                boot.append(s / Double(n))
            }
        }
        boot.sort()
        let tail = (100 - confidence) / 200
        func percentile(_ q: Double) -> Double {
            guard !boot.isEmpty else { return 0 }
            let position = q * Double(boot.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = min(boot.count - 1, lower + 1)
            return boot[lower] + (boot[upper] - boot[lower]) * (position - Double(lower))
        }
        let epsilon = 1e-12
        var extreme = 0
        switch test {
        case .bootstrap:
            for v in boot where abs(v - observed) >= abs(observed) - epsilon { extreme += 1 }
        case .randomization:
            var shuffled = PerlRandom(seed: seed &+ 1)
            for _ in 0..<trials {
                var s = 0.0
                for x in d { s += shuffled.next() < 0.5 ? -x : x }
                if abs(s / Double(max(n, 1))) >= abs(observed) - epsilon { extreme += 1 }
            }
        }
        let won = d.filter { $0 > 0 }.count
        let lost = d.filter { $0 < 0 }.count
        return Result(
            test: test, clusters: n, meanA: mean(xs), meanB: mean(ys), difference: observed,
            low: percentile(tail), high: percentile(1 - tail),
            pValue: n == 0 ? 1 : Double(extreme + 1) / Double(trials + 1),
            won: won, lost: lost, tied: n - won - lost, trials: trials)
    }
}
