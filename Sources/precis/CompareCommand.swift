import ArgumentParser
import Foundation
import PrecisSupport
import Precis
import PrecisEvaluation

/// `precis compare`: paired significance of two summarizer settings on a corpus.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Is one summarizer setting significantly better than another? Paired test over the clusters of a corpus.",
        discussion: """
            Runs settings A and B (JSON settings files) over every cluster of CORPUS that has \
            references, scores both with ROUGE, and reports per metric the means, the mean \
            difference A - B with its paired-bootstrap confidence interval, a two-sided p-value \
            (approximate randomization by default, or paired bootstrap), and the clusters A won, \
            lost and tied. Seeded: the same input gives the same p-values.

            Example: precis compare Evaluation/configs/default.json Evaluation/configs/centroid-mmr-classic.json ../shared/corpora/duc2006
            """)

    @Argument(help: "Settings A: a settings file (JSON), or a method's name (`precis methods`) with its default settings.")
    var a: String

    @Argument(help: "Settings B: a settings file (JSON), or a method's name.")
    var b: String

    @Argument(help: "The corpus folder.")
    var corpus: String

    @Option(help: "References: DIR/<cluster>/*.txt. Default: found beside the corpus.")
    var references: String?

    @Option(help: "Metric(s) to test, e.g. rouge-2 (repeatable). Default: every computed metric.")
    var metric: [String] = []

    @Option(help: "recall, precision or f.")
    var measure: String = "recall"

    @Option(help: "randomization (approximate randomization) or bootstrap (paired bootstrap).")
    var test: String = "randomization"

    @Option(help: "Shuffles or resamples.")
    var trials: Int = 10_000

    @Option(help: "Output: text or json.")
    var format: String = "text"

    @OptionGroup var settings: RougeSettingsOptions

    func validate() throws {
        guard (1...10_000_000).contains(trials) else { throw ValidationError("--trials must be in 1...10000000") }
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        BLASThreads.set(1)  // per-cluster matrices are small: threads only add contention
        try reportingErrors {
            guard let measure = RougeMeasure(rawValue: measure.lowercased()) else {
                throw PrecisError.invalidArgument("--measure must be recall, precision or f")
            }
            guard let test = PairedSignificance.Test(rawValue: test.lowercased()) else {
                throw PrecisError.invalidArgument("--test must be randomization or bootstrap")
            }
            let rouge = try Rouge(options: try settings.options())
            var metrics = rouge.options.metrics
            if !metric.isEmpty {
                metrics = try metric.map { id in
                    guard let m = RougeMetric(id: id), rouge.options.metrics.contains(m) else {
                        throw PrecisError.invalidArgument("--metric \(id): not one of \(rouge.options.metrics.map(\.id).joined(separator: ", "))")
                    }
                    return m
                }
            }
            /// A settings file, or else a method's name.
            func setting(_ given: String) throws -> SummarizerSetting {
                if !FileManager.default.fileExists(atPath: given) {
                    if let method = DigestOptions.SummarizerMethod(rawValue: given) { return SummarizerSetting.method(method) }
                    let names = DigestOptions.SummarizerMethod.allCases.map(\.rawValue).joined(separator: ", ")
                    throw PrecisError.invalidArgument("\(given): no such settings file, nor a method (one of \(names))")
                }
                return try SummarizerSetting.load(URL(fileURLWithPath: given))
            }
            var settingA = try setting(a)
            var settingB = try setting(b)
            if settingA.name == settingB.name {
                settingA.name += " (A)"
                settingB.name += " (B)"
            }
            let progress = RougeProgress("summarizing")
            let evaluation = try CorpusEvaluation(
                corpus: URL(fileURLWithPath: corpus), references: references.map { URL(fileURLWithPath: $0) },
                settings: [settingA, settingB], rouge: rouge) { progress.update($0, $1, $2) }
            SkippedInputs.report(evaluation.warnings.map { "warning: \($0)" })
            let report = evaluation.report
            guard let reportA = report.systems.first(where: { $0.name == settingA.name }),
                let reportB = report.systems.first(where: { $0.name == settingB.name })
            else { throw PrecisError.invalidArgument("nothing could be scored") }
            let results = metrics.map { m in
                (m, PairedSignificance.compare(a: reportA.values(m, measure), b: reportB.values(m, measure), test: test, trials: trials,
                                               confidence: rouge.options.confidence))
            }
            if format == "json" {
                let comparison = Comparison(
                    a: settingA.name, b: settingB.name, flags: report.flags,
                    comparisons: results.map { Comparison.Row(metric: $0.0.id, measure: measure.rawValue, result: $0.1) })
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try writeStandardOutput(String(decoding: try encoder.encode(comparison), as: UTF8.self) + "\n")
            } else {
                let level = Int(rouge.options.confidence)
                try writeStandardOutput("A = \(settingA.name), B = \(settingB.name); \(measure.rawValue); \(test.rawValue) test, \(trials) trials" + "\n")
                // the interval column is as wide as the rows' (24), so p-value and won/lost/tied sit over their values
                let intervalHeader = "\(level)% CI of A-B".padding(toLength: 24, withPad: " ", startingAt: 0)
                try writeStandardOutput("metric      mean A   mean B   A-B       \(intervalHeader)  p-value  won/lost/tied\n")
                for (m, r) in results {
                    let name = m.description.padding(toLength: 10, withPad: " ", startingAt: 0)
                    let diff = String(format: "%+.5f", r.difference)
                    let ci = "[\(String(format: "%+.5f", r.low)), \(String(format: "%+.5f", r.high))]"
                    try writeStandardOutput("\(name)  \(fixed(r.meanA))  \(fixed(r.meanB))  \(diff)  \(ci.padding(toLength: 24, withPad: " ", startingAt: 0))  \(String(format: "%.4f", r.pValue))   \(r.won)/\(r.lost)/\(r.tied)" + "\n")
                }
                try writeStandardOutput("\(counted(results.first?.1.clusters ?? 0, "cluster")); ROUGE-1.5.5 flags: \(report.flags)" + "\n")
            }
        }
    }
}

/// `compare --format json`: the two settings, the ROUGE flags, and one row per metric.
private struct Comparison: Encodable {
    var a: String
    var b: String
    var flags: String
    var comparisons: [Row]

    /// One metric's paired comparison: ``PairedSignificance/Result``'s fields, the interval as a
    /// pair, and the metric and measure compared.
    struct Row: Encodable {
        var metric: String
        var measure: String
        var result: PairedSignificance.Result

        private enum Key: String, CodingKey {
            case metric, measure, meanA, meanB, difference, interval, pValue, test, trials, clusters, won, lost, tied
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(metric, forKey: .metric)
            try c.encode(measure, forKey: .measure)
            try c.encode(result.meanA, forKey: .meanA)
            try c.encode(result.meanB, forKey: .meanB)
            try c.encode(result.difference, forKey: .difference)
            try c.encode([result.low, result.high], forKey: .interval)
            try c.encode(result.pValue, forKey: .pValue)
            try c.encode(result.test, forKey: .test)
            try c.encode(result.trials, forKey: .trials)
            try c.encode(result.clusters, forKey: .clusters)
            try c.encode(result.won, forKey: .won)
            try c.encode(result.lost, forKey: .lost)
            try c.encode(result.tied, forKey: .tied)
        }
    }
}
