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
            difference A − B with its paired-bootstrap confidence interval, a two-sided p-value \
            (approximate randomization by default, or paired bootstrap), and the clusters A won, \
            lost and tied. Seeded: the same input gives the same p-values.

            Example: precis compare Evaluation/configs/default.json Evaluation/configs/centroid-mmr-classic.json ../shared/corpora/duc2006
            """)

    @Argument(help: "Settings A (JSON).")
    var a: String

    @Argument(help: "Settings B (JSON).")
    var b: String

    @Argument(help: "The corpus folder.")
    var corpus: String

    @Option(help: "References: DIR/<cluster>/*.txt. Default: found beside the corpus.")
    var references: String?

    @Option(help: "Metric(s) to test, e.g. rouge-2 (repeatable). Default: every computed metric.")
    var metric: [String] = []

    @Option(help: "recall (default), precision or f.")
    var measure: String = "recall"

    @Option(help: "randomization (approximate randomization, default) or bootstrap (paired bootstrap).")
    var test: String = "randomization"

    @Option(help: "Shuffles or resamples (default 10000).")
    var trials: Int = 10_000

    @Option(help: "Output: text (default) or json.")
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
            var settingA = try SummarizerSetting.load(URL(fileURLWithPath: a))
            var settingB = try SummarizerSetting.load(URL(fileURLWithPath: b))
            if settingA.name == settingB.name {
                settingA.name += " (A)"
                settingB.name += " (B)"
            }
            let layout = try EvaluationCorpus(url: URL(fileURLWithPath: corpus), references: references.map { URL(fileURLWithPath: $0) })
            let referenceTexts = try layout.readReferences()
            let scorable = Set(layout.clusters.map(\.id).filter { referenceTexts[$0] != nil })
            SkippedInputs.report(layout.clusters.filter { referenceTexts[$0.id] == nil }
                .map { "warning: \($0.id): no references found; skipped" })
            guard !scorable.isEmpty else { throw PrecisError.invalidArgument("\(corpus): no cluster has references") }
            let progress = RougeProgress("summarizing")
            let run = try SummarizerRun.summaries(settings: [settingA, settingB], corpus: layout, clusters: scorable) { progress.update($0, $1) }
            SkippedInputs.report(run.warnings.map { "warning: \($0)" })
            let report = rouge.evaluate(RougeEvaluationInput(references: referenceTexts, systems: run.systems))
            guard let reportA = report.systems.first(where: { $0.name == settingA.name }),
                let reportB = report.systems.first(where: { $0.name == settingB.name })
            else { throw PrecisError.invalidArgument("nothing could be scored") }
            let results = metrics.map { m in
                (m, PairedSignificance.compare(a: reportA.values(m, measure), b: reportB.values(m, measure), test: test, trials: trials,
                                               confidence: rouge.options.confidence))
            }
            if format == "json" {
                var rows: [[String: Any]] = []
                for (m, r) in results {
                    rows.append(["metric": m.id, "measure": measure.rawValue, "meanA": r.meanA, "meanB": r.meanB,
                                 "difference": r.difference, "interval": [r.low, r.high], "pValue": r.pValue, "test": r.test.rawValue,
                                 "trials": r.trials, "clusters": r.clusters, "won": r.won, "lost": r.lost, "tied": r.tied])
                }
                let object: [String: Any] = ["a": settingA.name, "b": settingB.name, "flags": report.flags, "comparisons": rows]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
                try writeStandardOutput(String(decoding: data, as: UTF8.self) + "\n")
            } else {
                let level = Int(rouge.options.confidence)
                try writeStandardOutput("A = \(settingA.name), B = \(settingB.name); \(measure.rawValue); \(test.rawValue) test, \(trials) trials" + "\n")
                try writeStandardOutput("metric      mean A   mean B   A-B       \(level)% CI of A-B          p-value  won/lost/tied\n")
                for (m, r) in results {
                    let name = m.description.padding(toLength: 10, withPad: " ", startingAt: 0)
                    let diff = String(format: "%+.5f", r.difference)
                    let ci = "[\(String(format: "%+.5f", r.low)), \(String(format: "%+.5f", r.high))]"
                    try writeStandardOutput("\(name)  \(fixed(r.meanA))  \(fixed(r.meanB))  \(diff)  \(ci.padding(toLength: 24, withPad: " ", startingAt: 0))  \(String(format: "%.4f", r.pValue))   \(r.won)/\(r.lost)/\(r.tied)" + "\n")
                }
                try writeStandardOutput("\(results.first?.1.clusters ?? 0) clusters; ROUGE-1.5.5 flags: \(report.flags)" + "\n")
            }
        }
    }
}
