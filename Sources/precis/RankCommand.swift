import ArgumentParser
import Foundation
import PrecisSupport
import Precis

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Score and rank every sentence of a cluster (the full ranking behind a digest).",
        discussion: "Columns: rank, score, relevance (cosine to the centroid for centroid-mmr; for other methods their score before a topic's prior; 0 for lead), supporting documents, document#sentence, text."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Output format: text (a table) or json.")
    var format: RankFormat = .text

    @Option(help: "A settings file (JSON, as in Evaluation/configs/).")
    var config: String?

    @OptionGroup var method: MethodOptions

    @Option(name: .customLong("concept-features"),
            help: ArgumentHelp("A folder of the cluster's reference summaries (one .txt each, one sentence per line): print every bigram concept's features and how many references hold it, as CSV, instead of the ranking (to train concept weights).", visibility: .hidden))
    var conceptFeatures: String?

    enum RankFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        BLASThreads.set(1)  // per-cluster matrices are small: threads only add contention
        try reportingErrors {
            let options = try method.applied(to: try input.applied(to: try config.map(DigestOptions.init(contentsOf:)) ?? DigestOptions()))
            let digester = try Digester(options: options)
            let inputs = input.paths + [config].compactMap { $0 }  // the settings file is an input too
            try output.check(inputs: inputs)
            let documents = try input.read().documents
            input.explainLanguage(digester, documents)
            let cluster = try digester.fit(documents)
            guard !cluster.sentences.isEmpty else { throw PrecisError.invalidInput("the input has no sentences to rank") }
            if let conceptFeatures {
                let table = try ConceptCoverageSummarizer(options: options.concepts)
                    .conceptTable(cluster, references: try Self.referenceSentences(in: conceptFeatures))
                try output.emit(Self.csv(table), inputs: inputs)
                return
            }
            let ranking = digester.ranking(cluster)
            switch format {
            case .json:
                try output.emit(DigestRenderer.json(ranking), inputs: inputs)
            case .text:
                let lines = ranking.map { r in
                    String(format: "%4d %.4f %.4f %d ", r.rank, r.score, r.relevance ?? 0, r.supportingDocuments.count)
                        + "\(r.document)#\(r.sentenceIndex) \(r.text)"
                }
                try output.emit(lines.joined(separator: "\n") + "\n", inputs: inputs)
            }
        }
    }
}

extension RankCommand {
    /// Each reference summary's non-blank lines (its sentences), files in name order.
    static func referenceSentences(in folder: String) throws -> [[String]] {
        let url = URL(fileURLWithPath: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            throw PrecisError.invalidInput("cannot read the reference folder \(folder)")
        }
        return try names.filter { $0.hasSuffix(".txt") }.sorted().map { name in
            guard let text = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8) else {
                throw PrecisError.invalidInput("cannot read the reference \(folder)/\(name) as UTF-8")
            }
            return text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        }
    }

    /// The concept table as CSV: bigram, kept (0/1), references, then every feature.
    static func csv(_ rows: [ConceptCoverageSummarizer.ConceptRow]) -> String {
        var out = (["bigram", "kept", "references"] + ConceptFeature.allCases.map(\.rawValue)).joined(separator: ",") + "\n"
        for row in rows {
            let bigram = "\"" + row.bigram.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            out += ([bigram, row.kept ? "1" : "0", String(row.references)] + row.features.map { String(format: "%.6g", $0) })
                .joined(separator: ",") + "\n"
        }
        return out
    }
}
