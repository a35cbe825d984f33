import ArgumentParser
import Foundation
import PrecisSupport
import Precis
import PrecisEvaluation

/// `precis eval`: runs summarizer settings over a corpus (or reads existing summaries) and
/// scores them with ROUGE.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score summarizer settings (or existing summaries) on a corpus with ROUGE.",
        discussion: """
            precis eval CORPUS [--config SETTINGS.json ...] runs each setting over every cluster of \
            CORPUS (<corpus>/clusters/<id>/ with <corpus>/references/<id>/, or a flat folder of \
            articles, one cluster). precis eval --summaries DIR --references DIR scores summaries \
            that already exist (DIR/<System>/<cluster>.txt or DIR/<cluster>.txt).

            Prints a table (average and confidence interval per metric and system) and writes \
            per-cluster.csv, means.csv, results.json and chart.svg (plus the generated summaries) \
            into the results folder.
            """)

    @Argument(help: "The corpus folder (omit with --summaries).")
    var corpus: String?

    @Option(name: .customLong("config"), help: "A summarizer settings file (JSON); repeat to compare several. Default: the default settings, named 'default'.")
    var configs: [String] = []

    @Option(name: .customLong("method"), help: "A summarization method by name, with its default settings (a system named after it); repeat to compare several. `precis methods` lists them.")
    var methods: [String] = []

    @Option(help: "Score existing summaries: DIR/<System>/<cluster>.txt or DIR/<cluster>.txt.")
    var summaries: String?

    @Option(help: "References: DIR/<cluster>/*.txt (or DIR/*.txt for a one-cluster corpus). Default: found beside the corpus.")
    var references: String?

    @Option(help: "Results folder (default: results/<corpus or summaries folder name>).")
    var output: String?

    @Option(help: "Output on stdout: table or json (the means).")
    var format: String = "table"

    @OptionGroup var settings: RougeSettingsOptions

    func validate() throws {
        guard ["table", "json"].contains(format) else { throw ValidationError("--format must be table or json") }
        if summaries == nil && corpus == nil { throw ValidationError("give a CORPUS folder, or --summaries DIR --references DIR") }
        if summaries != nil && references == nil && corpus == nil {
            throw ValidationError("--summaries needs --references DIR (or a CORPUS whose references to use)")
        }
        for method in methods { _ = try MethodOptions.parse(method) }
        if summaries != nil && !methods.isEmpty { throw ValidationError("--method runs a summarizer; it cannot be combined with --summaries") }
        if summaries != nil && !configs.isEmpty { throw ValidationError("--config runs a summarizer; it cannot be combined with --summaries") }
    }

    func run() throws {
        BLASThreads.set(1)  // per-cluster matrices are small: threads only add contention
        try reportingErrors {
            let rouge = try Rouge(options: try settings.options())
            let inputs = [corpus, summaries, references].compactMap { $0 } + configs
            if let output { try OutputFile.check(output, outside: inputs) }  // before the work
            var warnings: [String] = []
            let referenceTexts: [String: [[UInt8]]]
            let systems: [String: [String: [UInt8]]]
            let report: RougeReport
            let name: String
            if let summaries {
                let summariesURL = URL(fileURLWithPath: summaries)
                systems = try EvaluationCorpus.readSummaries(directory: summariesURL)
                if let references {
                    referenceTexts = try EvaluationCorpus.readReferences(directory: URL(fileURLWithPath: references))
                } else {
                    referenceTexts = try EvaluationCorpus(url: URL(fileURLWithPath: corpus!)).readReferences()
                }
                name = summariesURL.standardizedFileURL.lastPathComponent
                let progress = RougeProgress("scoring")
                report = rouge.evaluate(RougeEvaluationInput(references: referenceTexts, systems: systems)) { progress.update($0, $1) }
                warnings = report.warnings
            } else {
                let chosen = try configs.map { try SummarizerSetting.load(URL(fileURLWithPath: $0)) }
                    + methods.map { SummarizerSetting.method(try MethodOptions.parse($0)) }
                let settingsList = chosen.isEmpty ? [SummarizerSetting.default] : chosen
                let progress = RougeProgress("summarizing")
                let evaluation = try CorpusEvaluation(
                    corpus: URL(fileURLWithPath: corpus!), references: references.map { URL(fileURLWithPath: $0) },
                    settings: settingsList, rouge: rouge) { progress.update($0, $1, $2) }
                (name, systems, report, warnings) = (evaluation.name, evaluation.systems, evaluation.report, evaluation.warnings)
            }
            SkippedInputs.report(warnings.map { "warning: \($0)" })  // a partial result exits 2
            guard report.systems.contains(where: { !$0.clusters.isEmpty }) else {
                throw PrecisError.invalidArgument("nothing could be scored (no summary has references)")
            }
            let folder = URL(fileURLWithPath: output ?? "results/\(name)")
            try OutputFile.check(folder.path, outside: inputs)
            try report.write(to: folder)
            if summaries == nil { try Self.writeSummaries(systems, to: folder.appendingPathComponent("summaries")) }
            if format == "json" {
                try writeStandardOutput(report.meansJSON())
            } else {
                try writeStandardOutput(report.table())
                try writeStandardOutput("results: \(folder.path)/{per-cluster.csv,means.csv,results.json,chart.svg}" + "\n")
            }
        }
    }

    static func writeSummaries(_ systems: [String: [String: [UInt8]]], to folder: URL) throws {
        do {
            for (system, clusters) in systems {
                let dir = folder.appendingPathComponent(system)
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                for (cluster, bytes) in clusters {
                    try Data(bytes).write(to: dir.appendingPathComponent("\(cluster).txt"), options: .atomic)
                }
            }
        } catch {
            throw PrecisError.invalidArgument("\(folder.path): cannot write summaries (\(error.localizedDescription))")
        }
    }
}
