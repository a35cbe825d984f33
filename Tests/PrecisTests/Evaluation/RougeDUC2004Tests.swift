import Foundation
import Testing
@testable import Precis
@testable import PrecisEvaluation

/// Must-show 1: the 13 published DUC 2004 systems scored with the standard setting agree with
/// ROUGE-1.5.5's own figures (`../shared/corpora/duc2004/expected-rouge155*.tsv`), both its
/// printed bootstrap Average and the plain mean, on every metric and measure.
@Suite struct RougeDUC2004Tests {
    static let corpus = RougeTestPaths.sharedCorpus("duc2004")
    static let columns = ["R1", "R2", "R4", "RL", "RSU4"]
    static let metrics: [RougeMetric] = [.n(1), .n(2), .n(4), .l, .skip(distance: 4, unigrams: true)]

    static func evaluate() throws -> RougeReport {
        let corpus = try EvaluationCorpus(url: Self.corpus!)
        let input = RougeEvaluationInput(
            references: try corpus.readReferences(),
            systems: try EvaluationCorpus.readSummaries(directory: Self.corpus!.appendingPathComponent("system_summaries")))
        return try Rouge().evaluate(input)
    }

    /// (system, stat) → column → value, from expected-rouge155.tsv.
    static func expected() throws -> [String: [String: Double]] {
        let text = try String(contentsOf: corpus!.appendingPathComponent("expected-rouge155.tsv"), encoding: .utf8)
        var header: [String] = []
        var out: [String: [String: Double]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.first == "system" { header = fields; continue }
            var row: [String: Double] = [:]
            for (k, name) in header.enumerated() where k >= 2 { row[name] = Double(fields[k]) }
            out["\(fields[0])/\(fields[1])"] = row
        }
        return out
    }

    @Test(.enabled(if: corpus != nil, "needs ../shared/corpora/duc2004"))
    func publishedSystemsMatchROUGE155() throws {
        let report = try Self.evaluate()
        let expected = try Self.expected()
        #expect(report.systems.count == 13)
        #expect(report.flags == "-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u")
        var worstAverage = 0.0
        var worstMean = 0.0
        for system in report.systems {
            #expect(system.clusters.count == 50)
            for (column, metric) in zip(Self.columns, Self.metrics) {
                let aggregate = try #require(system.aggregate(metric))
                for (suffix, measure) in [("R", RougeMeasure.recall), ("P", .precision), ("F", .f)] {
                    let rouge = try #require(expected["\(system.name)/rouge"]?["\(column)_\(suffix)"])
                    let mean = try #require(expected["\(system.name)/mean"]?["\(column)_\(suffix)"])
                    worstAverage = max(worstAverage, abs(aggregate.average[measure] - rouge))
                    worstMean = max(worstMean, abs(aggregate.mean[measure] - mean))
                }
            }
        }
        // The printed Average has 5 decimals; the mean 6.
        #expect(worstAverage <= 0.000005 + 1e-12, "max |Average − ROUGE-1.5.5| = \(worstAverage)")
        #expect(worstMean <= 0.0000005 + 1e-12, "max |mean − ROUGE-1.5.5| = \(worstMean)")
    }

    @Test(.enabled(if: corpus != nil, "needs ../shared/corpora/duc2004"))
    func bootstrapDrawsMatchPerClusterWeights() throws {
        let text = try String(contentsOf: Self.corpus!.appendingPathComponent("expected-rouge155-per-cluster.tsv"), encoding: .utf8)
        var counts: [Int] = []
        var lexRank: [Double] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("cluster") {
            let fields = line.split(separator: "\t")
            lexRank.append(Double(fields[1])!)
            counts.append(Int(fields[4])!)
        }
        #expect(RougeBootstrap.drawCounts(instances: 50, resamples: 1000) == counts)
        let report = try Self.evaluate()
        let system = try #require(report.systems.first { $0.name == "LexRank" })
        let values = system.clusters.map { $0.results[1].score.recall }
        #expect(values == lexRank)
    }
}
